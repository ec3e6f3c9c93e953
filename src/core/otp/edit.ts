import type { CodeRules } from './rules';
import { cleanPastedCode, filterCode } from './sanitize';

/** The field's value and its selection, as the browser reports them (start ≤ end). */
export interface CodeEditState {
  value: string;
  start: number;
  end: number;
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/**
 * When the field is full, one slot stays selected so a typed character replaces it, the way
 * input-otp behaves: a collapsed caret at the end selects the last slot.
 */
export function normalizeSelection(state: CodeEditState, length: number): CodeEditState {
  const { value } = state;
  let start = clamp(state.start, 0, value.length);
  let end = clamp(state.end, start, value.length);
  if (value.length >= length && start === end) {
    start = Math.min(start, length - 1);
    end = start + 1;
  }
  return { value, start, end };
}

/** Inserts (pasted or typed) text at the selection, replacing it, and truncates to the length. */
export function insertText(state: CodeEditState, text: string, rules: CodeRules): CodeEditState {
  const clean = cleanPastedCode(text, rules);
  if (!clean) return normalizeSelection(state, rules.length);
  const start = clamp(state.start, 0, state.value.length);
  const end = clamp(state.end, start, state.value.length);
  const merged = state.value.slice(0, start) + clean + state.value.slice(end);
  const value = merged.slice(0, rules.length);
  const caret = Math.min(start + clean.length, value.length);
  return caretAt(value, caret, rules.length);
}

/**
 * Reconciles a raw value the browser produced (typing, autofill, IME) with the rules:
 * disallowed characters are dropped without moving the caret, and the value is truncated.
 * More allowed characters than fit means a whole message arrived at once (autofill of
 * "Your code: 123456"), so it is cleaned like a paste.
 */
export function reconcileValue(raw: string, caret: number, rules: CodeRules): CodeEditState {
  const before = filterCode(raw.slice(0, caret), rules);
  let value = before + filterCode(raw.slice(caret), rules);
  let at = before.length;
  if (value.length > rules.length) at = (value = cleanPastedCode(raw, rules).slice(0, rules.length)).length;
  return caretAt(value, Math.min(at, value.length), rules.length);
}

/** A collapsed caret at `index`, or the slot there when the field is full. */
export function caretAt(value: string, index: number, length: number): CodeEditState {
  return normalizeSelection({ value, start: index, end: index }, length);
}

/** Backspace: removes the selection, or the character (or, with `word`, everything) before the caret. */
export function deleteBackward(state: CodeEditState, length: number, word = false): CodeEditState {
  const { value } = state;
  const start = clamp(state.start, 0, value.length);
  const end = clamp(state.end, start, value.length);
  if (start !== end) return { value: value.slice(0, start) + value.slice(end), start, end: start };
  if (start === 0) return { value, start: 0, end: 0 };
  // Codes have no word boundaries, so a word-delete removes everything before the caret.
  const from = word ? 0 : start - 1;
  const next = value.slice(0, from) + value.slice(start);
  return normalizeSelection({ value: next, start: from, end: from }, length);
}

/** Delete: removes the selection, or the character after the caret. */
export function deleteForward(state: CodeEditState, length: number): CodeEditState {
  const { value } = state;
  const start = clamp(state.start, 0, value.length);
  const end = clamp(state.end, start, value.length);
  if (start !== end) return { value: value.slice(0, start) + value.slice(end), start, end: start };
  const next = value.slice(0, start) + value.slice(start + 1);
  return normalizeSelection({ value: next, start, end: start }, length);
}

/** Moves the caret (or, when full, the selected slot) by `delta`; with `extend`, grows the selection. */
export function moveCaret(state: CodeEditState, delta: number, length: number): CodeEditState {
  const { value } = state;
  const full = value.length >= length;
  const anchor = delta < 0 ? state.start : full ? state.start : state.end;
  const to = clamp(anchor + delta, 0, value.length);
  return normalizeSelection({ value, start: to, end: to }, length);
}

/** The slot a click at slot `index` lands on: a filled slot is selected, an empty one puts the caret after the value. */
export function selectSlot(value: string, index: number, length: number): CodeEditState {
  if (index < value.length) return { value, start: index, end: index + 1 };
  return caretAt(value, value.length, length);
}

/** Dragging from slot `from` to slot `to` selects that range of filled slots. */
export function selectSlotRange(value: string, from: number, to: number, length: number): CodeEditState {
  const lo = clamp(Math.min(from, to), 0, value.length);
  const hi = clamp(Math.max(from, to) + 1, lo, value.length);
  if (lo === hi) return caretAt(value, lo, length);
  return { value, start: lo, end: hi };
}
