import { VerificationError, type VerificationErrorCode } from '../../core/errors';
import { ownLookup } from '../../core/own';
import { LOGTO_VERIFICATION_CODE_ERRORS } from '../../core/vendors/logto';
import { parseRetryAfter } from '../http/retry-after';

/**
 * Logto Experience API error codes (RequestError `code`) → verikit codes. Sources: the route
 * guards in packages/core/src/routes/experience/verification-routes/verification-code.ts (send:
 * 200/400/404/422/429/501, verify: 200/400/404/501), the passcode library
 * (packages/core/src/libraries/passcode.ts) and the phrases in
 * packages/phrases/src/locales/en/errors. `guard.invalid_input` depends on the call.
 */
export const LOGTO_EXPERIENCE_ERRORS: Readonly<Record<string, VerificationErrorCode>> = {
  // Every verification_code.* error Logto defines, the rate limit and the missing connector.
  ...LOGTO_VERIFICATION_CODE_ERRORS,
  // Sentinel lockout: too many failed verifications for this identifier in a short time.
  'session.verification_blocked_too_many_attempts': 'too_many_attempts',
  // 404: the verificationId is not in this interaction (other browser, expired cookie).
  'session.verification_session_not_found': 'session_expired',
  'session.interaction_not_found': 'session_expired',
  'session.not_found': 'session_expired',
  // 422: the sign-in experience requires a CAPTCHA, which verikit does not render. The tenant must
  // turn CAPTCHA off for this flow or the page must solve it first; nothing the user can retry.
  'session.captcha_required': 'captcha_required',
};

/** Codes after which the adapter starts a new interaction and retries a send once. */
export const NO_INTERACTION = new Set(['session.interaction_not_found', 'session.not_found']);

export function logtoCode(body: unknown): string | undefined {
  const code = (body as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Maps a non-2xx Logto answer. The Logto message is kept as `cause` for developers, never shown. */
export function logtoError(status: number, headers: Headers, body: unknown, phase: 'interaction' | 'send' | 'verify', now: number): VerificationError {
  const code = logtoCode(body);
  let mapped: VerificationErrorCode | undefined = ownLookup(LOGTO_EXPERIENCE_ERRORS, code);
  if (!mapped && code === 'guard.invalid_input') mapped = phase === 'verify' ? 'invalid_code' : 'invalid_identifier';
  if (!mapped) {
    if (status === 429) mapped = 'rate_limited';
    else if (status === 501) mapped = 'not_configured';
    else if (status === 404) mapped = 'session_expired';
    else mapped = 'unknown';
  }
  const retryAfterMs = mapped === 'rate_limited' ? parseRetryAfter(headers.get('Retry-After'), now) : undefined;
  return new VerificationError(mapped, `Logto answered ${status}${code ? ` ${code}` : ''}`, {
    status,
    cause: { status, body },
    ...(retryAfterMs !== undefined && { retryAfterMs }),
  });
}
