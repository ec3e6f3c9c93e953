import { useRef, useState } from 'react';
import type { FlowError } from '../../core/flow/state';
import type { Channel, IdentifierKind } from '../../core/types';
import type { Formatter } from '../../react/useMessages';
import type { IdentifierView } from '../../react/useVerificationFlow';
import type { Theme } from '../../theme/tokens';
import { OtpInput } from '../otp-input';
import { ExpiryNote } from './ExpiryNote';
import { isRetryable } from './IdentifierForm';
import { ResendActions } from './ResendActions';
import { changeLabel, flag, useIsomorphicLayoutEffect } from './shared';
import { StepContainer, SubmitButton } from './StepContainer';
import type { SendCodePart } from './types';
import { useDeadline } from './useDeadline';

/** Errors about the code itself: shown on the code field (which turns invalid). */
const CODE_ERRORS: ReadonlySet<FlowError['code']> = new Set(['invalid_code', 'code_expired', 'too_many_attempts']);

export interface CodeStepProps {
  kind: IdentifierKind;
  view: IdentifierView;
  /** Id of the heading that names the step. */
  labelledBy: string;
  /** Id of "We sent a code to …", which describes the code field. */
  describedBy: string;
  length: number;
  format: Formatter;
  verifyLabel: string;
  /** Other phone channels the user may switch to. */
  otherChannels: readonly Channel[];
  /** Focus the code field on mount (the user just asked for the code). */
  autoFocus: boolean;
  onVerify: (code: string) => Promise<unknown>;
  onResend: (channel?: Channel) => Promise<unknown>;
  onChangeIdentifier: () => void;
  onClearError: () => void;
  /** Where focus goes when the code field locks. */
  focusHeading: () => void;
  theme?: Theme;
  unstyled?: boolean;
  classNames: Partial<Record<SendCodePart, string>>;
}

/**
 * Step 2: the code field, Verify (also run by completing the code), Resend with its countdown,
 * and Change. The code lives here, not in the component around it, so a keystroke re-renders
 * this step and its OtpInput only.
 */
export function CodeStep(props: CodeStepProps) {
  const { kind, view, length, format, classNames, onVerify, onResend, onClearError, focusHeading } = props;
  const { messages } = format;
  const [code, setCode] = useState('');
  const [incomplete, setIncomplete] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  // What "Try again" repeats after a network error or timeout.
  const lastAction = useRef<'verify' | 'send'>('verify');
  const expiredLocally = useDeadline(view.expiresAt);

  const error = view.error;
  const locked = error?.code === 'too_many_attempts' || view.attemptsLeft === 0;
  const expired = error?.code === 'code_expired' || (expiredLocally && !error);
  const needsNewCode = locked || expired;

  // A refused code: clear the field for the next try (except after a network failure, where
  // what was typed may well be right), keep focus in it, or move focus off a field that locked.
  // A layout effect, so the refused code and its error are never on screen together.
  useIsomorphicLayoutEffect(() => {
    if (!error || !CODE_ERRORS.has(error.code)) return;
    setCode('');
    if (error.code === 'too_many_attempts') focusHeading();
    else inputRef.current?.focus();
  }, [error, focusHeading]);

  const verify = (value: string) => {
    if (locked || view.isVerifying) return;
    if (value.length < length) {
      setIncomplete(true);
      inputRef.current?.focus();
      return;
    }
    lastAction.current = 'verify';
    void onVerify(value);
  };

  const resend = (channel?: Channel) => {
    lastAction.current = 'send';
    void onResend(channel).then((sent) => {
      if (!sent) return;
      setCode('');
      setIncomplete(false);
      inputRef.current?.focus();
    });
  };

  const onChange = (value: string) => {
    setCode(value);
    if (incomplete) setIncomplete(false);
    // Typing again answers the last refusal; a rate limit stays, its countdown is on Resend.
    if (error && value && error.code !== 'rate_limited') onClearError();
  };

  let codeError: string | undefined;
  if (error && CODE_ERRORS.has(error.code)) codeError = format.formatError(error);
  else if (expiredLocally && !error) codeError = messages.status.codeExpired;
  else if (incomplete) codeError = format.format(messages.validation.codeIncomplete, { length });
  const otherError = error && !CODE_ERRORS.has(error.code) ? error : null;

  return (
    <StepContainer onSubmit={() => verify(code)} labelledBy={props.labelledBy} className={classNames.form}>
      <OtpInput
        ref={inputRef}
        length={length}
        value={code}
        onChange={onChange}
        onComplete={verify}
        label={messages.fields.code}
        hint={format.format(messages.fields.codeHint, { length })}
        aria-describedby={props.describedBy}
        error={codeError}
        disabled={locked}
        autoFocus={props.autoFocus}
        webOtp={view.channel === 'sms'}
        theme={props.theme}
        unstyled={props.unstyled}
        classNames={{ root: classNames.code, label: classNames.label, error: classNames.error }}
        data-locked={flag(locked)}
      />
      {needsNewCode ? null : <ExpiryNote expiresAt={view.expiresAt} format={format} className={classNames.expiry} />}
      {otherError ? (
        <div data-part="error" data-code={otherError.code} role="alert" className={classNames.error}>
          <p>{format.formatError(otherError)}</p>
          {isRetryable(otherError.code) ? (
            <button
              type="button"
              data-part="link"
              data-action="retry"
              className={classNames.link}
              onClick={() => (lastAction.current === 'verify' ? verify(code) : resend())}
            >
              {messages.actions.retry}
            </button>
          ) : null}
        </div>
      ) : null}
      <div data-part="actions" className={classNames.actions}>
        {locked ? null : (
          <SubmitButton onSubmit={() => verify(code)} busy={view.isVerifying} className={classNames.button}>
            {view.isVerifying ? messages.actions.verifying : props.verifyLabel}
          </SubmitButton>
        )}
        <ResendActions
          resendAvailableAt={view.resendAvailableAt}
          needsNewCode={needsNewCode}
          otherChannels={props.otherChannels}
          busy={view.isSending}
          format={format}
          onResend={resend}
          classNames={classNames}
        />
        <button type="button" data-part="link" data-action="change" className={classNames.link} onClick={props.onChangeIdentifier}>
          {changeLabel(messages, kind)}
        </button>
      </div>
    </StepContainer>
  );
}
