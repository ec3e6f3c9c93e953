import type { Messages } from '../../src/i18n/messages';
import { en } from '../../src/i18n/en';

// Every catalog file, found by its path: a locale added to src/i18n/locales joins the toolbar
// with no edit here. Each file exports its catalog as default (and by name).
const modules = import.meta.glob<Record<string, unknown>>('../../src/i18n/locales/*.ts', { eager: true });

// Names Intl.DisplayNames gets less right than a language menu would: Chinese by script (and
// place), Malay and Indonesian with "Bahasa", Spain's Spanish told apart from Latin America's.
const LABELS: Record<string, string> = {
  es: 'Español (España)',
  'es-419': 'Español (Latinoamérica)',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
  'pt-PT': 'Português (Portugal)',
  'zh-CN': '简体中文',
  'zh-HK': '繁體中文（香港）',
  'zh-TW': '繁體中文（台灣）',
};

/** The language's own name for itself, capitalised as a menu item. */
export function nativeName(code: string): string {
  const name = LABELS[code] ?? new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

function catalogOf(module: Record<string, unknown>): Messages {
  return (module.default ?? Object.values(module)[0]) as Messages;
}

const found = Object.entries(modules).map(([path, module]) => [path.replace(/^.*\/(.+)\.ts$/, '$1'), catalogOf(module)] as const);

/**
 * Every catalog, for Storybook's locale toolbar only: English first, then by code. Apps import
 * just the ones they use (`import de from 'verikit/locales/de'`), so this registry never
 * ships in the package. Labels are each language's own name for itself.
 */
export const storyLocales: Record<string, { label: string; messages: Messages }> = Object.fromEntries(
  [['en', en] as const, ...found.sort(([a], [b]) => a.localeCompare(b))].map(([code, messages]) => [code, { label: nativeName(code), messages }]),
);
