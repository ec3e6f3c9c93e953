// @vitest-environment node
import { SUPPORTED_LOCALES } from '../../../src/core/locale';
import { formatMessage } from '../../../src/core/format';
import { en } from '../../../src/i18n/en';
import type { Messages } from '../../../src/i18n/messages';

// Every public locale entry (`verikit/locales/<code>`), loaded the way an app would import it.
const modules = import.meta.glob<{ default: Messages }>('../../../src/entry/locales/*.ts', { eager: true });
const catalogs = Object.fromEntries(
  Object.entries(modules).map(([path, mod]) => [path.replace(/^.*\/(.+)\.ts$/, '$1'), mod.default]),
) as Record<string, Messages>;

type Leaf = [path: string, value: unknown];
function leaves(value: unknown, prefix = ''): Leaf[] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** `{name}` arguments of a message, ignoring what is inside plural branches. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (const match of message.matchAll(/\{(\w+)(,|\})|\{|\}/g)) {
    if (match[1] && depth === 0) names.add(match[1]);
    if (match[0] === '}') depth -= 1;
    else if (!match[0].endsWith('}')) depth += 1;
  }
  return [...names].sort();
}

const englishLeaves = leaves(en);
const sample = { to: 'j•••@example.com', seconds: 27, count: 2, current: 1, total: 2, minutes: 10, index: 1, length: 6, channel: 'SMS', country: 'Germany', code: '123456' };

describe('message catalogs', () => {
  it('ships exactly the 13 supported locales', () => {
    expect(Object.keys(catalogs).sort()).toEqual([...SUPPORTED_LOCALES].sort());
  });

  for (const locale of SUPPORTED_LOCALES) {
    describe(locale, () => {
      const catalog = () => catalogs[locale]!;

      it('has every key English has, and no others, each a non-empty string', () => {
        const paths = leaves(catalog()).map(([p]) => p).sort();
        expect(paths).toEqual(englishLeaves.map(([p]) => p).sort());
        for (const [path, value] of leaves(catalog())) {
          expect(typeof value, path).toBe('string');
          expect((value as string).trim().length, path).toBeGreaterThan(0);
        }
      });

      it('uses the same placeholders as English, and every message formats', () => {
        const mine = new Map(leaves(catalog()) as Array<[string, string]>);
        for (const [path, english] of englishLeaves as Array<[string, string]>) {
          const message = mine.get(path)!;
          expect(argumentsOf(message), path).toEqual(argumentsOf(english));
          // Plural arguments get numbers; any other argument gets a sample word.
          const params = Object.fromEntries(argumentsOf(english).map((name) => [name, name in sample ? sample[name as keyof typeof sample] : 'X']));
          const out = formatMessage(message, params, locale);
          expect(out, path).not.toMatch(/[{}]/);
        }
      });

      it('gives every plural an "other" branch', () => {
        for (const [path, message] of leaves(catalog()) as Array<[string, string]>) {
          if (message.includes(', plural,')) expect(message, path).toMatch(/other\s*\{/);
        }
      });

      if (locale !== 'en') {
        it('is a translation, not a copy of English', () => {
          expect(catalog()).toBeDefined();
          const same = (englishLeaves as Array<[string, string]>).filter(([path, english]) => {
            const value = leaves(catalog()).find(([p]) => p === path)?.[1];
            return value === english;
          });
          // A few words are the same in many languages (WhatsApp, Email, OK); whole sentences are not.
          expect(same.length, same.map(([p]) => p).join(', ')).toBeLessThanOrEqual(Math.ceil(englishLeaves.length * 0.08));
        });
      }
    });
  }
});
