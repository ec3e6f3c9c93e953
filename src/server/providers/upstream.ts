import { parseRetryAfter } from '../../core/retry-after';
import { VerificationError } from '../../core/errors';

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface UpstreamResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty or non-JSON body. */
  body: unknown;
}

export interface UpstreamCall {
  provider: string;
  fetch: FetchLike;
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** A form body (OAuth token endpoints), sent instead of JSON. */
  form?: URLSearchParams;
  timeoutMs: number;
  signal?: AbortSignal;
}

/**
 * One HTTP call to a provider's API. Failures to reach it become `network`/`timeout`
 * VerificationErrors whose message names the provider only: never the URL's credentials, the
 * headers or the body (which may hold a code).
 */
export async function callUpstream(call: UpstreamCall): Promise<UpstreamResponse> {
  const timeout = AbortSignal.timeout(call.timeoutMs);
  const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout;
  const headers: Record<string, string> = { accept: 'application/json', ...call.headers };
  let body: string | undefined;
  if (call.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = call.form.toString();
  } else if (call.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.body);
  }
  let response: Response;
  try {
    response = await call.fetch(call.url, { method: call.method ?? 'POST', headers, body, signal });
  } catch (error) {
    if (timeout.aborted) throw new VerificationError('timeout', `${call.provider} did not answer in time`);
    if (call.signal?.aborted) throw call.signal.reason;
    throw new VerificationError('network', `${call.provider} could not be reached`, { cause: describe(error) });
  }
  const text = await response.text().catch(() => '');
  let parsed: unknown;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** Keeps only name and message of a low-level error: enough to debug, nothing from the request. */
function describe(error: unknown): { name: string; message: string } {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) };
}

/** `Retry-After`: seconds, or an HTTP date (RFC 9110 §10.2.3); the same parser the browser adapters use. */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  return parseRetryAfter(headers.get('retry-after'), now);
}

/** What a provider error keeps as its cause: the upstream status and error body, for the app's logs. */
export function upstreamCause(response: UpstreamResponse): { status: number; body: unknown } {
  return { status: response.status, body: response.body };
}
