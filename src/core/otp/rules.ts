/** Which characters a code may hold: digits, letters and digits, or a per-character RegExp. */
export type CodePattern = 'digits' | 'alphanumeric' | RegExp;

export interface CodeRules {
  /** Number of characters, 4–8. */
  length: number;
  pattern: CodePattern;
  /** Upper-case letters as they are typed. */
  uppercase: boolean;
}

export const MIN_CODE_LENGTH = 4;
export const MAX_CODE_LENGTH = 8;
export const DEFAULT_CODE_LENGTH = 6;

const DIGIT = /^[0-9]$/;
const ALNUM = /^[0-9A-Za-z]$/;

/** True when one (already normalised) character is allowed by the pattern. */
export function isAllowedChar(char: string, pattern: CodePattern): boolean {
  if (pattern === 'digits') return DIGIT.test(char);
  if (pattern === 'alphanumeric') return ALNUM.test(char);
  // A global or sticky RegExp keeps lastIndex between calls; reset it so every test starts fresh.
  pattern.lastIndex = 0;
  return pattern.test(char);
}

/**
 * A length outside 4–8 is a programming error: loud in development, clamped in production
 * so a typo never takes a sign-in page down.
 */
export function resolveCodeLength(length: number | undefined, isDev: boolean): number {
  const value = length ?? DEFAULT_CODE_LENGTH;
  if (Number.isInteger(value) && value >= MIN_CODE_LENGTH && value <= MAX_CODE_LENGTH) return value;
  if (isDev) {
    throw new RangeError(`verikit: OtpInput length must be an integer from 4 to 8, got ${String(length)}.`);
  }
  const finite = Number.isFinite(value) ? Math.round(value) : DEFAULT_CODE_LENGTH;
  return Math.min(MAX_CODE_LENGTH, Math.max(MIN_CODE_LENGTH, finite));
}

/** The `inputmode` that brings up the right keyboard for a pattern. */
export function inputModeFor(pattern: CodePattern): 'numeric' | 'text' {
  return pattern === 'digits' ? 'numeric' : 'text';
}
