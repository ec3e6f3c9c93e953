import { isAllowedChar, type CodeRules } from './rules';

type CharRules = Pick<CodeRules, 'pattern' | 'uppercase'>;

const ND = /\p{Nd}/u;

/**
 * Folds any Unicode decimal digit (Arabic-Indic ٣, Persian ۳, Devanagari ३, …) to ASCII, so a
 * code typed on any keyboard or sent in any script counts. Unicode encodes every script's
 * digits 0–9 as runs of ten consecutive code points, and adjacent runs only ever come whole,
 * so a digit's value is its distance from the start of its block of digits, modulo ten.
 */
function foldDigit(char: string): string {
  if (char < '\x80' || !ND.test(char)) return char;
  const code = char.codePointAt(0)!;
  let first = code;
  while (ND.test(String.fromCodePoint(first - 1))) first -= 1;
  return String((code - first) % 10);
}

/**
 * Normalises one piece of text to candidate code characters. NFKC folds full-width digits and
 * letters (０–９, Ａ) and other compatibility forms, which is what phones' IMEs often produce;
 * then every other script's decimal digits fold to ASCII. We split by code point (not UTF-16
 * unit) so an emoji is one character that gets dropped whole.
 */
function normalizedChars(text: string, rules: CharRules): string[] {
  const folded = text.normalize('NFKC');
  return Array.from(rules.uppercase ? folded.toUpperCase() : folded, foldDigit);
}

/** Keeps only the allowed characters of `text`, normalised; never truncates. */
export function filterCode(text: string, rules: CharRules): string {
  let out = '';
  for (const char of normalizedChars(text, rules)) if (isAllowedChar(char, rules.pattern)) out += char;
  return out;
}

/**
 * Extracts the code from pasted or autofilled text. "123 456", "123-456" and "Your code: 123456"
 * all give "123456". When the text holds more allowed characters than the code has (an
 * alphanumeric code inside a sentence), a word with exactly `length` allowed characters wins,
 * preferring one with a digit ("Your code: AB12-CD34" gives "AB12CD34").
 */
export function cleanPastedCode(text: string, rules: CodeRules): string {
  // Bound the work: a 10 KB paste is junk, but it must not hang the page.
  const bounded = text.slice(0, 4096);
  const all = filterCode(bounded, rules);
  if (all.length <= rules.length) return all;
  const words = bounded.split(/\s+/, 64).map((word) => filterCode(word, rules)).filter((w) => w.length === rules.length);
  return words.find((w) => /\d/.test(w)) ?? words[0] ?? all;
}
