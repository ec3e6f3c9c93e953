import { VerificationError, type VerificationErrorCode } from '../../core/errors';
import { ownLookup } from '../../core/own';

/**
 * GoTrue `error_code`s → verikit codes. supabase-js reads the code from either body shape GoTrue
 * answers with (`{ code, message }` when the request carried `X-Supabase-Api-Version: 2024-01-01`,
 * `{ code: <status>, error_code, msg }` otherwise) and hands it over as `AuthApiError.code`.
 */
export const SUPABASE_AUTH_ERRORS: Readonly<Record<string, VerificationErrorCode>> = {
  // GoTrue answers a wrong and an expired code alike (403 "Token has expired or is invalid").
  otp_expired: 'invalid_code',
  over_email_send_rate_limit: 'rate_limited',
  over_sms_send_rate_limit: 'rate_limited',
  over_request_rate_limit: 'rate_limited',
  // `create_user: false` for an unknown user: signups by code are off for this address.
  otp_disabled: 'not_configured',
  signup_disabled: 'not_configured',
  email_provider_disabled: 'not_configured',
  phone_provider_disabled: 'not_configured',
  validation_failed: 'invalid_identifier',
  email_address_invalid: 'invalid_identifier',
  captcha_failed: 'captcha_required',
  sms_send_failed: 'unknown',
  // The phone step's phone change (PUT /user): the number is another user's, so ask for another.
  phone_exists: 'invalid_identifier',
  // PUT /user without a live session of its user: the email step has to be done again.
  no_authorization: 'session_expired',
  bad_jwt: 'session_expired',
  session_not_found: 'session_expired',
  user_not_found: 'session_expired',
};

/** What supabase-js errors look like (AuthApiError, AuthRetryableFetchError, …), read by shape, not class. */
interface AuthErrorLike {
  name?: unknown;
  message?: unknown;
  status?: unknown;
  code?: unknown;
}

/** GoTrue's frequency limit names the wait in its message: "…you can only request this after 42 seconds." */
const WAIT_SECONDS = /after (\d+) seconds?/i;

/**
 * A supabase-js error → VerificationError. supabase-js does not hand over response headers, so a
 * rate limit's wait comes from GoTrue's message when it names one.
 */
export function supabaseError(error: unknown): VerificationError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as AuthErrorLike;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const code = typeof e.code === 'string' ? e.code : undefined;
  const message = typeof e.message === 'string' ? e.message : '';
  const options = { cause: error, ...(status !== undefined && status > 0 && { status }) };
  // fetch itself failed (offline, DNS, CORS): supabase-js reports status 0.
  if (e.name === 'AuthRetryableFetchError' && status === 0) return new VerificationError('network', 'Supabase Auth could not be reached', options);
  // supabase-js reports no session (signed out, or GoTrue's session_not_found) with this error and no code.
  let mapped: VerificationErrorCode = e.name === 'AuthSessionMissingError' ? 'session_expired' : (ownLookup(SUPABASE_AUTH_ERRORS, code) ?? 'unknown');
  if (mapped === 'unknown' && status === 429) mapped = 'rate_limited';
  // The gateway's answer to a missing or wrong anon key has no error code.
  if (mapped === 'unknown' && !code && status === 401) mapped = 'not_configured';
  const wait = mapped === 'rate_limited' ? WAIT_SECONDS.exec(message) : null;
  return new VerificationError(mapped, `Supabase Auth: ${code ?? (status !== undefined ? `status ${status}` : 'error')}`, {
    ...options,
    ...(wait && { retryAfterMs: Number(wait[1]) * 1000 }),
  });
}
