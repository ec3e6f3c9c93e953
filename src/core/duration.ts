import { numberingLocale, type Numerals } from './numerals';

/** Options of `formatDuration`. */
export interface FormatDurationOptions {
  /** Which digits to use (see `Numerals`). Default `'latn'`. */
  numerals?: Numerals;
  /**
   * Unit names: `'short'` ("27 s") or `'long'` ("27 seconds"). Default `'short'`, except for
   * languages whose short units are clipped letters rather than abbreviations readers expect
   * (Arabic "٢٧ ث", Hindi "27 से॰"), which get `'long'`.
   */
  unitDisplay?: 'short' | 'long';
  /**
   * `'minute'` rounds a duration of a minute or more up to whole minutes ("10 min"), for an
   * expiry note that needs no second-by-second precision. Default `'second'`.
   */
  precision?: 'second' | 'minute';
}

// Short units that read as clipped letters in these languages; their long names are short enough.
const LONG_UNIT_LANGUAGES = new Set(['ar', 'hi']);

// French sets a narrow no-break space (U+202F) before units; elsewhere a no-break space (U+00A0).
const NARROW_NBSP_LANGUAGES = new Set(['fr']);

function languageOf(locale: string): string {
  try {
    return new Intl.Locale(locale).language;
  } catch {
    return 'en';
  }
}

function unit(locale: string, unitName: 'second' | 'minute', value: number, unitDisplay: 'short' | 'long', space: string): string {
  const text = new Intl.NumberFormat(locale, { style: 'unit', unit: unitName, unitDisplay }).format(value);
  // Keep number and unit on one line: "27 s" must not break after "27".
  return text.replace(/[ \u00a0\u202f]/g, space);
}

/**
 * A wait or a time left, for `{time}` in messages: "27 s" under a minute, "2 min" or
 * "1 min, 5 s" (the locale's unit list) from a minute on, never "3,600 seconds". Rounds up to
 * whole seconds (a countdown never shows 0 while time is left). Uses Intl.NumberFormat's unit
 * style, Latin digits unless `numerals: 'native'`, and no-break spaces between number and unit.
 */
export function formatDuration(ms: number, locale: string, options: FormatDurationOptions = {}): string {
  const tag = numberingLocale(locale, options.numerals);
  const language = languageOf(tag);
  const unitDisplay = options.unitDisplay ?? (LONG_UNIT_LANGUAGES.has(language) ? 'long' : 'short');
  const space = NARROW_NBSP_LANGUAGES.has(language) ? '\u202f' : '\u00a0';
  let total = Math.max(0, Math.ceil((Number.isFinite(ms) ? ms : 0) / 1000));
  if (total < 60) return unit(tag, 'second', total, unitDisplay, space);
  if (options.precision === 'minute') total = Math.ceil(total / 60) * 60;
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts = [unit(tag, 'minute', minutes, unitDisplay, space)];
  if (seconds > 0) parts.push(unit(tag, 'second', seconds, unitDisplay, space));
  if (parts.length === 1) return parts[0]!;
  return new Intl.ListFormat(tag, { type: 'unit', style: unitDisplay === 'long' ? 'long' : 'narrow' }).format(parts);
}
