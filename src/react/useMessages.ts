import { useMemo } from 'react';
import { isVerificationError, type VerificationErrorCode } from '../core/errors';
import { formatMessage, type MessageParams } from '../core/format';
import { DEFAULT_RESEND_COOLDOWN_MS } from '../core/timing';
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
  /** Fills in a template from the catalog, e.g. `format(messages.status.resendIn, { seconds: 12 })`. */
  format(template: string, params?: MessageParams): string;
  /**
   * The localised sentence for an error: never the backend's text. Adds the attempts left to
   * `invalid_code` and the wait to `rate_limited` when known.
   */
  formatError(error: ErrorLike): string;
}

function errorParts(error: ErrorLike): { code: VerificationErrorCode; retryAfterMs?: number; attemptsLeft?: number } {
  if (isVerificationError(error)) return error;
  if (typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string') {
    const code = (error as { code: string }).code;
    if (Object.hasOwn(en.errors, code)) return error as { code: VerificationErrorCode };
  }
  return { code: 'unknown' };
}

/** Formatting bound to the provider's locale and messages (English outside a provider). */
export function useFormat(): Formatter {
  const context = useOptionalVerificationContext();
  const locale = context?.locale ?? 'en';
  const messages = context?.messages ?? en;
  return useMemo<Formatter>(() => {
    const format = (template: string, params?: MessageParams) => formatMessage(template, params, locale);
    return {
      locale,
      messages,
      format,
      formatError(error) {
        const { code, retryAfterMs, attemptsLeft } = errorParts(error);
        const seconds = Math.max(1, Math.ceil((retryAfterMs ?? DEFAULT_RESEND_COOLDOWN_MS) / 1000));
        const text = format(messages.errors[code], { seconds });
        if (code === 'invalid_code' && typeof attemptsLeft === 'number') {
          return `${text} ${format(messages.status.attemptsLeft, { count: attemptsLeft })}`;
        }
        return text;
      },
    };
  }, [locale, messages]);
}
