import { useCallback, useId } from 'react';
import { useController, useForm, useWatch } from 'react-hook-form';
import type { FlowError } from '../../core/flow/state';
import { isValidEmail } from '../../core/identifiers/email';
import { normalizePhone } from '../../core/identifiers/phone';
import { identifierKind, type Channel, type IdentifierKind } from '../../core/types';
import { useCooldown } from '../../react/useCooldown';
import type { Formatter } from '../../react/useMessages';
import { PhoneField } from './PhoneField';
import { flag } from './shared';
import { StepContainer, SubmitButton } from './StepContainer';
import type { SendCodePart } from './types';

interface FormValues {
  channel: Channel;
  email: string;
  phone: string;
  country: string;
}

/** What step 1 hands on: the channel chosen and the identifier, the phone already E.164. */
export interface IdentifierSubmission {
  kind: IdentifierKind;
  channel: Channel;
  to: string;
}

export interface IdentifierFormProps {
  /** Id of the step heading that names the form. */
  labelledBy: string;
  channels: readonly Channel[];
  defaultChannel: Channel;
  defaultEmail: string;
  defaultPhone: string;
  defaultCountry: string;
  format: Formatter;
  /** A send is running. */
  busy: boolean;
  sendLabel: string;
  /** The last refusal from the backend (or the flow) for this identifier. */
  error: FlowError | null;
  /** Epoch ms before which no send is allowed (a rate limit's wait). */
  sendAvailableAt: number | null;
  onSubmit: (submission: IdentifierSubmission) => void;
  autoFocus: boolean;
  classNames: Partial<Record<SendCodePart, string>>;
}

/** Errors worth a "Try again": the request may well work a moment later, unchanged. */
export function isRetryable(code: FlowError['code']): boolean {
  return code === 'network' || code === 'timeout' || code === 'unknown';
}

/**
 * Step 1: the email or phone field (and the channel choice when there are several), checked by
 * react-hook-form with messages from the catalog before anything is sent.
 */
export function IdentifierForm(props: IdentifierFormProps) {
  const { channels, format, busy, error, classNames } = props;
  const { messages, locale } = format;
  const id = useId();
  const { register, handleSubmit, control, getValues, formState } = useForm<FormValues>({
    defaultValues: { channel: props.defaultChannel, email: props.defaultEmail, phone: props.defaultPhone, country: props.defaultCountry },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const channel = useWatch({ control, name: 'channel' });
  const wait = useCooldown(props.sendAvailableAt);
  const kind = identifierKind(channel);
  const { field: countryField } = useController({ control, name: 'country' });

  const email = register('email', {
    validate: (value) => {
      if (identifierKind(getValues('channel')) !== 'email') return true;
      if (!value.trim()) return messages.validation.emailRequired;
      return isValidEmail(value) || messages.validation.emailInvalid;
    },
  });
  const phone = register('phone', {
    validate: async (value) => {
      if (identifierKind(getValues('channel')) !== 'phone') return true;
      if (!value.trim()) return messages.validation.phoneRequired;
      try {
        await normalizePhone(value, { defaultCountry: getValues('country') });
        return true;
      } catch (caught) {
        // The phone library could not load (offline): say so rather than blame the number.
        return (caught as { code?: string }).code === 'network' ? messages.errors.network : messages.validation.phoneInvalid;
      }
    },
  });

  const { onSubmit } = props;
  const waiting = wait.isCounting;
  const submit = useCallback(() => {
    if (busy || waiting) return;
    void handleSubmit(async (values) => {
      const chosen = identifierKind(values.channel);
      // Validation passed, so the number parses; the flow normalises the email itself.
      const to = chosen === 'phone' ? await normalizePhone(values.phone, { defaultCountry: values.country }).catch(() => null) : values.email;
      if (to !== null) onSubmit({ kind: chosen, channel: values.channel, to });
    })();
  }, [busy, waiting, handleSubmit, onSubmit]);

  const fieldError = kind === 'email' ? formState.errors.email?.message : formState.errors.phone?.message;
  const emailErrorId = `${id}-email-error`;
  const serverError = error ? format.formatError(error) : null;

  return (
    <StepContainer onSubmit={submit} labelledBy={props.labelledBy} className={classNames.form}>
      {channels.length > 1 ? (
        <fieldset data-part="channels" className={classNames.channels}>
          <legend data-part="label" className={classNames.label}>
            {messages.fields.channel}
          </legend>
          {channels.map((option) => (
            <label key={option} data-part="channel" data-checked={flag(option === channel)}>
              <input type="radio" value={option} {...register('channel')} />
              <span>{messages.channels[option]}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {kind === 'email' ? (
        <div data-part="field" data-kind="email" data-invalid={flag(!!fieldError)} className={classNames.field}>
          <label htmlFor={`${id}-email`} data-part="label" className={classNames.label}>
            {messages.fields.email}
          </label>
          <input
            id={`${id}-email`}
            type="email"
            // Addresses read left to right, also in a right-to-left page.
            dir="ltr"
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            autoCapitalize="off"
            autoFocus={props.autoFocus}
            data-part="input"
            data-invalid={flag(!!fieldError)}
            className={classNames.input}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? emailErrorId : undefined}
            {...email}
          />
          {fieldError ? (
            <p id={emailErrorId} role="alert" data-part="error" className={classNames.error}>
              {fieldError}
            </p>
          ) : null}
        </div>
      ) : (
        <PhoneField
          locale={locale}
          messages={messages}
          country={countryField}
          phone={phone}
          error={fieldError}
          autoFocus={props.autoFocus}
          classNames={classNames}
        />
      )}
      {serverError && error ? (
        <div data-part="error" data-code={error.code} role="alert" className={classNames.error}>
          <p>{serverError}</p>
        </div>
      ) : null}
      <div data-part="actions" className={classNames.actions}>
        <SubmitButton onSubmit={submit} busy={busy} disabled={waiting} className={classNames.button}>
          {busy
            ? messages.actions.sending
            : waiting
              ? format.format(messages.status.sendIn, { time: format.formatDuration(wait.remainingMs) })
              : error && isRetryable(error.code)
                ? messages.actions.retry
                : props.sendLabel}
        </SubmitButton>
      </div>
    </StepContainer>
  );
}
