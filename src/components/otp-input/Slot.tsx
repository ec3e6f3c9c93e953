import type { HTMLAttributes, ReactNode } from 'react';
import type { OtpSlotState } from './types';

/** `data-*` flags are present-or-absent, so CSS can select `[data-active]`. */
export const flag = (on: boolean) => (on ? '' : undefined);
export const join = (...parts: unknown[]) => parts.filter(Boolean).join(' ') || undefined;

export interface OtpSlotProps extends OtpSlotState, Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Custom content; receives the slot's state. @default the character, then the caret when it is here */
  children?: (slot: OtpSlotState) => ReactNode;
  /** Class for the caret element. */
  caretClassName?: string;
}

/**
 * One visible slot, drawn from a slot state that `render` hands you:
 * `render={({ slots }) => slots.map((s) => <OtpInput.Slot key={s.index} {...s} />)}`.
 * Slots are never focusable: the one real input takes every key and click.
 */
export function OtpSlot({ index, char, isActive, hasCaret, isFilled, isInvalid, isDisabled, children, caretClassName, ...rest }: OtpSlotProps) {
  const slot = { index, char, isActive, hasCaret, isFilled, isInvalid, isDisabled };
  return (
    <div
      {...rest}
      data-part="slot"
      data-active={flag(isActive)}
      data-filled={flag(isFilled)}
      data-invalid={flag(isInvalid)}
      data-disabled={flag(isDisabled)}
      aria-hidden="true"
    >
      {children ? children(slot) : char}
      {!children && hasCaret ? <span data-part="caret" className={caretClassName} /> : null}
    </div>
  );
}

/** A decorative separator between slots. @default content '–' */
export function OtpSeparator({ children, ...rest }: HTMLAttributes<HTMLSpanElement>) {
  return (
    <span {...rest} data-part="separator" aria-hidden="true">
      {children ?? '–'}
    </span>
  );
}
