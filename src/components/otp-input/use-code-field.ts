import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ChangeEvent, ClipboardEvent, KeyboardEvent, MouseEvent, PointerEvent } from 'react';
import {
  caretAt,
  filterCode,
  inputEdit,
  insertText,
  keyMove,
  normalizeSelection,
  reconcileValue,
  selectSlot,
  selectSlotRange,
  type CodeEditState,
  type CodeRules,
} from '../../core/otp';
import { slotIndexAt } from './geometry';
import { watchSelection } from './selection-watch';

// useLayoutEffect warns during SSR in React 18; effects never run there anyway.
const useIsoLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

type Selection = readonly [number, number];

export interface CodeFieldOptions {
  rules: CodeRules;
  /** Controlled value (already sanitised), or undefined when uncontrolled. */
  controlledValue: string | undefined;
  defaultValue: string;
  interactive: boolean;
  emitChange: (value: string) => void;
}

/**
 * The field's state around one real <input>: value, selection, focus and IME drafts, plus the
 * event handlers that keep the browser's own editing while enforcing the code rules.
 * The editing rules themselves are pure functions in core/otp.
 */
export function useCodeField({ rules, controlledValue, defaultValue, interactive, emitChange }: CodeFieldOptions) {
  const inputRef = useRef<HTMLInputElement | null>(null);
  const fieldRef = useRef<HTMLDivElement | null>(null);
  const [internal, setInternal] = useState(() => filterCode(defaultValue, rules).slice(0, rules.length));
  const value = controlledValue ?? internal;
  const [selection, setSelection] = useState<Selection>([0, 0]);
  const [focused, setFocused] = useState(false);
  // While an IME composes, the raw text must stay in the input or the composition breaks.
  const [draft, setDraft] = useState<string | null>(null);

  // One mutable bag: listeners attached once read the latest props from it, and the pointer,
  // IME and pending-selection bookkeeping never needs a render.
  const m = useRef({
    value,
    rules,
    emitChange,
    controlled: false,
    sel: [0, 0] as Selection,
    pending: null as CodeEditState | null,
    composing: false,
    drag: null as { anchor: number; id: number } | null,
    mouse: true,
  }).current;
  Object.assign(m, { value, rules, emitChange, controlled: controlledValue !== undefined });

  // Stable helpers (created once) so the listeners below never need re-attaching.
  const [api] = useState(() => {
    const select = (s: CodeEditState, dom = true) => {
      if (dom) inputRef.current?.setSelectionRange(s.start, s.end, s.backward ? 'backward' : 'forward');
      // No state update when nothing moved: a selectionchange that merely confirms what a
      // keystroke already rendered must cost no extra React commit.
      if (m.sel[0] !== s.start || m.sel[1] !== s.end) setSelection((m.sel = [s.start, s.end]));
    };
    const commit = (next: CodeEditState) => {
      // Same value (a refused character): only the selection may move, and no render will follow.
      if (next.value === m.value) return select(next);
      if (!m.controlled) setInternal(next.value);
      select(next, false);
      m.pending = next;
      m.emitChange(next.value);
    };
    const read = (el: HTMLInputElement): CodeEditState => ({
      value: m.value,
      start: el.selectionStart ?? 0,
      end: el.selectionEnd ?? 0,
      backward: el.selectionDirection == 'backward',
    });
    /** Sets the whole value, as autofill or WebOTP would. */
    const fill = (text: string) => commit(insertText({ value: '', start: 0, end: 0 }, text, m.rules));
    return { select, commit, read, fill };
  });
  const { select, commit, read } = api;

  // Put the DOM selection where the last edit decided, after React has written the value.
  useIsoLayoutEffect(() => {
    const el = inputRef.current;
    const p = m.pending;
    if (el && p && document.activeElement === el) el.setSelectionRange(p.start, p.end, p.backward ? 'backward' : 'forward');
    m.pending = null;
  });

  useEffect(() => {
    const el = inputRef.current!;
    // Every edit the browser announces with a cancelable beforeinput (typing, Backspace, Delete,
    // on hardware and on-screen keyboards alike) goes through the pure editing model instead of
    // the browser's text editing: typing overwrites the selected slot, a refused character never
    // moves the caret. IME compositions are left alone (they can't be cancelled).
    const onBeforeInput = (event: InputEvent) => {
      if (event.isComposing || m.composing) return;
      const next = inputEdit(read(el), event.inputType, event.data, m.rules);
      if (!next) return;
      event.preventDefault();
      commit(next);
    };
    el.addEventListener('beforeinput', onBeforeInput);
    // Keep our picture of the selection in sync with one the browser made (select-all, touch,
    // assistive technology), normalised to the model: a caret on a filled slot selects it.
    const unwatch = watchSelection(el, () => {
      if (m.composing) return;
      const s = read(el);
      if (s.start === m.sel[0] && s.end === m.sel[1]) return;
      const n = normalizeSelection(s, m.rules.length);
      select(n, n.start !== s.start || n.end !== s.end);
    });
    return () => {
      el.removeEventListener('beforeinput', onBeforeInput);
      unwatch();
    };
  }, [commit, read, select, m]);

  const slotAt = (event: { clientX: number; clientY: number }) => slotIndexAt(fieldRef.current!, event.clientX, event.clientY);

  const onChange = (event: ChangeEvent<HTMLInputElement> | { currentTarget: HTMLInputElement }) => {
    const el = event.currentTarget;
    if (m.composing) setDraft(el.value);
    else commit(reconcileValue(el.value, el.selectionStart ?? el.value.length, rules));
  };

  const inputHandlers = {
    onChange,
    onCompositionStart() {
      m.composing = true;
    },
    onCompositionEnd(event: { currentTarget: HTMLInputElement }) {
      m.composing = false;
      setDraft(null);
      onChange(event);
    },
    onPaste(event: ClipboardEvent<HTMLInputElement>) {
      // The browser would cut the pasted text at maxLength before we could clean it
      // ("Your code: 123456" would become "Your c"), so pastes are always handled here.
      event.preventDefault();
      if (interactive) commit(insertText(read(event.currentTarget), event.clipboardData.getData('text/plain'), rules));
    },
    onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
      // Arrows, Home and End move the slot selection ourselves, the same in every engine
      // (but not while an IME composes: its candidate list takes the arrows).
      const next = !m.composing && keyMove(read(event.currentTarget), event, rules.length);
      if (!next) return;
      event.preventDefault();
      select(next);
    },
    onFocus(event: { currentTarget: HTMLInputElement }) {
      setFocused(true);
      if (m.drag) return;
      const el = event.currentTarget;
      // Decide after the focusing call returns: select() focuses first and selects after, and Tab
      // into a filled field selects it all. A range someone made is kept, as in a text field;
      // otherwise the caret goes after the last character, or onto the last slot of a full code.
      queueMicrotask(() => {
        if (document.activeElement !== el) return;
        if (el.selectionStart !== el.selectionEnd) select(read(el), false);
        else select(caretAt(m.value, m.value.length, m.rules.length));
      });
    },
    onBlur() {
      setFocused(false);
      m.drag = null;
    },
  };

  function endDrag(event: PointerEvent<HTMLElement>) {
    if (m.drag?.id === event.pointerId) m.drag = null;
  }

  const fieldHandlers = {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      m.mouse = event.pointerType === 'mouse';
      const el = inputRef.current;
      if (!m.mouse || event.button || !el || el.disabled) return;
      // Mouse: we place the caret ourselves (click-to-slot), so stop the browser placing it by text metrics.
      event.preventDefault();
      const anchor = slotAt(event);
      m.drag = { anchor, id: event.pointerId };
      el.focus({ preventScroll: true });
      setFocused(true);
      select(selectSlot(value, anchor, rules.length));
      event.currentTarget.setPointerCapture?.(event.pointerId);
    },
    onMouseDown(event: MouseEvent<HTMLElement>) {
      // Chrome still runs its own drag-to-select after a cancelled pointerdown; cancel the mouse's too.
      if (m.mouse && !event.button) event.preventDefault();
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      if (m.drag?.id === event.pointerId) select(selectSlotRange(value, m.drag.anchor, slotAt(event), rules.length));
    },
    onPointerUp: endDrag,
    onPointerCancel: endDrag,
    onClick(event: MouseEvent<HTMLElement>) {
      // Touch and pen: the browser placed the caret (and opened the keyboard); move it to the tapped slot.
      if (!m.mouse) select(selectSlot(value, slotAt(event), rules.length));
    },
    onDoubleClick() {
      select(normalizeSelection({ value, start: 0, end: value.length }, rules.length));
    },
  };

  return {
    inputRef,
    fieldRef,
    value,
    displayValue: draft ?? value,
    selection,
    focused,
    fill: api.fill,
    inputHandlers,
    fieldHandlers,
  };
}
