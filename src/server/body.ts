import { HttpProblem } from './http-errors';

/** Request bodies are capped (docs/http-contract.md): the largest valid request is far below 1 KB. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024;

/**
 * Reads a JSON object body, refusing more than `maxBytes` without buffering the rest: the cap is
 * checked against Content-Length up front and against the bytes actually read, since
 * Content-Length can be absent (chunked) or lie.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<Record<string, unknown>> {
  const type = request.headers.get('content-type') ?? '';
  // Requiring JSON also forces a CORS preflight for cross-origin callers, so an HTML form on
  // another site can't post here with the user's cookies (CSRF).
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HttpProblem(415, 'Content-Type must be application/json');
  }
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new HttpProblem(413, 'Request body too large');
  if (!request.body) throw new HttpProblem(400, 'Request body must be a JSON object');

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new HttpProblem(413, 'Request body too large');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new HttpProblem(400, 'Request body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new HttpProblem(400, 'Request body must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}
