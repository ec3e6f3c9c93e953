import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useRef,
  type CSSProperties,
  type ForwardedRef,
  type ReactElement,
  type ReactNode,
  type RefAttributes,
  type SyntheticEvent,
} from 'react';
import { isDevelopment } from '../../core/env';
import { filterCode, inputModeFor, resolveCodeLength, type CodePattern, type CodeRules } from '../../core/otp';
import { flag, join, OtpSeparator, OtpSlot } from './Slot';
import { themeStyle } from '../../theme/tokens';
import { inputStyle, srOnlyStyle } from './styles';
import type { OtpChangeEventLike, OtpInputProps, OtpInputRegisterProps, OtpSlotState } from './types';
import { useCodeField } from './use-code-field';
import { useWebOtp } from './use-web-otp';

/** Runs the caller's handler first; ours runs unless the caller prevented the default. */
function chain<E extends SyntheticEvent>(theirs: ((e: E) => void) | undefined, ours: (e: E) => void) {
  return (event: E) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
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
    mask,
    invalid: invalidProp,
    error,
    label,
    'aria-label': ariaLabel,
    'aria-labelledby': ariaLabelledBy,
    'aria-describedby': ariaDescribedBy,
    hint,
    autoSubmit,
    webOtp,
    separatorAfter,
    className,
    style,
    theme,
    unstyled,
    classNames = {},
    render,
    disabled = false,
    readOnly,
    name,
    id,
    onFocus,
    onBlur,
    onKeyDown,
    onPaste,
    ...inputRest
  } = props;

  // register()'s progressive-enhancement `pattern` is an HTML pattern string, not ours: ignore it.
  const pattern: CodePattern = patternProp === 'alphanumeric' || patternProp instanceof RegExp ? patternProp : 'digits';
  const length = resolveCodeLength(lengthProp, isDevelopment());
  const rules: CodeRules = { length, pattern, uppercase };
  const controlledValue = valueProp == null ? undefined : filterCode(String(valueProp), rules).slice(0, length);
  const invalid = !!(invalidProp || error);

  // react-hook-form's register() hands us name + onBlur + a ref callback and expects change events.
  const latest = useRef({ onChange, onComplete, name, asEvent: false });
  latest.current = { onChange, onComplete, name, asEvent: !controlledValue && typeof forwardedRef == 'function' && !!name && !!onBlur };
  const emitChange = useCallback((next: string) => {
    const { onChange: handler, asEvent, name: fieldName } = latest.current;
    (handler as ((arg: string | OtpChangeEventLike) => unknown) | undefined)?.(
      asEvent ? { target: { name: fieldName ?? '', value: next }, type: 'change' } : next,
    );
  }, []);

  const field = useCodeField({ rules, controlledValue, defaultValue, interactive: !disabled && !readOnly, emitChange });
  const { value, focused, inputRef } = field;
  const complete = value.length === length;

  // onComplete fires once per completion; the initial value never counts as one.
  const completed = useRef(complete ? value : null);
  useEffect(() => {
    if (!complete) completed.current = null;
    else if (completed.current !== value) {
      completed.current = value;
      latest.current.onComplete?.(value);
      if (autoSubmit) inputRef.current?.form?.requestSubmit();
    }
  }, [complete, value, autoSubmit, inputRef]);

  useWebOtp(!!webOtp && !disabled && !readOnly, complete, field.fill);

  const autoId = useId();
  const inputId = id ?? autoId + 'i';
  const hintId = autoId + 'h';
  const errorId = autoId + 'e';

  const start = Math.min(field.selection[0], value.length);
  const end = Math.min(field.selection[1], value.length);
  const slots: OtpSlotState[] = [];
  for (let index = 0; index < length; index += 1) {
    const char = value[index] ?? null;
    slots.push({
      index,
      char: char && mask ? '•' : char,
      isActive: focused && (start === end ? index === Math.min(start, length - 1) : index >= start && index < end),
      hasCaret: focused && start === end && index === start && !disabled,
      isFilled: !!char,
      isInvalid: invalid,
      isDisabled: disabled,
    });
  }
  const state = { slots, isFocused: focused, isComplete: complete, value };
  const separators = ([] as number[]).concat(separatorAfter ?? []);
  // The skin sizes slots from these: slots plus half a slot per separator drawn, and the gaps between.
  const separatorAt = (index: number) => index < length - 1 && separators.includes(index + 1);
  const drawn = slots.filter((slot) => separatorAt(slot.index)).length;
  const sizing = { '--vk-cells': length + drawn / 2, '--vk-gaps': length + drawn - 1 } as CSSProperties;

  const content: ReactNode = render
    ? render(state)
    : slots.flatMap((slot) => [
        <OtpSlot key={slot.index} {...slot} className={classNames.slot} caretClassName={classNames.caret} />,
        separatorAt(slot.index) ? (
          <OtpSeparator key={'s' + slot.index} className={classNames.separator} />
        ) : null,
      ]);

  return (
      <div
        className={join(!unstyled && 'vk', classNames.root, className)}
        style={{ ...sizing, ...themeStyle(theme, style) }}
        data-color-scheme={theme?.colorScheme}
        data-scope="otp-input"
        data-part="root"
        data-focused={flag(focused)}
        data-complete={flag(complete)}
        data-invalid={flag(invalid)}
        data-disabled={flag(disabled)}
      >
        {label ? (
          <label htmlFor={inputId} className={classNames.label} data-part="label">
            {label}
          </label>
        ) : null}
        {/* Codes, emails and numbers read left to right, also inside right-to-left pages. */}
        <div
          ref={field.fieldRef}
          dir="ltr"
          className={classNames.field}
          data-part="field"
          style={{ position: 'relative' }}
          {...field.fieldHandlers}
        >
          {content}
          <input
            {...inputRest}
            ref={(el) => {
              inputRef.current = el;
              if (typeof forwardedRef == 'function') forwardedRef(el);
              else if (forwardedRef) forwardedRef.current = el;
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
            aria-describedby={join(hintId, invalid && error && errorId, ariaDescribedBy)}
            aria-invalid={invalid || undefined}
            data-part="input"
            data-invalid={flag(invalid)}
            data-disabled={flag(disabled)}
            className={classNames.input}
            style={inputStyle}
            {...field.inputHandlers}
            onPaste={chain(onPaste, field.inputHandlers.onPaste)}
            onKeyDown={chain(onKeyDown, field.inputHandlers.onKeyDown)}
            onFocus={chain(onFocus, field.inputHandlers.onFocus)}
            onBlur={chain(onBlur, field.inputHandlers.onBlur)}
          />
        </div>
        <span id={hintId} data-part="hint" className={classNames.hint} style={srOnlyStyle}>
          {hint ?? `${length} ${pattern == 'digits' ? 'digits' : 'characters'}`}
        </span>
        {invalid && error ? (
          <div id={errorId} data-part="error" className={classNames.error} role="alert">
            {error}
          </div>
        ) : null}
      </div>
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
  /** One visible slot for custom layouts: `render={({ slots }) => slots.map((s) => <OtpInput.Slot key={s.index} {...s} />)}`. */
  Slot: OtpSlot,
  /** A decorative separator between custom slots. */
  Separator: OtpSeparator,
});
OtpInput.displayName = 'OtpInput';
