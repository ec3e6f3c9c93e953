import { useId } from 'react';
import type { ChangeEvent } from 'react';
import type { RefCallBack, UseFormRegisterReturn } from 'react-hook-form';
import type { Messages } from '../../i18n/messages';
import { useCountries } from './countries';
import { flag } from './shared';
import type { SendCodePart } from './types';

export interface PhoneFieldProps {
  locale: string;
  messages: Messages;
  /** The country select, controlled through react-hook-form. */
  country: { name: string; value: string; onChange: (event: ChangeEvent<HTMLSelectElement>) => void; onBlur: () => void; ref: RefCallBack };
  /** The number, registered with react-hook-form. */
  phone: UseFormRegisterReturn<'phone'>;
  /** Validation or server message for the number, already localised. */
  error?: string;
  autoFocus?: boolean;
  classNames: Partial<Record<SendCodePart, string>>;
}

/**
 * "Phone number": a country selector (its list loads with libphonenumber-js, named in the
 * page's language) and a `type=tel autocomplete=tel` input. What is typed is read against the
 * selected country unless it starts with `+`.
 */
export function PhoneField({ locale, messages, country, phone, error, autoFocus, classNames }: PhoneFieldProps) {
  const id = useId();
  const { countries, loaded } = useCountries(locale, country.value);
  const errorId = `${id}-error`;
  return (
    <div data-part="field" data-kind="phone" data-invalid={flag(!!error)} className={classNames.field}>
      <div data-part="phone">
        <div data-part="country">
          <label htmlFor={`${id}-country`} data-part="label" className={classNames.label}>
            {messages.fields.country}
          </label>
          <select
            id={`${id}-country`}
            data-part="select"
            className={classNames.select}
            autoComplete="country"
            aria-busy={!loaded || undefined}
            aria-describedby={loaded ? undefined : `${id}-loading`}
            name={country.name}
            value={country.value}
            onChange={country.onChange}
            onBlur={country.onBlur}
            ref={country.ref}
          >
            {countries.map((option) => (
              <option key={option.code} value={option.code}>
                {option.label}
              </option>
            ))}
          </select>
          {loaded ? null : (
            <span id={`${id}-loading`} data-part="hint" hidden>
              {messages.status.loadingCountries}
            </span>
          )}
        </div>
        <div data-part="number">
          <label htmlFor={`${id}-phone`} data-part="label" className={classNames.label}>
            {messages.fields.phone}
          </label>
          <input
            id={`${id}-phone`}
            type="tel"
            // Numbers read left to right, also in a right-to-left page.
            dir="ltr"
            autoComplete="tel"
            inputMode="tel"
            autoFocus={autoFocus}
            data-part="input"
            data-invalid={flag(!!error)}
            className={classNames.input}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            {...phone}
          />
        </div>
      </div>
      {error ? (
        <p id={errorId} role="alert" data-part="error" className={classNames.error}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
