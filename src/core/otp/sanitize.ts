import { isAllowedChar, type CodeRules } from './rules';

type CharRules = Pick<CodeRules, 'pattern' | 'uppercase'>;

/**
 * Normalises one piece of text to candidate code characters. NFKC folds full-width digits
 * (０–９) and other compatibility forms to ASCII, which is what phones' IMEs often produce.
 * We split by code point (not UTF-16 unit) so an emoji is one character that gets dropped whole.
 */
function normalizedChars(text: string, rules: CharRules): string[] {
  const folded = text.normalize('NFKC');
  const chars = Array.from(rules.uppercase ? folded.toUpperCase() : folded);
  return chars;
}

/** Keeps only the allowed characters of `text`, normalised; never truncates. */
export function filterCode(text: string, rules: CharRules): string {
  let out = '';
  for (const char of normalizedChars(text, rules)) if (isAllowedChar(char, rules.pattern)) out += char;
  return out;
}

/**
 * Like `filterCode`, but also reports how many characters of `text[0..caret)` survived, so the
 * caret can stay where the user put it when characters are dropped.
 */
export function filterCodeWithCaret(
  text: string,
  caret: number,
  rules: CharRules,
): { value: string; caret: number } {
  const before = filterCode(text.slice(0, caret), rules);
  const after = filterCode(text.slice(caret), rules);
  return { value: before + after, caret: before.length };
}

const MAX_TOKENS = 64;

/**
 * Extracts the code from pasted or autofilled text. "123 456", "123-456" and "Your code: 123456"
 * all give "123456". When the text holds more allowed characters than the code has (an
 * alphanumeric code inside a sentence), a run of whitespace-separated words that holds exactly
 * `length` allowed characters wins, preferring runs with a digit ("Your code: AB12-CD34").
 */
export function cleanPastedCode(text: string, rules: CodeRules): string {
  // Bound the work: a 10 KB paste is junk, but it must not hang the page.
  const bounded = text.length > 4096 ? text.slice(0, 4096) : text;
  const all = filterCode(bounded, rules);
  if (all.length <= rules.length) return all;
  const words = bounded
    .split(/\s+/)
    .slice(0, MAX_TOKENS)
    .map((word) => filterCode(word, rules))
    .filter(Boolean);
  for (const needDigit of [true, false]) {
    for (let size = 1; size <= words.length; size += 1) {
      for (let i = 0; i + size <= words.length; i += 1) {
        const candidate = words.slice(i, i + size).join('');
        if (candidate.length > rules.length) continue;
        if (candidate.length === rules.length && (!needDigit || /[0-9]/.test(candidate))) return candidate;
      }
    }
  }
  return all;
}
