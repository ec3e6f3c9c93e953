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

/** The region a locale implies: `en` → `US`, `de` → `DE`, `pt-BR` → `BR`; undefined if Intl can't tell. */
export function localeRegion(locale: string | undefined): string | undefined {
  try {
    return new Intl.Locale(locale ?? '').maximize().region;
  } catch {
    return undefined;
  }
}

/**
 * Wraps left-to-right data (a masked email or phone number) in Unicode isolates when it goes
 * into right-to-left text, so "+1 ••• ••• ••44" isn't reordered by the bidi algorithm.
 * Left-to-right locales get the text unchanged.
 */
export function isolateLtr(text: string, locale: string | undefined): string {
  return localeDirection(locale) === 'rtl' ? `\u2066${text}\u2069` : text;
}
