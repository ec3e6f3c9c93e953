import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ChangeEvent, ClipboardEvent, KeyboardEvent, MouseEvent, PointerEvent } from 'react';
import {
  caretAt,
  filterCode,
  insertText,
  normalizeSelection,
  reconcileValue,
  selectSlot,
  selectSlotRange,
  type CodeEditState,
  type CodeRules,
} from '../../core/otp';
import { slotIndexAt } from './geometry';

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
    pending: null as Selection | null,
    composing: false,
    drag: null as { anchor: number; id: number } | null,
    mouse: true,
  }).current;
  Object.assign(m, { value, rules, emitChange, controlled: controlledValue !== undefined });

  // Stable helpers (created once) so the listeners below never need re-attaching.
  const [api] = useState(() => {
    const select = (start: number, end: number, dom = true) => {
      if (dom) inputRef.current?.setSelectionRange(start, end);
      // No state update when nothing moved: a selectionchange that merely confirms what a
      // keystroke already rendered must cost no extra React commit.
      if (m.sel[0] !== start || m.sel[1] !== end) setSelection((m.sel = [start, end]));
    };
    const commit = (next: CodeEditState) => {
      if (!m.controlled) setInternal(next.value);
      select(next.start, next.end, false);
      m.pending = [next.start, next.end];
      if (next.value !== m.value) m.emitChange(next.value);
    };
    const read = (el: HTMLInputElement): CodeEditState => ({
      value: m.value,
      start: el.selectionStart ?? 0,
      end: el.selectionEnd ?? 0,
    });
    /** Sets the whole value, as autofill or WebOTP would. */
    const fill = (text: string) => commit(insertText({ value: '', start: 0, end: 0 }, text, m.rules));
    return { select, commit, read, fill };
  });
  const { select, commit, read } = api;
  const selectState = (s: CodeEditState) => select(s.start, s.end);

  // Put the DOM selection where the last edit decided, after React has written the value.
  useIsoLayoutEffect(() => {
    const el = inputRef.current;
    if (el && m.pending && document.activeElement === el) el.setSelectionRange(m.pending[0], m.pending[1]);
    m.pending = null;
  });

  useEffect(() => {
    const el = inputRef.current!;
    // beforeinput is the one place a typed character can be refused before the browser inserts it,
    // so the caret never moves for a rejected character and a selected slot is never lost.
    const onBeforeInput = (event: InputEvent) => {
      const data = event.data;
      if (!event.inputType.startsWith('insert') || data == null || event.isComposing) return;
      const cleaned = filterCode(data, m.rules);
      if (cleaned === data && data.length < 2) return;
      event.preventDefault();
      if (cleaned) commit(insertText(read(el), data, m.rules));
    };
    // Keep our picture of the selection in sync with the browser (Home/End, Shift+arrows, select-all).
    const onSelectionChange = () => {
      if (document.activeElement !== el || m.composing) return;
      const s = normalizeSelection(read(el), m.rules.length);
      select(s.start, s.end, el.selectionStart !== s.start || el.selectionEnd !== s.end);
    };
    el.addEventListener('beforeinput', onBeforeInput);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      el.removeEventListener('beforeinput', onBeforeInput);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [commit, read, select, m]);

  const slotAt = (x: number) => slotIndexAt(fieldRef.current!, x);

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
      const { key, currentTarget: el } = event;
      const start = el.selectionStart ?? 0;
      // When full, one slot stays selected; the arrows move that selection slot by slot.
      if (
        (key === 'ArrowLeft' || key === 'ArrowRight') &&
        value.length >= rules.length &&
        (el.selectionEnd ?? 0) - start === 1 &&
        !(event.shiftKey || event.altKey || event.metaKey || event.ctrlKey)
      ) {
        event.preventDefault();
        const to = Math.min(rules.length - 1, Math.max(0, start + (key === 'ArrowLeft' ? -1 : 1)));
        select(to, to + 1);
      }
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
        if (el.selectionStart !== el.selectionEnd) select(el.selectionStart ?? 0, el.selectionEnd ?? 0, false);
        else selectState(caretAt(m.value, m.value.length, m.rules.length));
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
      const anchor = slotAt(event.clientX);
      m.drag = { anchor, id: event.pointerId };
      el.focus({ preventScroll: true });
      setFocused(true);
      selectState(selectSlot(value, anchor, rules.length));
      event.currentTarget.setPointerCapture?.(event.pointerId);
    },
    onMouseDown(event: MouseEvent<HTMLElement>) {
      // Chrome still runs its own drag-to-select after a cancelled pointerdown; cancel the mouse's too.
      if (m.mouse && !event.button) event.preventDefault();
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      if (m.drag?.id === event.pointerId) selectState(selectSlotRange(value, m.drag.anchor, slotAt(event.clientX), rules.length));
    },
    onPointerUp: endDrag,
    onPointerCancel: endDrag,
    onClick(event: MouseEvent<HTMLElement>) {
      // Touch and pen: the browser placed the caret (and opened the keyboard); move it to the tapped slot.
      if (!m.mouse) selectState(selectSlot(value, slotAt(event.clientX), rules.length));
    },
    onDoubleClick() {
      select(0, value.length);
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
