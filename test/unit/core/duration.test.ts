// @vitest-environment node
import { formatDuration } from '../../../src/core/duration';
import { SUPPORTED_LOCALES } from '../../../src/core/locale';
import { formatMessage } from '../../../src/core/format';
import { numberingLocale } from '../../../src/core/numerals';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('formatDuration', () => {
  it('reads seconds under a minute and minutes from a minute on, never thousands of seconds', () => {
    expect(formatDuration(27_000, 'en')).toBe(`27${NBSP}sec`);
    expect(formatDuration(26_001, 'en')).toBe(`27${NBSP}sec`); // rounded up: never 0 while time is left
    expect(formatDuration(60_000, 'en')).toBe(`1${NBSP}min`);
    expect(formatDuration(65_000, 'en')).toBe(`1${NBSP}min 5${NBSP}sec`);
    expect(formatDuration(3_600_000, 'en')).toBe(`60${NBSP}min`);
    expect(formatDuration(3_600_000, 'de')).toBe(`60${NBSP}Min.`);
    expect(formatDuration(-5, 'en')).toBe(`0${NBSP}sec`);
    expect(formatDuration(Number.NaN, 'en')).toBe(`0${NBSP}sec`);
  });

  it('rounds up to whole minutes for precision "minute"', () => {
    expect(formatDuration(9 * 60_000 + 1_000, 'en', { precision: 'minute' })).toBe(`10${NBSP}min`);
    expect(formatDuration(45_000, 'en', { precision: 'minute' })).toBe(`45${NBSP}sec`);
  });

  it('keeps number and unit together with a no-break space (narrow in French) in every shipped locale', () => {
    expect(formatDuration(27_000, 'fr')).toBe(`27${NNBSP}s`);
    for (const locale of SUPPORTED_LOCALES) {
      for (const ms of [27_000, 120_000, 65_000]) {
        const text = formatDuration(ms, locale);
        // No breakable space between a number and its unit (a break between two units is fine).
        expect(text, `${locale} ${ms}`).not.toMatch(/\d[ \t]/);
      }
    }
  });

  it('gives Arabic whole unit names, not clipped letters', () => {
    expect(formatDuration(27_000, 'ar')).toBe(`27${NBSP}ثانية`);
    expect(formatDuration(27_000, 'ar')).not.toMatch(/\sث$/);
    expect(formatDuration(27_000, 'ar', { unitDisplay: 'short' })).toBe(`27${NBSP}ث`);
    // Arabic says "two minutes" with the dual, as a word, not "2 دقيقة".
    expect(formatDuration(120_000, 'ar')).toBe('دقيقتان');
  });

  it('uses Latin digits by default and the locale’s own digits when asked', () => {
    for (const locale of ['ar', 'fa', 'hi', 'bn', 'th']) expect(formatDuration(27_000, locale), locale).toMatch(/^27/);
    expect(formatDuration(27_000, 'ar', { numerals: 'native' })).toMatch(/^٢٧/);
    expect(formatDuration(27_000, 'fa', { numerals: 'native' })).toMatch(/^۲۷/);
    expect(formatDuration(27_000, 'hi', { numerals: 'native' })).toMatch(/^२७/);
    expect(formatDuration(27_000, 'bn', { numerals: 'native' })).toMatch(/^২৭/);
    expect(formatDuration(27_000, 'th', { numerals: 'native' })).toMatch(/^๒๗/);
    // A language without digits of its own keeps 0–9.
    expect(formatDuration(27_000, 'de', { numerals: 'native' })).toMatch(/^27/);
  });
});

describe('numberingLocale', () => {
  it('adds -u-nu-latn by default, the native system on request, and keeps an explicit one', () => {
    expect(numberingLocale('ar')).toBe('ar-u-nu-latn');
    expect(numberingLocale('ar-EG', 'native')).toBe('ar-EG-u-nu-arab');
    expect(numberingLocale('fa', 'native')).toBe('fa-u-nu-arabext');
    expect(numberingLocale('ar-u-nu-arab')).toBe('ar-u-nu-arab');
    expect(numberingLocale('not a locale!!')).toBe('en-u-nu-latn');
  });

  it('makes formatMessage print Latin digits for Arabic whatever the ICU default', () => {
    expect(formatMessage('{current}/{total}', { current: 1, total: 2 }, numberingLocale('ar'))).toBe('1/2');
    expect(formatMessage('{current}/{total}', { current: 1, total: 2 }, numberingLocale('ar', 'native'))).toBe('١/٢');
    // Plural rules still see the language: Arabic "two" for 2.
    expect(formatMessage('{n, plural, two {two} other {other}}', { n: 2 }, numberingLocale('ar'))).toBe('two');
  });
});
