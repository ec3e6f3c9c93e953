import type { InputHTMLAttributes, ReactNode } from 'react';
import type { CodePattern } from '../../core/otp/rules';
import type { Theme } from '../../theme/tokens';

/** The styleable parts of OtpInput; each also carries `data-part` with the same name. */
export type OtpInputPart = 'root' | 'label' | 'field' | 'input' | 'slot' | 'caret' | 'separator' | 'hint' | 'error';

/** What one visible slot shows; passed to `render` and `OtpInput.Slot`. */
export interface OtpSlotState {
  index: number;
  /** The character in this slot, or `null` when empty (masked when `mask` is on). */
  char: string | null;
  /** Part of the selection, or where the next character goes. */
  isActive: boolean;
  /** The blinking caret sits at this slot. */
  hasCaret: boolean;
  isFilled: boolean;
  isInvalid: boolean;
  isDisabled: boolean;
}

/** Passed to the `render` prop: everything needed to draw custom slots. */
export interface OtpRenderState {
  slots: OtpSlotState[];
  isFocused: boolean;
  isComplete: boolean;
  value: string;
}

type NativeInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue' | 'onChange' | 'pattern' | 'size' | 'maxLength' | 'minLength' | 'type' | 'children' | 'className'
>;

export interface OtpInputProps extends NativeInputProps {
  /** Number of characters, 4–8. Outside that range: an error in development, clamped in production. @default 6 */
  length?: number;
  /** The code, when controlled. `null` and `undefined` both mean "uncontrolled". */
  value?: string | null;
  /** The initial code, when uncontrolled. @default '' */
  defaultValue?: string;
  /**
   * Called with the new code on every change. (When the props come from react-hook-form's
   * `register()`, see `OtpInputRegisterProps`, it receives a change event instead.)
   */
  onChange?: (value: string) => void;
  /** Called once each time the code becomes complete, and again only after it changes. */
  onComplete?: (code: string) => void;
  /** Allowed characters: `'digits'`, `'alphanumeric'`, or a RegExp tested per character. @default 'digits' */
  pattern?: CodePattern;
  /** Upper-case letters as they are typed. @default false */
  uppercase?: boolean;
  /** Show • instead of the characters. @default false */
  mask?: boolean;
  /** Marks the field invalid: sets `aria-invalid` and `data-invalid`. @default false */
  invalid?: boolean;
  /** An error message shown under the field and linked through `aria-describedby`; implies `invalid`. */
  error?: ReactNode;
  /** A visible label. Without it the field is labelled by `aria-label` (default "Verification code"). */
  label?: ReactNode;
  /** The accessible name when there is no visible label. @default 'Verification code' */
  'aria-label'?: string;
  /** Describes how many characters are expected, for screen readers. @default '6 digits' / '6 characters' */
  hint?: string;
  /** Calls `requestSubmit()` on the enclosing form when the code is complete. @default false */
  autoSubmit?: boolean;
  /** Listens for an SMS code through the WebOTP API where the browser supports it. @default false */
  webOtp?: boolean;
  /** Slot counts after which a separator is drawn, e.g. `3` for "123–456". @default none */
  separatorAfter?: number | readonly number[];
  /** Class for the root element. */
  className?: string;
  /** Design tokens for this field, as `--vk-*` CSS variables on its root. @default the skin's light preset */
  theme?: Theme;
  /** Leave out the skin's `vk` class, so verikit/styles.css does not style this field. @default false */
  unstyled?: boolean;
  /** Classes per part: root, label, field, input, slot, caret, separator, hint, error. */
  classNames?: Partial<Record<OtpInputPart, string>>;
  /**
   * Draw the slots yourself; receives each slot's state. Give each slot element
   * `data-part="slot"` (as `OtpInput.Slot` does) so a click lands on the right one.
   */
  render?: (state: OtpRenderState) => ReactNode;
}

/** The change event react-hook-form's `register()` handler reads: `target.name` and `target.value`. */
export interface OtpChangeEventLike {
  target: { name: string; value: string };
  type: 'change';
}

/**
 * Props as spread from react-hook-form's `register('code')`: its `onChange` expects an event,
 * so OtpInput calls it with `{ target: { name, value }, type: 'change' }`. Recognised by a
 * `name`, an `onBlur` and a ref callback, with no `value`.
 */
export interface OtpInputRegisterProps extends Omit<OtpInputProps, 'onChange' | 'onBlur' | 'name' | 'value' | 'pattern'> {
  /** As in OtpInputProps. A plain string (register()'s progressive `pattern`) is ignored. @default 'digits' */
  pattern?: CodePattern | string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- register()'s own handler type
  onChange: (event: { target: any; type?: any }) => unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- register()'s own handler type
  onBlur: (event: { target: any; type?: any }) => unknown;
  name: string;
  value?: undefined;
}
