// @vitest-environment node
import { SUPPORTED_LOCALES } from '../../../src/core/locale';
import { formatMessage } from '../../../src/core/format';
import { numberingLocale } from '../../../src/core/numerals';
import { en } from '../../../src/i18n/en';
import type { Messages } from '../../../src/i18n/messages';

// Every public locale entry (`verikit/locales/<code>`), loaded the way an app would import it,
// and every catalog file. Both folders are globbed, so a new catalog is checked with no edit here.
const entries = import.meta.glob<{ default: Messages }>('../../../src/entry/locales/*.ts', { eager: true });
const sources = import.meta.glob<{ default: Messages }>('../../../src/i18n/locales/*.ts', { eager: true });
const code = (path: string) => path.replace(/^.*\/(.+)\.ts$/, '$1');
const catalogs = Object.fromEntries(Object.entries(entries).map(([path, mod]) => [code(path), mod.default])) as Record<string, Messages>;
const locales = Object.keys(catalogs).sort();

// The 13 locales verikit shipped before #12; the 22 new ones join as their files land.
const ORIGINAL = ['ar', 'de', 'en', 'es', 'fr', 'id', 'it', 'pt-BR', 'ru', 'tr', 'vi', 'zh-CN', 'zh-HK'];
// The counts the issue names: every plural category of every language shows up among them.
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101];

