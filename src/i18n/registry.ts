import { resolveLocale, SUPPORTED_LOCALES } from '../core/locale';
import { en } from './en';
import type { Messages } from './messages';

// Catalogs the app registered, by canonical tag. English is always there: it is built in.
const registry = new Map<string, Messages>([['en', en]]);

/**
 * `ptBR`, `zhHK`, `es419` (the names locale entries export, so `registerLocales({ ptBR })`
 * works) and `pt_BR` become `pt-BR`, `zh-HK`, `es-419`; anything else is canonicalised.
 */
function tagOf(key: string): string | undefined {
  const spelled = key.replace(/_/g, '-').replace(/^([a-z]{2,3})([A-Z][a-z]{3})?([A-Z]{2}|\d{3})$/, (_, l: string, s?: string, r?: string) => [l, s, r].filter(Boolean).join('-'));
  try {
    const tag = Intl.getCanonicalLocales(spelled)[0];
    // A real language subtag is 2–3 letters; `bogus` is a syntactically valid tag but no language.
    return tag && /^[a-z]{2,3}(-|$)/.test(tag) ? tag : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Makes catalogs available to every `<VerificationProvider locale="…">`, which then finds the
 * right one by `resolveLocale` (`es-MX` → `es-419`, `de-AT` → `de`). Keys are locale tags or
 * the names the locale entries export:
 *
 * ```ts
 * import de from 'verikit/locales/de';
 * import { ptBR } from 'verikit/locales/pt-BR';
 * registerLocales({ de, ptBR });
 * ```
 *
 * A later registration of the same tag replaces the earlier one. Keys that are not locale
 * tags are ignored. Registering is synchronous and global, so it also works for server rendering.
 */
export function registerLocales(catalogs: Readonly<Record<string, Messages>>): void {
  for (const [key, messages] of Object.entries(catalogs)) {
    const tag = tagOf(key);
    if (tag && messages && typeof messages === 'object') registry.set(tag, messages);
  }
}

/** The tags that have a catalog now (always including `'en'`). */
export function registeredLocales(): string[] {
  return [...registry.keys()];
}

/**
 * The registered catalog that best fits `locale` (see `resolveLocale`), or undefined when
 * none does (English only counts for English requests, so a loader can still fetch the right one).
 */
export function registeredMessages(locale: string): Messages | undefined {
  const tag = resolveLocale(locale, [...registry.keys()], '');
  return tag ? registry.get(tag) : undefined;
}

/** The shipped locale (`SUPPORTED_LOCALES`) that best fits `locale`: what to pass to a loader. */
export function shippedLocaleFor(locale: string): string {
  return resolveLocale(locale, SUPPORTED_LOCALES);
}
