/**
 * The locales verikit ships messages for (`verikit/locales/<code>`): YCloud Verify's 13
 * languages and 22 more, so the largest one-time-code markets read the UI in their language.
 * English is built in; every other catalog is its own entry.
 */
export const SUPPORTED_LOCALES = [
  'ar',
  'bn',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'es-419',
  'fa',
  'fi',
  'fr',
  'he',
  'hi',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'ms',
  'nb',
  'nl',
  'pl',
  'pt-BR',
  'pt-PT',
  'ro',
  'ru',
  'sv',
  'th',
  'tr',
  'uk',
  'vi',
  'zh-CN',
  'zh-HK',
  'zh-TW',
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

// Regions whose Spanish CLDR files under `es-419` (Latin America and the US); other regions
// (Spain, Equatorial Guinea, the Philippines, …) read Spain's `es`.
// A plain string, not a Set built by split(): a module-level call is kept in every bundle that
// imports this module (DemoOutbox only needs isolateLtr). A region subtag is two letters or three
// digits, so a substring match is a whole-code match.
const LATIN_AMERICAN_SPANISH = '419 AR BO BR BZ CL CO CR CU DO EC GT HN MX NI PA PE PR PY SV US UY VE';

// Regions whose Portuguese CLDR files under `pt-PT`; plain `pt` is Brazilian, as in CLDR.
const EUROPEAN_PORTUGUESE = 'PT AO CH CV GQ GW LU MO MZ ST TL';

function parseTag(tag: string): Intl.Locale | undefined {
  try {
    // getCanonicalLocales turns legacy and odd spellings into canonical ones: iw → he, in → id, zh_tw → error.
    const canonical = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
    return canonical ? new Intl.Locale(canonical) : undefined;
  } catch {
    return undefined;
  }
}

function maximized(locale: Intl.Locale): Intl.Locale {
  try {
    return locale.maximize();
  } catch {
    return locale;
  }
}

/**
 * Candidates for one requested tag, best first: the tag itself, then the variety of its
 * language that CLDR says it reads (Chinese by script and region, Spanish and Portuguese by
 * region, Norwegian as Bokmål), then BCP 47 lookup (drop subtags from the end).
 */
function candidates(locale: Intl.Locale): string[] {
  const out: string[] = [locale.baseName];
  const full = maximized(locale);
  const { language } = locale;
  const region = locale.region ?? full.region;
  if (language === 'zh') {
    const script = locale.script ?? full.script;
    if (script === 'Hant') out.push(region === 'HK' || region === 'MO' ? 'zh-HK' : 'zh-TW', 'zh-TW', 'zh-HK');
    else out.push('zh-CN');
  } else if (language === 'es') {
    if (locale.region && LATIN_AMERICAN_SPANISH.includes(locale.region)) out.push('es-419');
    out.push('es', 'es-419');
  } else if (language === 'pt') {
    out.push(locale.region && EUROPEAN_PORTUGUESE.includes(locale.region) ? 'pt-PT' : 'pt-BR', 'pt-BR', 'pt-PT');
  } else if (language === 'no' || language === 'nn') {
    out.push('nb');
  }
  // BCP 47 lookup: zh-Hant-HK → zh-Hant → zh, de-AT → de.
  const parts = locale.baseName.split('-');
  for (let i = parts.length - 1; i > 0; i -= 1) out.push(parts.slice(0, i).join('-'));
  if (region) out.push(`${language}-${region}`);
  return out;
}

/**
 * The best of `available` for what the user asked for (one tag, or a list such as
 * `navigator.languages`, best first), else `fallback`. BCP 47 lookup with the script and
 * region rules CLDR uses: `es-MX` → `es-419`, `es-ES` → `es`, `zh-TW` → `zh-TW`,
 * `zh-Hant-HK` → `zh-HK`, `zh-Hant` → `zh-TW`, `zh` and `zh-SG` → `zh-CN`, `pt` → `pt-BR`,
 * `pt-AO` → `pt-PT`, `no` → `nb`, `iw` → `he`, `de-AT` → `de`. Matching ignores case; a
 * malformed tag matches nothing. Any variety of a language beats the fallback (`pt-AO` with
 * only `pt-BR` available → `pt-BR`).
 */
export function resolveLocale(requested: string | readonly string[] | undefined, available: readonly string[], fallback = 'en'): string {
  const byLower = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  const tags = (typeof requested === 'string' ? [requested] : (requested ?? [])).map(parseTag).filter((l): l is Intl.Locale => !!l);
  for (const locale of tags) {
    for (const candidate of candidates(locale)) {
      const hit = byLower.get(candidate.toLowerCase());
      if (hit) return hit;
    }
  }
  // Same language, any variety: better than another language.
  for (const locale of tags) {
    const language = locale.language.toLowerCase();
    const hit = available.find((tag) => tag.toLowerCase().split('-')[0] === language);
    if (hit) return hit;
  }
  return fallback;
}