type Leaf = [path: string, value: string];
function leaves(value: unknown, prefix = ''): Leaf[] {
  if (typeof value !== 'object' || value === null) return [[prefix, value as string]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** Index of the `}` closing the `{` at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

interface Argument {
  name: string;
  /** Plural selectors (`one`, `other`, `=0`), or null for a plain `{name}`. */
  plural: string[] | null;
  /** Arguments used inside the plural's branches. */
  inner: Argument[];
}

/** The top-level `{…}` arguments of a message, with plural branches parsed. */
function argumentsOf(message: string): Argument[] {
  const out: Argument[] = [];
  for (let i = message.indexOf('{'); i !== -1; i = message.indexOf('{', i + 1)) {
    const end = closing(message, i);
    if (end === -1) throw new Error(`unbalanced braces in ${message}`);
    const body = message.slice(i + 1, end);
    const [name = '', kind, ...rest] = body.split(',');
    if (kind?.trim() === 'plural') {
      const branches = rest.join(',');
      const selectors: string[] = [];
      const inner: Argument[] = [];
      for (let j = 0; j < branches.length; ) {
        const open = branches.indexOf('{', j);
        if (open === -1) break;
        selectors.push(branches.slice(j, open).trim());
        const close = closing(branches, open);
        inner.push(...argumentsOf(branches.slice(open + 1, close)));
        j = close + 1;
      }
      out.push({ name: name.trim(), plural: selectors, inner });
    } else out.push({ name: name.trim(), plural: null, inner: [] });
    i = end;
  }
  return out;
}

/** Every argument name a message uses, inside plural branches too (`#` counts as its plural's). */
function namesOf(message: string): string[] {
  const walk = (args: Argument[]): string[] => args.flatMap((a) => [a.name, ...walk(a.inner)]);
  return [...new Set(walk(argumentsOf(message)))].sort();
}

const englishLeaves = leaves(en);
const sample: Record<string, string | number> = { to: 'j•••@example.com', time: '27\u00a0s', count: 2, current: 1, total: 2, length: 6, channel: 'SMS', code: '123456', message: 'OK.' };

// Words that are not English to a reader of the locale: product names and the placeholder email.
const BRANDS = /WhatsApp|SMS|OTP|PIN|name@example\.com|\S+@\S+/g;
// Common English words that are not words (or not these words) in verikit's other Latin-script languages.
const ENGLISH_WORDS = /(?<!\p{L})(the|your|you|with|again|please|isn’t|isn't|enter|verified|resend|sending|verifying|attempts?|expired|phone|country|sign in|try)(?!\p{L})/iu;
const LATIN_SCRIPT = /^(cs|da|de|en|es|es-419|fi|fr|hu|id|it|ms|nb|nl|pl|pt-BR|pt-PT|ro|sv|tr|vi)$/;

describe('message catalogs', () => {
  it('ships exactly the 35 supported locales (the 13 original ones among them)', () => {
    expect(locales).toEqual(expect.arrayContaining(ORIGINAL));
    expect(locales).toEqual([...SUPPORTED_LOCALES].sort());
    expect(locales).toHaveLength(35);
  });

  it('has a catalog file behind every public entry, and an entry for every catalog file', () => {
    const files = Object.keys(sources).map(code);
    expect(['en', ...files].sort()).toEqual(locales);
    for (const [path, mod] of Object.entries(sources)) expect(catalogs[code(path)], path).toEqual(mod.default);
  });

  for (const locale of locales) {
    describe(locale, () => {
      const catalog = () => catalogs[locale]!;
      const mine = () => new Map(leaves(catalog()));

      it('has every key English has, and no others, each a non-empty string', () => {
        expect(leaves(catalog()).map(([p]) => p).sort()).toEqual(englishLeaves.map(([p]) => p).sort());
        for (const [path, value] of leaves(catalog())) {
          expect(typeof value, path).toBe('string');
          expect(value.trim().length, path).toBeGreaterThan(0);
        }
      });

      it('keeps every placeholder of English, and no others', () => {
        for (const [path, english] of englishLeaves) {
          const message = mine().get(path)!;
          expect(namesOf(message), path).toEqual(namesOf(english));
          // A message formats completely with sample values: no brace or `#` left over.
          const out = formatMessage(message, sample, numberingLocale(locale));
          expect(out, path).not.toMatch(/[{}#]/);
        }
      });

      it(`has a plural branch for every category PluralRules gives ${COUNTS.join(', ')}`, () => {
        const rules = new Intl.PluralRules(locale);
        const categories = new Set(rules.resolvedOptions().pluralCategories);
        const needed = new Set(COUNTS.map((n) => rules.select(n)));
        for (const [path, english] of englishLeaves) {
          const englishPlurals = argumentsOf(english).filter((a) => a.plural).map((a) => a.name);
          const message = mine().get(path)!;
          for (const arg of argumentsOf(message)) {
            if (!arg.plural) {
              // A count outside a plural is only right where the language has a single form.
              if (englishPlurals.includes(arg.name)) expect([...needed], `${path}: {${arg.name}} needs a plural`).toEqual(['other']);
              continue;
            }
            expect(arg.plural, `${path} has an "other" branch`).toContain('other');
            for (const selector of arg.plural) {
              if (!selector.startsWith('=')) expect([...categories], `${path}: "${selector}" is no ${locale} plural category`).toContain(selector);
            }
            for (const n of COUNTS) {
              const category = rules.select(n);
              expect(arg.plural.includes(category) || arg.plural.includes(`=${n}`), `${path} at ${n} (${category})`).toBe(true);
            }
          }
        }
      });

      it('formats every plural at every count completely', () => {
        for (const [path, message] of leaves(catalog())) {
          const plural = argumentsOf(message).find((a) => a.plural);
          if (!plural) continue;
          const outputs = COUNTS.map((n) => formatMessage(message, { ...sample, [plural.name]: n }, numberingLocale(locale)));
          for (const out of outputs) expect(out, path).not.toMatch(/[{}#]/);
        }
      });

      if (locale !== 'en') {
        it('has no English left in it, brand names aside', () => {
          for (const [path, english] of englishLeaves) {
            const value = mine().get(path)!;
            const words = value
              .replace(/\{\s*\w+\s*,\s*plural\s*,/g, ' ')
              .replace(/(zero|one|two|few|many|other|=\d+)\s*\{/g, ' ')
              .replace(/\{\w+\}|[{}#]/g, ' ')
              .replace(BRANDS, ' ');
            // Not a copy of the English sentence, unless all it holds is a brand or a loanword like "Email".
            if (value === english) expect(words.replace(/[\s\p{P}]|E-?mail|Email|Code|Demo/giu, ''), `${path} is English`).toBe('');
            if (LATIN_SCRIPT.test(locale)) expect(words, `${path} has an English word`).not.toMatch(ENGLISH_WORDS);
            // Non-Latin scripts: any Latin word must be a brand (WhatsApp, SMS).
            else expect(words, `${path} has Latin letters`).not.toMatch(/\p{Script=Latin}{2,}/u);
          }
        });
      }

      it('uses typographic apostrophes', () => {
        for (const [path, value] of leaves(catalog())) expect(value, path).not.toMatch(/\p{L}'\p{L}/u);
      });
    });
  }
});
