/**
 * Which digits numbers on screen use. `'latn'` (the default) is 0–9 everywhere, so a countdown
 * or "Step 1 of 2" looks the same whatever ICU version the browser ships (some give Arabic
 * `ar` Arabic-Indic digits by default, others Latin). `'native'` asks for the locale's own
 * digits where it has some (Arabic-Indic for `ar`, Persian for `fa`, Devanagari for `hi`, …).
 * A locale tag that already names a numbering system (`ar-u-nu-arab`) keeps it either way.
 */
export type Numerals = 'latn' | 'native';

// The locale's own decimal digits, by language subtag (CLDR's "native" numbering system).
const NATIVE_NUMBERING: Readonly<Record<string, string>> = {
  ar: 'arab',
  fa: 'arabext',
  ur: 'arabext',
  ps: 'arabext',
  hi: 'deva',
  mr: 'deva',
  ne: 'deva',
  bn: 'beng',
  th: 'thai',
  my: 'mymr',
  km: 'khmr',
  lo: 'laoo',
};

/**
 * The locale tag to hand to Intl.NumberFormat / PluralRules so numbers use the chosen digits:
 * `numberingLocale('ar')` → `'ar-u-nu-latn'`, `numberingLocale('fa', 'native')` →
 * `'fa-u-nu-arabext'`. A malformed tag falls back to English rather than throwing.
 */
export function numberingLocale(locale: string, numerals: Numerals = 'latn'): string {
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(locale);
  } catch {
    parsed = new Intl.Locale('en');
  }
  if (parsed.numberingSystem) return parsed.toString();
  const numberingSystem = numerals === 'native' ? (NATIVE_NUMBERING[parsed.language] ?? 'latn') : 'latn';
  return new Intl.Locale(parsed.toString(), { numberingSystem }).toString();
}
