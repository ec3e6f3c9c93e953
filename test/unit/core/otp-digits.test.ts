import fc from 'fast-check';
import { cleanPastedCode, filterCode, insertText, reconcileValue, type CodeRules } from '../../../src/core/otp';

const digits: CodeRules = { length: 6, pattern: 'digits', uppercase: false };
const alnum: CodeRules = { length: 8, pattern: 'alphanumeric', uppercase: false };

// Every numbering system ICU knows that writes 0–9 as ten decimal-digit (\p{Nd}) characters
// (arab, arabext, deva, beng, thai, mymr, adlm, fullwide, mathbold, …; not hanidec's ideographs):
// Intl formats the digits, the field must read them back. Intl is an oracle independent of the
// folding code.
const systems = Intl.supportedValuesOf('numberingSystem').flatMap((nu) => {
  const format = new Intl.NumberFormat('en', { numberingSystem: nu, useGrouping: false });
  if (format.resolvedOptions().numberingSystem !== nu) return [];
  const chars = Array.from({ length: 10 }, (_, d) => format.format(d));
  return chars.every((c) => /^\p{Nd}$/u.test(c)) && new Set(chars).size === 10 ? [[nu, chars.join('')] as const] : [];
});

describe('Unicode decimal digits fold to ASCII', () => {
  it('covers the scripts people type codes in', () => {
    const names = systems.map(([nu]) => nu);
    for (const nu of ['arab', 'arabext', 'deva', 'beng', 'thai', 'fullwide', 'mymr']) expect(names).toContain(nu);
  });

  it.each(systems)('%s digits (%s) read as 0123456789', (_nu, text) => {
    expect(filterCode(text, digits)).toBe('0123456789');
    expect(filterCode(text, alnum)).toBe('0123456789');
  });

  it('every \\p{Nd} character folds to one ASCII digit, and nothing else becomes a digit', () => {
    const nd = /\p{Nd}/u;
    for (let cp = 0x80; cp < 0x20000; cp += 1) {
      const char = String.fromCodePoint(cp);
      const out = filterCode(char, digits);
      if (nd.test(char)) expect(out, `U+${cp.toString(16)}`).toMatch(/^[0-9]$/);
      else if (out) expect(char.normalize('NFKC'), `U+${cp.toString(16)}`).toMatch(/[0-9]/);
    }
  });

  it('on type, paste, autofill and WebOTP alike (all go through the same rules)', () => {
    const empty = { value: '', start: 0, end: 0 };
    // typing one key at a time
    const typed = [...'١٢٣٤٥٦'].reduce((s, ch) => insertText(s, ch, digits), empty);
    expect(typed.value).toBe('123456');
    // paste, with Persian digits and words around them
    expect(cleanPastedCode('کد شما: ۴۵۶۷۸۹', digits)).toBe('456789');
    // autofill sets the raw value; WebOTP hands a code to the same insert
    expect(reconcileValue('Your code: ०९८७६५', 17, digits).value).toBe('098765');
    expect(insertText(empty, '๑๒๓๔๕๖', digits).value).toBe('123456');
  });

  it('letters in alphanumeric mode fold to their NFKC form; other letters are dropped', () => {
    expect(filterCode('ＡＢ１２ｃｄ', alnum)).toBe('AB12cd');
    expect(filterCode('ＡＢ１２ｃｄ', { ...alnum, uppercase: true })).toBe('AB12CD');
    expect(filterCode('ﬁ', alnum)).toBe('fi');
    expect(filterCode('éß', alnum)).toBe('');
  });

  it('never turns a non-digit into a digit, for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => {
        const count = [...text.normalize('NFKC')].filter((c) => /\p{Nd}/u.test(c)).length;
        expect(filterCode(text, digits).length).toBe(count);
      }),
    );
  });
});
