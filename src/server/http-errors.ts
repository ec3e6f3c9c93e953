import { VerificationError, type VerificationErrorCode } from '../core/errors';
import { HTTP_STATUS_FOR_ERROR } from '../core/http-status';
import { MAX_RETRY_AFTER_MS } from './limits/options';

/**
 * Fixed developer messages per code. The handler never forwards a provider's message: that text
 * can quote upstream responses, and a response must never carry secrets or backend wording.
 */
const MESSAGE: Record<VerificationErrorCode, string> = {
  invalid_identifier: 'The email address or phone number is not valid for this channel',
  invalid_code: 'The code is not correct',
  session_expired: 'The verification session is missing, expired or not yours; send a new code',
  already_verified: 'This identifier is already verified',
  order_violation: 'Verify the email address before the phone number',
  code_expired: 'The code has expired; send a new one',
  too_many_attempts: 'Too many wrong codes; send a new one',
  rate_limited: 'Too many requests; try again later',
  not_configured: 'This channel is not configured on the server',
  network: 'The verification backend could not be reached',
  timeout: 'The verification backend did not answer in time',
  unknown: 'Unexpected server error',
  captcha_required: 'Complete the CAPTCHA or security check first',
};

export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json; charset=utf-8',
  // Responses carry one-time tokens; no cache may keep them.
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...BASE_HEADERS, ...headers } });
}

/** An HTTP-level failure that is not a verification outcome (404, 405, 413, 415, malformed JSON). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function problemResponse(problem: HttpProblem): Response {
  // A 404 says "not served here": clients (and the http adapter's getStatus) read `not_configured`.
  const code: VerificationErrorCode = problem.status === 404 ? 'not_configured' : 'unknown';
  return json({ error: { code, message: problem.message } }, problem.status, problem.headers);
}

/** `status` overrides the code's usual status (an upstream's `unknown` is 502, not 500). */
export function errorResponse(error: VerificationError, status?: number): Response {
  const body: { code: VerificationErrorCode; message: string; retryAfterMs?: number; attemptsLeft?: number; proof?: string } = {
    code: error.code,
    message: MESSAGE[error.code],
    // Undefined is left out of the JSON: only an `already_verified` the handler could vouch for has one.
    proof: error.proof,
  };
  const headers: Record<string, string> = {};
  if (error.retryAfterMs !== undefined && Number.isFinite(error.retryAfterMs) && error.retryAfterMs >= 0) {
    // Never promise a wait longer than a day, whatever a window or an upstream said.
    const wait = Math.min(Math.ceil(error.retryAfterMs), MAX_RETRY_AFTER_MS);
    body.retryAfterMs = wait;
    headers['retry-after'] = String(Math.ceil(wait / 1000));
  }
  if (error.attemptsLeft !== undefined && Number.isInteger(error.attemptsLeft)) body.attemptsLeft = error.attemptsLeft;
  return json({ error: body }, status ?? HTTP_STATUS_FOR_ERROR[error.code], headers);
}
