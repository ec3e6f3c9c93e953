import { VerificationError } from '../errors';

/** RFC 5321 caps a forward path at 254 characters; longer addresses can't receive mail. */
export const MAX_EMAIL_LENGTH = 254;

// Logto's own check (`^\S+@\S+\.\S+$`); anything it rejects would fail at the backend anyway.
const EMAIL_SHAPE = /^\S+@\S+\.\S+$/;

/**
 * Trims an email address and lower-cases its domain. The local part keeps its case: some
 * mail servers treat it as case-sensitive, so changing it could send the code elsewhere.
 * Throws `invalid_identifier` for anything that isn't shaped like an address.
 */
export function normalizeEmail(input: string): string {
  const trimmed = typeof input === 'string' ? input.trim() : '';
  if (trimmed.length === 0 || trimmed.length > MAX_EMAIL_LENGTH || !EMAIL_SHAPE.test(trimmed)) {
    throw new VerificationError('invalid_identifier', 'Not a valid email address');
  }
  const at = trimmed.lastIndexOf('@');
  return `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
}

/** True when `normalizeEmail` would accept the input. */
export function isValidEmail(input: string): boolean {
  try {
    normalizeEmail(input);
    return true;
  } catch {
    return false;
  }
}
