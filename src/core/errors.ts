/** Every failure verikit reports, whatever the backend. Each has a message in every locale. */
export type VerificationErrorCode =
  | 'invalid_code'
  | 'code_expired'
  | 'too_many_attempts'
  | 'rate_limited'
  | 'already_verified'
  | 'order_violation'
  | 'invalid_identifier'
  | 'session_expired'
  | 'not_configured'
  | 'network'
  | 'timeout'
  | 'unknown'
  | 'captcha_required';

export const VERIFICATION_ERROR_CODES: readonly VerificationErrorCode[] = [
  'invalid_code',
  'code_expired',
  'too_many_attempts',
  'rate_limited',
  'already_verified',
  'order_violation',
  'invalid_identifier',
  'session_expired',
  'not_configured',
  'network',
  'timeout',
  'unknown',
  'captcha_required',
];

export interface VerificationErrorOptions {
  /** How long until the action may be tried again. */
  retryAfterMs?: number;
  /** Code attempts left, when the backend says. */
  attemptsLeft?: number;
  /** HTTP status, when there was one. */
  status?: number;
  /** The underlying error or response, for debugging. Never shown to users. */
  cause?: unknown;
  /**
   * `already_verified` only: the backend's proof for the identifier, when it could vouch for it
   * (`verikit/server` signs one when its provider's status confirms the address for this session).
   * Default: none.
   */
  proof?: string;
}

/**
 * The one error type every adapter throws. `message` is for developers; users see the
 * localised message for `code`, never backend text.
 */
export class VerificationError extends Error {
  override readonly name = 'VerificationError';
  readonly code: VerificationErrorCode;
  readonly retryAfterMs?: number;
  readonly attemptsLeft?: number;
  readonly status?: number;
  /** See `VerificationErrorOptions.proof`. */
  readonly proof?: string;
  override readonly cause?: unknown;

  constructor(code: VerificationErrorCode, message?: string, options: VerificationErrorOptions = {}) {
    super(message ?? code);
    this.code = code;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
    if (options.attemptsLeft !== undefined) this.attemptsLeft = options.attemptsLeft;
    if (options.status !== undefined) this.status = options.status;
    if (options.proof !== undefined) this.proof = options.proof;
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

/** True for a VerificationError, also one from another copy of verikit (checked by shape). */
export function isVerificationError(value: unknown): value is VerificationError {
  if (value instanceof VerificationError) return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'VerificationError' &&
    VERIFICATION_ERROR_CODES.includes((value as { code?: VerificationErrorCode }).code as VerificationErrorCode)
  );
}

/** Turns anything thrown into a VerificationError: aborts stay recognisable, the rest is `unknown`. */
export function toVerificationError(error: unknown): VerificationError {
  if (isVerificationError(error)) return error;
  return new VerificationError('unknown', 'Unexpected failure', { cause: error });
}
