import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ChangeEvent, ClipboardEvent, KeyboardEvent, MouseEvent, PointerEvent } from 'react';
import {
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

// useLayoutEffect warns during SSR; effects never run there anyway.
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
 * The field's state machine around one real <input>: value, selection, focus, IME drafts, and the
 * event handlers that keep the browser's editing behaviour while enforcing the code rules.
 * The editing rules themselves are pure functions in core/otp.
 */
export function useCodeField({ rules, controlledValue, defaultValue, interactive, emitChange }: CodeFieldOptions) {
  const inputRef = useRef<HTMLInputElement | null>(null);
  const fieldRef = useRef<HTMLDivElement | null>(null);
  const [internal, setInternal] = useState(() => filterCode(defaultValue ?? '', rules).slice(0, rules.length));
  const value = controlledValue ?? internal;
  const [selection, setSelection] = useState<Selection>([value.length, value.length]);
  const [focused, setFocused] = useState(false);
  // While an IME composes, the raw text must stay in the input or the composition breaks.
  const [draft, setDraft] = useState<string | null>(null);
  const composing = useRef(false);
  const pendingSelection = useRef<Selection | null>(null);
  const drag = useRef<{ anchor: number; pointerId: number } | null>(null);
  const lastPointerType = useRef<string>('mouse');

  // Event listeners attached once read the latest state through this ref.
  const latest = useRef({ value, rules, interactive, emitChange, controlled: controlledValue !== undefined });
  latest.current = { value, rules, interactive, emitChange, controlled: controlledValue !== undefined };

  const selectionRef = useRef<Selection>(selection);
  const storeSelection = useCallback((start: number, end: number) => {
    // Skip the state update entirely when nothing moved: a selectionchange that merely confirms
    // what a keystroke already rendered must cost no extra commit (even a bailed-out setState can).
    const prev = selectionRef.current;
    if (prev[0] === start && prev[1] === end) return;
    selectionRef.current = [start, end];
    setSelection(selectionRef.current);
  }, []);

  const commit = useCallback(
    (next: CodeEditState) => {
      const { value: current, controlled, emitChange: emit } = latest.current;
      if (!controlled) setInternal(next.value);
      storeSelection(next.start, next.end);
      pendingSelection.current = [next.start, next.end];
      if (next.value !== current) emit(next.value);
    },
    [storeSelection],
  );

  const readState = (el: HTMLInputElement): CodeEditState => ({
    value: latest.current.value,
    start: el.selectionStart ?? el.value.length,
    end: el.selectionEnd ?? el.value.length,
  });

  const select = useCallback(
    (next: CodeEditState) => {
      const el = inputRef.current;
      if (!el) return;
      el.setSelectionRange(next.start, next.end);
      storeSelection(next.start, next.end);
    },
    [storeSelection],
  );

  // Put the DOM selection where the last edit decided, after React has written the value.
  useIsoLayoutEffect(() => {
    const el = inputRef.current;
    const pending = pendingSelection.current;
    if (!el || !pending) return;
    pendingSelection.current = null;
    if (document.activeElement === el && (el.selectionStart !== pending[0] || el.selectionEnd !== pending[1])) {
      el.setSelectionRange(pending[0], pending[1]);
    }
  });

  // A controlled value changed from outside: keep the selection inside it.
  useEffect(() => {
    const [start, end] = selectionRef.current;
    storeSelection(Math.min(start, value.length), Math.min(end, value.length));
  }, [value, storeSelection]);

  // beforeinput is the one place a typed character can be refused before the browser inserts it,
  // so the caret never moves for a rejected character and a selected slot is never lost.
  useEffect(() => {
    const el = inputRef.current;
    if (!el) return;
    const onBeforeInput = (event: InputEvent) => {
      if (!event.inputType.startsWith('insert') || event.data == null || event.isComposing) return;
      const { rules: r } = latest.current;
      const cleaned = filterCode(event.data, r);
      if (cleaned === event.data && cleaned.length <= 1) return;
      event.preventDefault();
      if (cleaned) commit(insertText(readState(el), event.data, r));
    };
    el.addEventListener('beforeinput', onBeforeInput);
    return () => el.removeEventListener('beforeinput', onBeforeInput);
  }, [commit]);

  // Keep our picture of the selection in sync with the browser (keyboard, Home/End, select-all).
  useEffect(() => {
    if (!focused) return;
    const el = inputRef.current;
    if (!el) return;
    const onSelectionChange = () => {
      if (document.activeElement !== el || composing.current) return;
      const state = normalizeSelection(readState(el), latest.current.rules.length);
      if (el.selectionStart !== state.start || el.selectionEnd !== state.end) {
        el.setSelectionRange(state.start, state.end);
      }
      storeSelection(state.start, state.end);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [focused, storeSelection]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const el = event.currentTarget;
    if (composing.current) {
      setDraft(el.value);
      return;
    }
    commit(reconcileValue(el.value, el.selectionStart ?? el.value.length, rules, value));
  };

  const onCompositionStart = () => {
    composing.current = true;
  };

  const onCompositionEnd = (event: { currentTarget: HTMLInputElement }) => {
    composing.current = false;
    const el = event.currentTarget;
    setDraft(null);
    commit(reconcileValue(el.value, el.selectionStart ?? el.value.length, rules, value));
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    // The browser would truncate the pasted text to maxLength before we could clean it
    // ("Your code: 123456" would become "Your c"), so pastes are always handled here.
    event.preventDefault();
    if (!interactive) return;
    commit(insertText(readState(event.currentTarget), event.clipboardData.getData('text/plain'), rules));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const el = event.currentTarget;
    const start = el.selectionStart ?? 0;
    const end = el.selectionEnd ?? 0;
    const full = value.length >= rules.length;
    if (!full || end - start !== 1 || event.shiftKey || event.altKey || event.metaKey || event.ctrlKey) return;
    // When full, one slot stays selected; the arrows move that selection slot by slot.
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      const to = event.key === 'ArrowLeft' ? Math.max(0, start - 1) : Math.min(rules.length - 1, start + 1);
      select({ value, start: to, end: to + 1 });
    }
  };

  const onFocus = () => {
    setFocused(true);
    const el = inputRef.current;
    if (!el || drag.current) return;
    // Keyboard focus lands after the last character, or on the last slot of a full code.
    select(normalizeSelection({ value, start: value.length, end: value.length }, rules.length));
  };

  const onBlur = () => {
    setFocused(false);
    drag.current = null;
  };

  const slotAt = (clientX: number) => (fieldRef.current ? slotIndexAt(fieldRef.current, clientX, rules.length) : 0);

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    lastPointerType.current = event.pointerType;
    const el = inputRef.current;
    if (!el || el.disabled || event.button !== 0 || event.pointerType !== 'mouse') return;
    // Mouse: we place the caret ourselves (click-to-slot), so stop the browser placing it by text metrics.
    event.preventDefault();
    const index = slotAt(event.clientX);
    drag.current = { anchor: index, pointerId: event.pointerId };
    if (document.activeElement !== el) el.focus({ preventScroll: true });
    setFocused(true);
    select(selectSlot(value, index, rules.length));
    event.currentTarget.setPointerCapture?.(event.pointerId);
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    select(selectSlotRange(value, current.anchor, slotAt(event.clientX), rules.length));
  };

  const onMouseDown = (event: MouseEvent<HTMLElement>) => {
    // Chrome still runs its own drag-to-select after a cancelled pointerdown; the mouse's own
    // default must be cancelled too or a drag extends the selection by text metrics.
    if (event.button === 0 && lastPointerType.current === 'mouse') event.preventDefault();
  };

  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    if (drag.current?.pointerId === event.pointerId) drag.current = null;
  };

  const onClick = (event: MouseEvent<HTMLElement>) => {
    // Touch and pen: the browser placed the caret (and opened the keyboard); move it to the tapped slot.
    if (lastPointerType.current === 'mouse') return;
    select(selectSlot(value, slotAt(event.clientX), rules.length));
  };

  const onDoubleClick = () => {
    select({ value, start: 0, end: value.length });
  };

  /** Sets the whole value, as autofill or WebOTP would. */
  const setFromOutside = useCallback(
    (text: string) => {
      const el = inputRef.current;
      const base = { value: '', start: 0, end: 0 };
      commit(insertText(base, text, latest.current.rules));
      if (el && document.activeElement === el) el.setSelectionRange(0, 0);
    },
    [commit],
  );


  return {
    inputRef,
    fieldRef,
    value,
    displayValue: draft ?? value,
    selection,
    focused,
    setFromOutside,
    inputHandlers: { onChange, onPaste, onKeyDown, onFocus, onBlur, onCompositionStart, onCompositionEnd },
    fieldHandlers: { onMouseDown, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp, onClick, onDoubleClick },
  };
}
