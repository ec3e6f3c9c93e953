import { createVerificationHandler, type VerificationHandler, type VerificationHandlerOptions } from '../../../src/server/handler';
import type { VerificationProvider } from '../../../src/server/provider';

export const SECRET = 'handler-test-secret-0123456789-abcdefgh';
export const BASE = 'http://app.test/api/verify';

/** A request to the handler as a browser would send it: JSON, same origin. */
export function post(handler: VerificationHandler, path: string, body: unknown, headers: Record<string, string> = {}) {
  return handler(
    new Request(`${BASE}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-user': 'user-1', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

export function get(handler: VerificationHandler, path: string, headers: Record<string, string> = {}) {
  return handler(new Request(`${BASE}${path}`, { headers: { 'x-user': 'user-1', ...headers } }));
}

/** The tests' stand-in for an app session: the subject comes from a header the "app" sets. */
export const subjectFromHeader = (request: Request) => request.headers.get('x-user');

/**
 * verikit/server as these tests mount it: signed with SECRET, the subject from `x-user`, under
 * `/api/verify` (so `post`/`get` reach it). `options` add to or override that, e.g. `now`, `onError`.
 */
export function createTestHandler(provider: VerificationProvider, options: Partial<VerificationHandlerOptions> = {}): VerificationHandler {
  return createVerificationHandler({ provider, secret: SECRET, getSubject: subjectFromHeader, basePath: '/api/verify', ...options });
}

export async function errorOf(response: Response): Promise<{ code: string; message: string; retryAfterMs?: number; attemptsLeft?: number }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return body.error;
}
