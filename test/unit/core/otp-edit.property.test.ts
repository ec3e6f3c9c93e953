import fc from 'fast-check';
import {
  cleanPastedCode,
  deleteBackward,
  deleteForward,
  insertText,
  isAllowedChar,
  moveCaret,
  normalizeSelection,
  reconcileValue,
  resolveCodeLength,
  selectSlot,
  selectSlotRange,
  type CodeEditState,
  type CodeRules,
} from '../../../src/core/otp';

// Text that stresses the rules: digits, letters, full-width digits, emoji, RTL marks, zero-width.
const junk = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('1', '٣', '７', 'a', 'Z', '😀', '\u200f', '\u200b', ' ', '-', '.', 'Your code: 123456', '１２３ ４５６'),
  fc.stringMatching(/^[0-9a-z -]{0,20}$/),
);

type Op = (s: CodeEditState, r: CodeRules) => CodeEditState;
const op: fc.Arbitrary<Op> = fc.oneof(
  junk.map((t): Op => (s, r) => insertText(s, t, r)),
  fc.boolean().map((word): Op => (s, r) => deleteBackward(s, r.length, word)),
  fc.constant<Op>((s, r) => deleteForward(s, r.length)),
  fc.integer({ min: -3, max: 3 }).map((d): Op => (s, r) => moveCaret(s, d, r.length)),
  fc.nat(9).map((i): Op => (s, r) => selectSlot(s.value, i, r.length)),
  fc.tuple(fc.nat(9), fc.nat(9)).map(([a, b]): Op => (s, r) => selectSlotRange(s.value, a, b, r.length)),
  // What the browser might hand us after native typing or autofill.
  fc.tuple(junk, fc.nat(30)).map(([t, at]): Op => (s, r) => reconcileValue(s.value.slice(0, s.start) + t + s.value.slice(s.end), at, r)),
);

const rulesArb = fc.record({
  length: fc.integer({ min: 4, max: 8 }),
  pattern: fc.constantFrom<CodeRules['pattern']>('digits', 'alphanumeric', /[A-F0-9]/),
  uppercase: fc.boolean(),
});

describe('code editing (property-based)', () => {
  it('after any sequence of edits the value fits the length and holds only allowed characters', () => {
    fc.assert(
      fc.property(rulesArb, fc.array(op, { maxLength: 40 }), (rules, ops) => {
        let state: CodeEditState = { value: '', start: 0, end: 0 };
        for (const apply of ops) {
          state = apply(state, rules);
          expect(state.value.length).toBeLessThanOrEqual(rules.length);
          for (const ch of state.value) expect(isAllowedChar(ch, rules.pattern)).toBe(true);
          expect(0 <= state.start && state.start <= state.end && state.end <= state.value.length).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a full field always has exactly one slot selected after an edit that collapses the caret', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 8 }), fc.nat(10), (length, caret) => {
        const value = '1'.repeat(length);
        const s = normalizeSelection({ value, start: caret, end: caret }, length);
        expect(s.end - s.start).toBe(1);
        expect(s.start).toBe(Math.min(caret, length - 1));
      }),
    );
  });

  it('pasted codes are found in the shapes people paste them', () => {
    const rules: CodeRules = { length: 6, pattern: 'digits', uppercase: false };
    expect(cleanPastedCode('123 456', rules)).toBe('123456');
    expect(cleanPastedCode('123-456', rules)).toBe('123456');
    expect(cleanPastedCode('123.456', rules)).toBe('123456');
    expect(cleanPastedCode('Your code: 123456', rules)).toBe('123456');
    expect(cleanPastedCode('Code 123456, valid for 10 min', rules)).toBe('123456');
    const alnum: CodeRules = { length: 8, pattern: 'alphanumeric', uppercase: true };
    expect(cleanPastedCode('Your code: AB12-CD34', alnum)).toBe('AB12CD34');
  });

  it('inserting at the caret keeps what was before and after it, truncated to the length', () => {
    const rules: CodeRules = { length: 6, pattern: 'digits', uppercase: false };
    expect(insertText({ value: '1256', start: 2, end: 2 }, '34', rules)).toEqual({ value: '123456', start: 4, end: 5 });
    expect(insertText({ value: '12', start: 0, end: 0 }, '9999999', rules).value).toBe('999999');
  });

  it('a rejected character does not move the caret', () => {
    const rules: CodeRules = { length: 6, pattern: 'digits', uppercase: false };
    expect(reconcileValue("12a3", 3, rules)).toEqual({ value: '123', start: 2, end: 2 });
  });

  it('length outside 4–8 throws in development and is clamped in production', () => {
    expect(() => resolveCodeLength(3, true)).toThrow(/4 to 8/);
    expect(() => resolveCodeLength(9, true)).toThrow(RangeError);
    expect(resolveCodeLength(3, false)).toBe(4);
    expect(resolveCodeLength(12, false)).toBe(8);
    expect(resolveCodeLength(Number.NaN, false)).toBe(6);
    expect(resolveCodeLength(undefined, true)).toBe(6);
  });
});
