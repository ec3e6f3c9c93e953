/**
 * Compares two strings in time that depends only on their lengths, not on where they first
 * differ: an early-exit `!==` lets a caller who can time many guesses learn a code digit by digit.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  let diff = a.length ^ b.length;
  for (let i = 0; i < length; i += 1) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}
