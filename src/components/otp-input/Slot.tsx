import type { HTMLAttributes, ReactNode } from 'react';
import { useOtpContext } from './context';
import type { OtpSlotState } from './types';

export interface OtpSlotProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Which slot (0-based) this draws. */
  index: number;
  /** Custom content; receives the slot's state. @default the character and the caret */
  children?: (slot: OtpSlotState) => ReactNode;
}

const flag = (on: boolean) => (on ? '' : undefined);

/** One visible slot. Slots are drawn from the single real input and are never focusable. */
export function OtpSlot({ index, children, className, ...rest }: OtpSlotProps) {
  const ctx = useOtpContext('OtpInput.Slot');
  const slot = ctx.slots[index];
  if (!slot) return null;
  const classes = [ctx.classNames.slot, className].filter(Boolean).join(' ') || undefined;
  return (
    <div
      {...rest}
      className={classes}
      data-part="slot"
      data-index={index}
      data-active={flag(slot.isActive)}
      data-filled={flag(slot.isFilled)}
      data-invalid={flag(slot.isInvalid)}
      data-disabled={flag(slot.isDisabled)}
      aria-hidden="true"
    >
      {children ? (
        children(slot)
      ) : (
        <>
          {slot.char}
          {slot.hasCaret ? <span data-part="caret" className={ctx.classNames.caret} /> : null}
        </>
      )}
    </div>
  );
}

/** A decorative separator between slots. */
export function OtpSeparator({ className, children, ...rest }: HTMLAttributes<HTMLSpanElement>) {
  const ctx = useOtpContext('OtpInput.Separator');
  const classes = [ctx.classNames.separator, className].filter(Boolean).join(' ') || undefined;
  return (
    <span {...rest} className={classes} data-part="separator" aria-hidden="true">
      {children ?? '–'}
    </span>
  );
}
