/** The locales verikit ships messages for: YCloud Verify's 13 languages. */
export const SUPPORTED_LOCALES = [
  'ar',
  'de',
  'en',
  'es',
  'fr',
  'id',
  'it',
  'pt-BR',
  'ru',
  'tr',
  'vi',
  'zh-CN',
  'zh-HK',
] as const;

export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

// Scripts written right to left. Checked by language subtag so 'ar-EG' and 'fa-IR' work too.
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'ckb', 'dv']);

/** `'rtl'` for right-to-left languages, else `'ltr'`. Unknown or malformed tags are `'ltr'`. */
export function localeDirection(locale: string | undefined): 'ltr' | 'rtl' {
  const language = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/** The region of a locale tag ('pt-BR' → 'BR'), for a phone field's default country. */
export function localeRegion(locale: string | undefined): string | undefined {
  const region = (locale ?? '').split(/[-_]/).find((part, i) => i > 0 && /^[A-Za-z]{2}$/.test(part));
  return region?.toUpperCase();
}
