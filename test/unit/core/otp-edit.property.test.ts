import fc from 'fast-check';
import {
  cleanPastedCode,
  deleteBackward,
  deleteForward,
  inputEdit,
  caretAt,
  insertText,
  keyMove,
  isAllowedChar,
  moveCaret,
  normalizeSelection,
  reconcileValue,
  resolveCodeLength,
  selectSlot,
  selectSlotRange,
  type CodeEditState,
  type CodeMove,
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
  fc
    .tuple(fc.constantFrom<CodeMove>(-1, 1, 'first', 'last'), fc.boolean())
    .map(([move, extend]): Op => (s, r) => moveCaret(s, move, r.length, extend)),
  fc
    .tuple(fc.constantFrom('ArrowLeft', 'ArrowRight', 'Home', 'End', 'ArrowUp', 'ArrowDown', 'a'), fc.boolean(), fc.boolean())
    .map(([key, shiftKey, ctrlKey]): Op => (s, r) => keyMove(s, { key, shiftKey, ctrlKey }, r.length) ?? s),
  fc
    .tuple(fc.constantFrom('insertText', 'insertReplacementText', 'deleteContentBackward', 'deleteWordBackward', 'deleteContentForward', 'deleteByCut'), junk)
    .map(([type, data]): Op => (s, r) => inputEdit(s, type, data, r) ?? s),
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
          // Every edit leaves the model's selection: never a bare caret on a filled slot.
          expect(normalizeSelection(state, rules.length)).toEqual(state);
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

  it('text overwrites from the caret or selection, keeps the rest, and truncates to the length', () => {
    const rules: CodeRules = { length: 6, pattern: 'digits', uppercase: false };
    expect(insertText({ value: '1256', start: 2, end: 2 }, '34', rules)).toEqual({ value: '1234', start: 4, end: 4 });
    expect(insertText({ value: '12', start: 0, end: 0 }, '9999999', rules).value).toBe('999999');
  });

  it('a rejected character does not move the caret', () => {
    const rules: CodeRules = { length: 6, pattern: 'digits', uppercase: false };
    expect(reconcileValue('12a', 3, rules)).toEqual({ value: '12', start: 2, end: 2 });
    expect(insertText({ value: '123', start: 1, end: 2 }, 'x', rules)).toEqual({ value: '123', start: 1, end: 2 });
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

// The editing model of issue #18: slot-replace typing, keyboard selection, overwriting paste.
describe('the slot editing model (property-based)', () => {
  const digits = (length: number) => ({ length, pattern: 'digits', uppercase: false }) as CodeRules;
  // A field of 4–8 slots holding 1..length digits, with the selection somewhere the model allows.
  const field = fc.integer({ min: 4, max: 8 }).chain((length) =>
    fc.tuple(fc.constant(length), fc.stringMatching(new RegExp(`^[0-9]{1,${length}}$`)), fc.nat(length)),
  );
  const key = (s: CodeEditState, k: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}, length = 6) =>
    keyMove(s, { key: k, ...mods }, length)!;
  const type = (s: CodeEditState, text: string, length = 6) => inputEdit(s, 'insertText', text, digits(length))!;

  it('a caret on a filled slot selects it, full or not; after the last character it stays a caret', () => {
    fc.assert(
      fc.property(field, ([length, value, at]) => {
        const s = caretAt(value, at, length);
        if (at < value.length) expect(s).toEqual({ value, start: at, end: at + 1 });
        else if (value.length === length) expect(s).toEqual({ value, start: length - 1, end: length });
        else expect(s).toEqual({ value, start: value.length, end: value.length });
      }),
    );
  });

  it('typing replaces the selected slot and moves on', () => {
    fc.assert(
      fc.property(field, fc.integer({ min: 0, max: 9 }), ([length, value, at], digit) => {
        const slot = Math.min(at, value.length - 1);
        const next = type(caretAt(value, slot, length), String(digit), length);
        expect(next.value).toBe(value.slice(0, slot) + digit + value.slice(slot + 1));
        expect(next).toEqual(caretAt(next.value, slot + 1, length));
      }),
    );
  });

  it('arrows move a single-slot selection, whether or not the field is full', () => {
    fc.assert(
      fc.property(field, fc.constantFrom('ArrowLeft', 'ArrowRight'), ([length, value, at], arrow) => {
        const from = caretAt(value, Math.min(at, value.length - 1), length);
        const next = key(from, arrow, {}, length);
        const to = from.start + (arrow === 'ArrowLeft' ? -1 : 1);
        if (to < 0) expect(next).toEqual(from);
        else expect(next).toEqual(caretAt(value, to, length));
        if (next.start < value.length) expect(next.end - next.start).toBe(1);
      }),
    );
  });

  it('Shift+arrows extend the selection slot by slot from its anchor, and typing replaces the range', () => {
    fc.assert(
      fc.property(field, fc.nat(9), fc.integer({ min: 0, max: 9 }), ([length, value, at], presses, digit) => {
        const anchor = Math.min(at, value.length - 1);
        let s = caretAt(value, anchor, length);
        for (let i = 0; i < presses; i += 1) s = key(s, 'ArrowLeft', { shiftKey: true }, length);
        const first = Math.max(0, anchor - presses);
        expect([s.start, s.end]).toEqual([first, anchor + 1]);
        // Shift+→ shrinks it back towards the anchor, one slot per press.
        const back = key(s, 'ArrowRight', { shiftKey: true }, length);
        if (first < anchor) expect([back.start, back.end]).toEqual([first + 1, anchor + 1]);
        const typed = type(s, String(digit), length);
        expect(typed.value).toBe(value.slice(0, first) + digit + value.slice(anchor + 1));
      }),
    );
  });

  it('Ctrl/⌘+arrows, Home and End go to the first or last slot from anywhere', () => {
    fc.assert(
      fc.property(field, fc.nat(8), ([length, value, a], b) => {
        const s = normalizeSelection({ value, start: Math.min(a, b), end: Math.max(a, b) }, length);
        const first = caretAt(value, 0, length);
        const last = caretAt(value, value.length, length);
        for (const mod of ['ctrlKey', 'metaKey'] as const) {
          expect(key(s, 'ArrowLeft', { [mod]: true }, length)).toEqual(first);
          expect(key(s, 'ArrowRight', { [mod]: true }, length)).toEqual(last);
        }
        expect(key(s, 'Home', {}, length)).toEqual(first);
        expect(key(s, 'End', {}, length)).toEqual(last);
        expect(keyMove(s, { key: 'a', ctrlKey: true }, length)).toBeNull();
        // Alt+← is the browser's Back on Windows and Linux: never taken.
        expect(keyMove(s, { key: 'ArrowLeft', altKey: true }, length)).toBeNull();
      }),
    );
  });

  it('a paste overwrites from the caret or selection and truncates at the length', () => {
    fc.assert(
      fc.property(field, fc.nat(8), fc.stringMatching(/^[0-9]{1,10}$/), ([length, value, a], b, paste) => {
        const s = normalizeSelection({ value, start: Math.min(a, b), end: Math.max(a, b) }, length);
        const next = insertText(s, paste, digits(length));
        const code = paste.length > length ? cleanPastedCode(paste, digits(length)) : paste;
        const expected = (value.slice(0, s.start) + code + value.slice(Math.max(s.end, s.start + code.length))).slice(0, length);
        expect(next.value).toBe(expected);
        expect(next).toEqual(caretAt(expected, s.start + code.length, length));
      }),
    );
  });

  it('Backspace and Delete clear the selected slots and close the gap', () => {
    fc.assert(
      fc.property(field, fc.nat(8), ([length, value, a], b) => {
        const s = normalizeSelection({ value, start: Math.min(a, b), end: Math.max(a, b) }, length);
        const rest = s.start === s.end ? value.slice(0, -1) : value.slice(0, s.start) + value.slice(s.end);
        expect(inputEdit(s, 'deleteContentBackward', null, digits(length))!.value).toBe(rest);
        expect(inputEdit(s, 'deleteContentForward', null, digits(length))!.value).toBe(s.start === s.end ? value : rest);
        // Word-delete (Ctrl+Backspace) clears up to the selection's end.
        expect(inputEdit(s, 'deleteWordBackward', null, digits(length))!.value).toBe(value.slice(s.end));
        // Cut and drag stay the browser's, reconciled afterwards.
        expect(inputEdit(s, 'deleteByCut', null, digits(length))).toBeNull();
      }),
    );
  });

  it('repeated Backspace walks left from a slot in the middle, and keeps a caret at the end', () => {
    let s = caretAt('123456', 2, 6);
    s = inputEdit(s, 'deleteContentBackward', null, digits(6))!;
    expect(s).toEqual({ value: '12456', start: 1, end: 2 });
    s = inputEdit(s, 'deleteContentBackward', null, digits(6))!;
    expect(s).toEqual({ value: '1456', start: 0, end: 1 });
    s = inputEdit(caretAt('123456', 5, 6), 'deleteContentBackward', null, digits(6))!;
    expect(s).toEqual({ value: '12345', start: 5, end: 5 });
    expect(type(s, '6')).toEqual({ value: '123456', start: 5, end: 6 });
  });

  it('the scenarios of issue #18, as pure edits', () => {
    const typed = (text: string) => [...text].reduce((s, ch) => type(s, ch), caretAt('', 0, 6));
    // 123, ←, 1 → 121
    expect(type(key(typed('123'), 'ArrowLeft'), '1').value).toBe('121');
    // 123, ←, ←, 9 → 193
    expect(type(key(key(typed('123'), 'ArrowLeft'), 'ArrowLeft'), '9').value).toBe('193');
    // 123456, Shift+← ×2, 1 → 1231
    const shifted = key(key(typed('123456'), 'ArrowLeft', { shiftKey: true }), 'ArrowLeft', { shiftKey: true });
    expect(type(shifted, '1').value).toBe('1231');
    // 12, Home, paste 1111 → 1111
    expect(insertText(key(typed('12'), 'Home'), '1111', digits(6)).value).toBe('1111');
    // 123456, Ctrl+←, 9 → 923456; Ctrl+→ reaches the last slot
    expect(type(key(typed('123456'), 'ArrowLeft', { ctrlKey: true }), '9').value).toBe('923456');
    expect(type(key(key(typed('123456'), 'Home'), 'ArrowRight', { ctrlKey: true }), '9').value).toBe('123459');
  });
});
