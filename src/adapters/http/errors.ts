import { VerificationError, type VerificationErrorCode } from '../../core/errors';
import { DEFAULT_RESEND_COOLDOWN_MS } from '../../core/timing';
import { parseRetryAfter } from './retry-after';
import { parseErrorBody } from './shapes';

/** What a status means when the body doesn't say (a proxy's HTML 502, an empty 429…). */
function codeForStatus(status: number): VerificationErrorCode {
  if (status === 401 || status === 403) return 'session_expired';
  if (status === 404 || status === 501) return 'not_configured';
  if (status === 408) return 'timeout';
  if (status === 409) return 'already_verified';
  if (status === 410) return 'code_expired';
  if (status === 423) return 'too_many_attempts';
  if (status === 429) return 'rate_limited';
  return 'unknown';
}

/**
 * Maps a non-2xx response to a VerificationError. The body's `code` wins over the status
 * (clients go by code, see the contract); the body's `message` is kept for developers only.
 * `retryAfterMs` comes from the body, else `Retry-After`, else, for `rate_limited`, the
 * default 30 s cooldown so the UI always has a countdown to show.
 */
export function errorFromResponse(status: number, headers: Headers, body: unknown, now: number): VerificationError {
  const parsed = parseErrorBody(body);
  const code = parsed?.code ?? codeForStatus(status);
  let retryAfterMs = parsed?.retryAfterMs ?? parseRetryAfter(headers.get('Retry-After'), now);
  if (retryAfterMs === undefined && (code === 'rate_limited' || status === 429)) retryAfterMs = DEFAULT_RESEND_COOLDOWN_MS;
  return new VerificationError(code, parsed?.message ?? `HTTP ${status}`, {
    status,
    retryAfterMs,
    attemptsLeft: parsed?.attemptsLeft,
    proof: parsed?.proof,
    cause: parsed ? undefined : { status, body },
  });
}
