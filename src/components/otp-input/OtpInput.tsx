import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  type ForwardedRef,
  type ReactElement,
  type ReactNode,
  type RefAttributes,
} from 'react';
import { isDevelopment } from '../../core/env';
import { filterCode, inputModeFor, resolveCodeLength, type CodePattern, type CodeRules } from '../../core/otp';
import { OtpContext, type OtpContextValue } from './context';
import { OtpSeparator, OtpSlot } from './Slot';
import { fieldStyle, inputStyle, srOnlyStyle } from './styles';
import type { OtpChangeEventLike, OtpInputProps, OtpInputRegisterProps, OtpSlotState } from './types';
import { useCodeField } from './use-code-field';
import { useWebOtp } from './use-web-otp';

const flag = (on: boolean) => (on ? '' : undefined);
const join = (...parts: Array<string | false | null | undefined>) => parts.filter(Boolean).join(' ') || undefined;

function assignRef<T>(ref: ForwardedRef<T>, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

function OtpInputImpl(props: OtpInputProps | OtpInputRegisterProps, forwardedRef: ForwardedRef<HTMLInputElement>) {
  const {
    length: lengthProp,
    value: valueProp,
    defaultValue = '',
    onChange,
    onComplete,
    pattern: patternProp,
    uppercase = false,
    mask = false,
    invalid: invalidProp = false,
    error,
    label,
    'aria-label': ariaLabel,
    'aria-labelledby': ariaLabelledBy,
    'aria-describedby': ariaDescribedBy,
    hint,
    autoSubmit = false,
    webOtp = false,
    separatorAfter,
    className,
    classNames = {},
    render,
    children,
    disabled = false,
    readOnly = false,
    name,
    id: idProp,
    onFocus,
    onBlur,
    onKeyDown,
    onPaste,
    style,
    ...inputRest
  } = props;

  // register()'s progressive-enhancement `pattern` is an HTML pattern string, not ours: ignore it.
  const pattern: CodePattern =
    patternProp === 'alphanumeric' || patternProp instanceof RegExp ? patternProp : 'digits';
  const length = resolveCodeLength(lengthProp, isDevelopment());
  const rules: CodeRules = useMemo(() => ({ length, pattern, uppercase }), [length, pattern, uppercase]);
  const controlledValue =
    valueProp === undefined || valueProp === null ? undefined : filterCode(String(valueProp), rules).slice(0, length);
  const invalid = invalidProp || (error !== undefined && error !== null && error !== false);

  // react-hook-form's register() hands us name + onBlur + a ref callback and expects change events.
  const registerMode = controlledValue === undefined && typeof forwardedRef === 'function' && !!name && !!onBlur;
  const latestProps = useRef({ onChange, onComplete, name, registerMode });
  latestProps.current = { onChange, onComplete, name, registerMode };
  const emitChange = useCallback((next: string) => {
    const { onChange: handler, registerMode: asEvent, name: fieldName } = latestProps.current;
    if (!handler) return;
    const call = handler as (arg: string | OtpChangeEventLike) => unknown;
    call(asEvent ? { target: { name: fieldName ?? '', value: next }, type: 'change' } : next);
  }, []);

  const field = useCodeField({
    rules,
    controlledValue,
    defaultValue,
    interactive: !disabled && !readOnly,
    emitChange,
  });
  const { value, selection, focused } = field;
  const complete = value.length === length;

  // onComplete fires once per completion; the initial value never counts as one.
  const completed = useRef<string | null>(complete ? value : null);
  useEffect(() => {
    if (!complete) {
      completed.current = null;
      return;
    }
    if (completed.current === value) return;
    completed.current = value;
    latestProps.current.onComplete?.(value);
    if (autoSubmit) field.inputRef.current?.form?.requestSubmit();
  }, [complete, value, autoSubmit, field.inputRef]);

  useWebOtp(webOtp && !disabled && !readOnly, complete, field.setFromOutside);

  const autoId = useId();
  const inputId = idProp ?? `${autoId}-input`;
  const hintId = `${autoId}-hint`;
  const errorId = `${autoId}-error`;
  const hintText = hint ?? `${length} ${pattern === 'digits' ? 'digits' : 'characters'}`;

  const [selStart, selEnd] = selection;
  const slots: OtpSlotState[] = useMemo(
    () =>
      Array.from({ length }, (_, index) => {
        const char = value[index] ?? null;
        const collapsed = selStart === selEnd;
        const isActive = focused && (collapsed ? index === Math.min(selStart, length - 1) : index >= selStart && index < selEnd);
        return {
          index,
          char: char === null ? null : mask ? '•' : char,
          isActive,
          hasCaret: focused && collapsed && index === selStart && !disabled,
          isFilled: char !== null,
          isInvalid: invalid,
          isDisabled: disabled,
        };
      }),
    [length, value, selStart, selEnd, focused, mask, invalid, disabled],
  );

  const ctx: OtpContextValue = { slots, isFocused: focused, isComplete: complete, value, classNames };
  const separators = new Set(typeof separatorAfter === 'number' ? [separatorAfter] : (separatorAfter ?? []));

  let content: ReactNode;
  if (render) content = render({ slots, isFocused: focused, isComplete: complete, value });
  else if (children) content = children;
  else {
    content = slots.map((slot) => (
      <OtpSlotWithSeparator key={slot.index} index={slot.index} separator={separators.has(slot.index + 1) && slot.index < length - 1} />
    ));
  }

  return (
    <OtpContext.Provider value={ctx}>
      <div
        className={join(classNames.root, className)}
        style={style}
        data-part="root"
        data-focused={flag(focused)}
        data-complete={flag(complete)}
        data-invalid={flag(invalid)}
        data-disabled={flag(disabled)}
        data-readonly={flag(readOnly)}
      >
        {label ? (
          <label htmlFor={inputId} className={classNames.label} data-part="label">
            {label}
          </label>
        ) : null}
        {/* Codes, emails and numbers read left to right, also inside right-to-left pages. */}
        <div ref={field.fieldRef} dir="ltr" className={classNames.field} data-part="field" style={fieldStyle} {...field.fieldHandlers}>
          {content}
          <input
            {...inputRest}
            ref={(el) => {
              field.inputRef.current = el;
              assignRef(forwardedRef, el);
            }}
            id={inputId}
            type="text"
            name={name}
            value={field.displayValue}
            autoComplete="one-time-code"
            inputMode={inputModeFor(pattern)}
            maxLength={length}
            enterKeyHint="done"
            spellCheck={false}
            autoCorrect="off"
            autoCapitalize={uppercase ? 'characters' : 'off'}
            disabled={disabled}
            readOnly={readOnly}
            aria-label={label || ariaLabelledBy ? ariaLabel : (ariaLabel ?? 'Verification code')}
            aria-labelledby={ariaLabelledBy}
            aria-describedby={join(hintId, invalid && error ? errorId : null, ariaDescribedBy)}
            aria-invalid={invalid || undefined}
            data-part="input"
            data-invalid={flag(invalid)}
            data-disabled={flag(disabled)}
            className={classNames.input}
            style={inputStyle}
            onChange={field.inputHandlers.onChange}
            onPaste={(e) => {
              onPaste?.(e);
              if (!e.defaultPrevented) field.inputHandlers.onPaste(e);
            }}
            onKeyDown={(e) => {
              onKeyDown?.(e);
              if (!e.defaultPrevented) field.inputHandlers.onKeyDown(e);
            }}
            onFocus={(e) => {
              field.inputHandlers.onFocus();
              onFocus?.(e);
            }}
            onBlur={(e) => {
              field.inputHandlers.onBlur();
              onBlur?.(e);
            }}
            onCompositionStart={field.inputHandlers.onCompositionStart}
            onCompositionEnd={field.inputHandlers.onCompositionEnd}
          />
        </div>
        <span id={hintId} data-part="hint" className={classNames.hint} style={srOnlyStyle}>
          {hintText}
        </span>
        {invalid && error ? (
          <div id={errorId} data-part="error" className={classNames.error} role="alert">
            {error}
          </div>
        ) : null}
      </div>
    </OtpContext.Provider>
  );
}

function OtpSlotWithSeparator({ index, separator }: { index: number; separator: boolean }) {
  return (
    <>
      <OtpSlot index={index} />
      {separator ? <OtpSeparator /> : null}
    </>
  );
}

interface OtpInputComponent {
  (props: OtpInputProps & RefAttributes<HTMLInputElement>): ReactElement | null;
  (props: OtpInputRegisterProps & RefAttributes<HTMLInputElement>): ReactElement | null;
  displayName?: string;
}

/**
 * A one-time-code field: one real `<input>` (so autofill, password managers, paste and screen
 * readers see one field) drawn as slots. Click a slot to fix one character.
 */
export const OtpInput = Object.assign(forwardRef(OtpInputImpl) as unknown as OtpInputComponent, {
  /** One visible slot, for custom layouts: `<OtpInput><OtpInput.Slot index={0} />…</OtpInput>`. */
  Slot: OtpSlot,
  /** A decorative separator between custom slots. */
  Separator: OtpSeparator,
});
OtpInput.displayName = 'OtpInput';
