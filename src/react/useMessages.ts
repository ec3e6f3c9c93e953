import { useMemo } from 'react';
import { formatDuration, type FormatDurationOptions } from '../core/duration';
import { isVerificationError, type VerificationErrorCode } from '../core/errors';
import { formatMessage, type MessageParams } from '../core/format';
import { numberingLocale, type Numerals } from '../core/numerals';
import { en } from '../i18n/en';
import type { Messages } from '../i18n/messages';
import { useOptionalVerificationContext } from './context';

/** The message catalog in use: the provider's, or English outside a provider. */
export function useMessages(): Messages {
  return useOptionalVerificationContext()?.messages ?? en;
}

/** Anything `formatError` can describe: a VerificationError, a flow error, or whatever was thrown. */
export type ErrorLike = { code: VerificationErrorCode; retryAfterMs?: number; attemptsLeft?: number } | unknown;

export interface Formatter {
  locale: string;
  messages: Messages;
  /** Which digits numbers use: the provider's `numerals`, default `'latn'`. */
  numerals: Numerals;
  /** Fills in a template from the catalog, e.g. `format(messages.status.step, { current: 1, total: 2 })`. */
  format(template: string, params?: MessageParams): string;
  /** A duration for `{time}` ("27 s", "2 min"), in the provider's locale and digits. */
  formatDuration(ms: number, options?: Omit<FormatDurationOptions, 'numerals'>): string;
  /**
   * The localised sentence for an error: never the backend's text. A wrong code with attempts
   * left reads as one sentence (`status.wrongCodeAttemptsLeft`); with none left it reads as
   * `too_many_attempts`. `rate_limited` carries no number: the countdown beside it is the only one.
   */
  formatError(error: ErrorLike): string;
}

function errorParts(error: ErrorLike): { code: VerificationErrorCode; attemptsLeft?: number } {
  if (isVerificationError(error)) return error;
  if (typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string') {
    const code = (error as { code: string }).code;
    if (Object.hasOwn(en.errors, code)) return error as { code: VerificationErrorCode };
  }
  return { code: 'unknown' };
}

/** Formatting bound to the provider's locale, digits and messages (English outside a provider). */
export function useFormat(): Formatter {
  const context = useOptionalVerificationContext();
  const locale = context?.locale ?? 'en';
  const numerals = context?.numerals ?? 'latn';
  const messages = context?.messages ?? en;
  return useMemo<Formatter>(() => {
    const numbering = numberingLocale(locale, numerals);
    const format = (template: string, params?: MessageParams) => formatMessage(template, params, numbering);
    return {
      locale,
      messages,
      numerals,
      format,
      formatDuration: (ms, options) => formatDuration(ms, locale, { ...options, numerals }),
      formatError(error) {
        const { code, attemptsLeft } = errorParts(error);
        if (code === 'invalid_code' && typeof attemptsLeft === 'number') {
          return attemptsLeft > 0 ? format(messages.status.wrongCodeAttemptsLeft, { count: attemptsLeft }) : messages.errors.too_many_attempts;
        }
        return format(messages.errors[code]);
      },
    };
  }, [locale, numerals, messages]);
}
