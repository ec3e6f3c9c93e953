import type { VerificationErrorCode } from '../errors';

/**
 * Logto's `verification_code.*` and shared request errors (RequestError `code`, from
 * packages/phrases/src/locales/en/errors) → verikit codes. Both the Experience API adapter
 * (browser) and the Management API provider (server) answer with these, so both map them here.
 */
export const LOGTO_VERIFICATION_CODE_ERRORS: Readonly<Record<string, VerificationErrorCode>> = {
  'verification_code.code_mismatch': 'invalid_code',
  'verification_code.expired': 'code_expired',
  'verification_code.exceed_max_try': 'too_many_attempts',
  // No live code for this identifier (never sent, replaced by a newer send, or already used): send a new one.
  'verification_code.not_found': 'code_expired',
  // The code was sent to another identifier than the one being verified: start over.
  'verification_code.email_mismatch': 'session_expired',
  'verification_code.phone_mismatch': 'session_expired',
  'verification_code.phone_email_empty': 'invalid_identifier',
  // 429: Logto's message rate limit.
  'request.message_rate_limited': 'rate_limited',
  // 501: no email/SMS connector configured in the Logto console.
  'connector.not_found': 'not_configured',
};
