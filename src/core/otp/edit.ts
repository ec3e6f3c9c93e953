import type { CodeRules } from './rules';
import { cleanPastedCode, filterCode } from './sanitize';

/**
 * The field's value and its selection (start ≤ end). `backward` says the selection grows from
 * its start (it was extended with Shift+← or Shift+Home), as the DOM's `selectionDirection`.
 *
 * The editing model, as in box-per-digit fields: a caret on a filled slot selects that slot,
 * so typing replaces it and moves on. Only after the last character (where the next one goes)
 * is the caret a plain caret; a full field always has a slot selected.
 */
export interface CodeEditState {
  value: string;
  start: number;
  end: number;
  backward?: boolean;
}

/** A key that moves the selection: one slot left or right, or to the first or last slot. */
export type CodeMove = -1 | 1 | 'first' | 'last';

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** Applies the model's one rule to any selection: a collapsed caret on a filled slot (or past a full code) selects that slot. */
export function normalizeSelection(state: CodeEditState, length: number): CodeEditState {
  const { value } = state;
  let start = clamp(state.start, 0, value.length);
  let end = clamp(state.end, start, value.length);
  if (start === end && (start < value.length || value.length >= length)) end = (start = Math.min(start, length - 1)) + 1;
  return end - start > 1 && state.backward ? { value, start, end, backward: true } : { value, start, end };
}

/** A caret at `index`, normalised: the slot there when it is filled. */
export function caretAt(value: string, index: number, length: number): CodeEditState {
  return normalizeSelection({ value, start: index, end: index }, length);
}

/**
 * Typing and pasting overwrite from the selection: the text replaces the selected slots and
 * the ones after them, the rest is kept, and the result is truncated to the length. The
 * selection then moves on to the slot after the text.
 */
export function insertText(state: CodeEditState, text: string, rules: CodeRules): CodeEditState {
  const s = normalizeSelection(state, rules.length);
  const clean = cleanPastedCode(text, rules);
  if (!clean) return s;
  const { value, start, end } = s;
  const next = value.slice(0, start) + clean + value.slice(Math.max(end, start + clean.length));
  return caretAt(next.slice(0, rules.length), start + clean.length, rules.length);
}

/**
 * Reconciles a raw value the browser produced without a cancelable `beforeinput` (autofill,
 * IME, some drivers) with the rules: disallowed characters are dropped without moving the
 * caret, and the value is truncated. More allowed characters than fit means a whole message
 * arrived at once (autofill of "Your code: 123456"), so it is cleaned like a paste.
 */
export function reconcileValue(raw: string, caret: number, rules: CodeRules): CodeEditState {
  const before = filterCode(raw.slice(0, caret), rules);
  let value = before + filterCode(raw.slice(caret), rules);
  let at = before.length;
  if (value.length > rules.length) at = (value = cleanPastedCode(raw, rules).slice(0, rules.length)).length;
  return caretAt(value, at, rules.length);
}

/**
 * Backspace clears the selected slots and closes the gap. After one slot, the slot before it is
 * selected, so repeated presses walk left as in a box-per-digit field; after the last character
 * the caret stays where the next one goes. `word` (Ctrl/Alt/⌘+Backspace) clears everything up
 * to the selection's end, since codes have no words.
 */
export function deleteBackward(state: CodeEditState, length: number, word = false): CodeEditState {
  const { value, start, end } = normalizeSelection(state, length);
  if (word) return caretAt(value.slice(end), 0, length);
  const from = start === end ? start - 1 : start;
  if (from < 0) return { value, start, end };
  const next = value.slice(0, from) + value.slice(end);
  return caretAt(next, end - start === 1 && from < next.length ? from - 1 : from, length);
}

/** Delete clears the selected slots and closes the gap; the slot that moves in is selected. */
export function deleteForward(state: CodeEditState, length: number): CodeEditState {
  const { value, start, end } = normalizeSelection(state, length);
  return caretAt(value.slice(0, start) + value.slice(end), start, length);
}

/**
 * Moves the selection one slot, or to the first or last slot (Home/End, Ctrl/⌘+arrows). With
 * `extend` (Shift), the selection grows or shrinks slot by slot from its anchor slot.
 */
export function moveCaret(state: CodeEditState, move: CodeMove, length: number, extend = false): CodeEditState {
  const s = normalizeSelection(state, length);
  const { value, start, end } = s;
  const last = value.length - 1;
  if (extend) {
    // A plain caret sits after the last character: Shift+← starts from the slot before it.
    if (start === end && (move === 1 || move === 'last' || last < 0)) return s;
    const backward = start === end || (end - start > 1 && s.backward);
    const anchor = backward ? end - 1 : start;
    const focus = clamp(move === 'first' ? 0 : move === 'last' ? last : (start === end ? end : backward ? start : end - 1) + move, 0, last);
    return normalizeSelection({ value, start: Math.min(anchor, focus), end: Math.max(anchor, focus) + 1, backward: focus < anchor }, length);
  }
  if (move === 'first') return caretAt(value, 0, length);
  if (move === 'last') return caretAt(value, value.length, length);
  // A range collapses to its first or last edge, as in a text field; a slot or caret steps by one.
  const range = end - start > 1;
  return caretAt(value, move < 0 ? (range ? start : start - 1) : range ? end : start + 1, length);
}

/** A key as `keydown` reports it. */
export interface CodeKey {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/**
 * The keys the field moves the selection for itself, in every engine alike (Firefox collapses a
 * one-slot selection on Ctrl+arrow instead of jumping). `null` leaves the key to the browser:
 * any other key, and Alt+anything (Alt+← is Back on Windows and Linux).
 */
export function keyMove(state: CodeEditState, key: CodeKey, length: number): CodeEditState | null {
  if (key.altKey) return null;
  const jump = key.ctrlKey || key.metaKey;
  const moves: Record<string, CodeMove> = {
    ArrowLeft: jump ? 'first' : -1,
    ArrowRight: jump ? 'last' : 1,
    Home: 'first',
    End: 'last',
    ArrowUp: 'first',
    ArrowDown: 'last',
  };
  const move = moves[key.key];
  return move == null ? null : moveCaret(state, move, length, key.shiftKey);
}

/**
 * What one `beforeinput` does to the code, by its `inputType`; `null` leaves it to the browser
 * (cut, drag, undo), whose result `reconcileValue` then cleans. A replacement (autofill in
 * some engines) replaces the whole code.
 */
export function inputEdit(state: CodeEditState, inputType: string, data: string | null, rules: CodeRules): CodeEditState | null {
  if (inputType.startsWith('insert')) {
    return data == null ? null : insertText(inputType == 'insertReplacementText' ? { value: '', start: 0, end: 0 } : state, data, rules);
  }
  // deleteContentBackward is one character; deleteWord/SoftLine/HardLineBackward clear to the start.
  if (inputType.endsWith('Backward')) return deleteBackward(state, rules.length, inputType != 'deleteContentBackward');
  return inputType.endsWith('Forward') ? deleteForward(state, rules.length) : null;
}

/** The slot a click at slot `index` lands on: a filled slot is selected, an empty one puts the caret after the value. */
export function selectSlot(value: string, index: number, length: number): CodeEditState {
  return caretAt(value, Math.min(index, value.length), length);
}

/** Dragging from slot `from` to slot `to` selects that range of filled slots. */
export function selectSlotRange(value: string, from: number, to: number, length: number): CodeEditState {
  const lo = clamp(Math.min(from, to), 0, value.length);
  const hi = clamp(Math.max(from, to) + 1, lo, value.length);
  return normalizeSelection({ value, start: lo, end: hi }, length);
}
