import { VerificationError, type VerificationErrorCode } from '../../core/errors';
import { ownLookup } from '../../core/own';
import type { Channel } from '../../core/types';
import type { ProviderContext, VerificationProvider } from '../provider';
import { callUpstream, retryAfterMs, upstreamCause, type FetchLike, type UpstreamResponse } from './upstream';

export interface TwilioVerifyProviderOptions {
  /** Account SID (`AC…`), the Basic auth user. Server only. */
  accountSid: string;
  /** Auth token (or an API key secret with an `SK…` SID as `accountSid`), the Basic auth password. Server only. */
  authToken: string;
  /** The Verify Service SID (`VA…`) whose settings (code length, friendly name, templates) apply. */
  serviceSid: string;
  /** Default `https://verify.twilio.com`. */
  baseUrl?: string;
  fetch?: FetchLike;
  /** Per call. Default 10 s. */
  timeoutMs?: number;
}

const CHANNEL: Record<Channel, 'email' | 'sms' | 'call' | 'whatsapp'> = {
  email: 'email',
  sms: 'sms',
  voice: 'call',
  whatsapp: 'whatsapp',
};

/**
 * The `Locale` values Twilio Verify's default template supports (twilio.com/docs/verify/supported-languages).
 * Twilio answers 404 to any other override, so anything not here is left out and Twilio picks the
 * language from the phone number's country code, falling back to English.
 */
export const TWILIO_LOCALES = [
  'af', 'ar', 'ca', 'cs', 'da', 'de', 'el', 'en', 'en-GB', 'es', 'et', 'fi', 'fr', 'he', 'hi', 'hr', 'hu', 'id', 'it', 'ja',
  'kn', 'ko', 'lt', 'mr', 'ms', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sv', 'te', 'th', 'tl', 'tr', 'vi', 'zh',
  'zh-CN', 'zh-HK',
] as const;
export type TwilioLocale = (typeof TWILIO_LOCALES)[number];

/**
 * BCP 47 UI locale → Twilio Verify `Locale`, or undefined (send none; Twilio then resolves the
 * language from the number's country code). Chinese picks the script: Traditional (Hant, HK, TW,
 * MO) → `zh-HK`, Twilio's only Traditional template; else `zh-CN`. Portuguese: Portugal and the
 * other non-Brazilian regions → `pt`, bare `pt` and Brazil → `pt-BR` (CLDR's default for `pt`).
 * British and Commonwealth English → `en-GB`. Norwegian `no`/`nn` → `nb`; Filipino `fil` → `tl`;
 * the legacy tags `iw` → `he` and `in` → `id`. Regions Twilio has no template for fall back to the
 * language (`es-419` → `es`, `fr-CA` → `fr`).
 */
export function twilioLocale(locale: string | undefined): TwilioLocale | undefined {
  if (!locale) return undefined;
  const parts = locale.replace(/_/g, '-').toLowerCase().split('-');
  const [language = '', ...rest] = parts;
  const region = rest.find((p) => p.length === 2 || /^\d{3}$/.test(p));
  if (language === 'zh') return rest.some((p) => p === 'hant' || p === 'hk' || p === 'tw' || p === 'mo') ? 'zh-HK' : 'zh-CN';
  if (language === 'pt') return region === undefined || region === 'br' ? 'pt-BR' : 'pt';
  if (language === 'en') return region !== undefined && GB_ENGLISH.has(region) ? 'en-GB' : 'en';
  const alias = ALIASES[language] ?? language;
  return (TWILIO_LOCALES as readonly string[]).includes(alias) ? (alias as TwilioLocale) : undefined;
}

/** Regions whose English follows British spelling (Twilio's `en-GB` template). */
const GB_ENGLISH = new Set(['gb', 'uk', 'ie', 'au', 'nz', 'za', 'in', 'sg', 'hk', 'mt']);
const ALIASES: Record<string, string> = { no: 'nb', nn: 'nb', fil: 'tl', iw: 'he', in: 'id' };

/** Twilio validates `DeviceIp` ("has to be a valid IPv4 or IPv6 address"); anything else is left out, not sent to fail. */
function isIpAddress(value: string | undefined): value is string {
  if (!value) return false;
  const v4 = value.split('.');
  if (v4.length === 4 && v4.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return true;
  return /^[0-9a-f:.]+$/i.test(value) && value.includes(':') && value.length <= 45 && value.split('::').length <= 2;
}

/** Twilio's error body: `{ code, message, more_info, status }`. */
function twilioCode(response: UpstreamResponse): number | undefined {
  const code = (response.body as { code?: unknown } | undefined)?.code;
  return typeof code === 'number' ? code : undefined;
}

/**
 * Twilio REST errors → verikit codes (docs/adapters/twilio.md has the table). Twilio's error codes
 * are matched first; the HTTP status decides the rest.
 */
function mapError(response: UpstreamResponse, phase: 'send' | 'check', now: number): VerificationError {
  const { status } = response;
  const code = twilioCode(response);
  const cause = upstreamCause(response);
  const fail = (verikit: VerificationErrorCode, message: string) => {
    const retry = verikit === 'rate_limited' ? retryAfterMs(response.headers, now) : undefined;
    return new VerificationError(verikit, message, { status, cause, ...(retry !== undefined && { retryAfterMs: retry }) });
  };
  switch (code) {
    case 60205:
      // The number is a landline: a voice call can still reach it.
      return fail('invalid_identifier', 'Twilio 60205: SMS is not supported by landline phone numbers; offer a voice call (channel "voice") instead');
    case 60410:
      return fail('invalid_identifier', 'Twilio 60410: the destination is blocked (fraud prevention)');
    case 60605:
      return fail('invalid_identifier', 'Twilio 60605: the destination country is blocked by the Verify geo permissions');
    case 60200:
      // An invalid parameter is the number (issue 13's mapping), unless Twilio names the code
      // ("Invalid parameter: Code"), the user's other input, which only a check carries.
      return phase === 'check' && /\bcode\b/i.test(String((response.body as { message?: unknown } | undefined)?.message))
        ? fail('invalid_code', 'Twilio 60200: invalid code parameter')
        : fail('invalid_identifier', 'Twilio 60200: invalid parameter');
    case 60202:
      return fail('too_many_attempts', 'Twilio 60202: max check attempts reached');
    case 60203:
      return fail('rate_limited', 'Twilio 60203: max send attempts reached');
    case 60212:
      return fail('rate_limited', 'Twilio 60212: too many concurrent requests for this number');
    case 20429:
      return fail('rate_limited', 'Twilio 20429: too many requests');
    default:
      break;
  }
  if (status === 401 || status === 403) return fail('not_configured', `Twilio refused the credentials (${status})`);
  if (status === 429) return fail('rate_limited', 'Twilio answered 429');
  if (status === 404) {
    // A check of a verification Twilio no longer has: expired (10 min), approved or deleted.
    // A 404 on a send means the Service SID is wrong.
    return phase === 'check' ? fail('code_expired', 'Twilio 20404: the verification no longer exists') : fail('not_configured', 'Twilio 20404: unknown Verify Service');
  }
  if (status === 400) return phase === 'send' ? fail('invalid_identifier', `Twilio ${code ?? 400}`) : fail('invalid_code', `Twilio ${code ?? 400}`);
  return fail('unknown', `Twilio answered ${status}${code ? ` (${code})` : ''}`);
}

/** Check status (other than approved) → verikit code. */
const CHECK_STATUS: Record<string, VerificationErrorCode> = {
  pending: 'invalid_code',
  canceled: 'too_many_attempts',
  max_attempts_reached: 'too_many_attempts',
  expired: 'code_expired',
  deleted: 'code_expired',
  failed: 'code_expired',
};

function base64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

/**
 * Twilio Verify v2 (`POST /v2/Services/{ServiceSid}/Verifications` and `/VerificationCheck`):
 * SMS, voice, WhatsApp and email codes. Twilio generates the code and keeps its state; the
 * verification SID travels inside the signed requestId. Error table in docs/adapters/twilio.md.
 */
export function twilioVerifyProvider(options: TwilioVerifyProviderOptions): VerificationProvider {
  if (!options.accountSid || !options.authToken) throw new TypeError('twilioVerifyProvider: accountSid and authToken are required');
  if (!/^VA[0-9a-fA-F]{32}$/.test(options.serviceSid ?? '')) throw new TypeError('twilioVerifyProvider: serviceSid must be a Verify Service SID (VA + 32 hex digits)');
  const baseUrl = (options.baseUrl ?? 'https://verify.twilio.com').replace(/\/+$/, '');
  const servicePath = `${baseUrl}/v2/Services/${options.serviceSid}`;
  const authorization = `Basic ${base64(`${options.accountSid}:${options.authToken}`)}`;
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 10_000;
  const call = (path: string, form: URLSearchParams, ctx: ProviderContext) =>
    callUpstream({
      provider: 'Twilio',
      fetch: fetchImpl,
      url: `${servicePath}${path}`,
      headers: { authorization },
      form,
      timeoutMs,
      ...(ctx.signal && { signal: ctx.signal }),
    });

  return {
    name: 'twilio',
    channels: ['email', 'sms', 'voice', 'whatsapp'],
    secrets: [options.authToken],

    async send(input, ctx) {
      const form = new URLSearchParams({ To: input.to, Channel: CHANNEL[input.channel] });
      const locale = twilioLocale(input.locale);
      if (locale) form.set('Locale', locale);
      if (isIpAddress(ctx.clientIp)) form.set('DeviceIp', ctx.clientIp);
      const response = await call('/Verifications', form, ctx);
      if (response.status !== 201 && response.status !== 200) throw mapError(response, 'send', ctx.now);
      const verification = response.body as { sid?: unknown; status?: unknown } | undefined;
      if (typeof verification?.sid !== 'string' || !verification.sid.startsWith('VE')) {
        throw new VerificationError('unknown', 'Twilio answered without a verification sid', { cause: upstreamCause(response) });
      }
      if (verification.status === 'canceled' || verification.status === 'max_attempts_reached') {
        throw new VerificationError('too_many_attempts', `Twilio verification is ${verification.status}`, { cause: upstreamCause(response) });
      }
      return { ref: verification.sid };
    },

    async verify(input, ctx) {
      if (!input.ref) throw new VerificationError('session_expired', 'requestId carries no Twilio verification sid');
      const response = await call('/VerificationCheck', new URLSearchParams({ VerificationSid: input.ref, Code: input.code }), ctx);
      if (response.status !== 200 && response.status !== 201) throw mapError(response, 'check', ctx.now);
      const check = response.body as { status?: unknown } | undefined;
      if (check?.status === 'approved') return;
      const mapped = ownLookup(CHECK_STATUS, check?.status);
      if (!mapped) throw new VerificationError('unknown', 'Twilio check answer has no known status', { cause: upstreamCause(response) });
      // Twilio's check answer carries no attempt count, so attemptsLeft is not reported.
      throw new VerificationError(mapped, `Twilio check: ${String(check?.status)}`, { cause: upstreamCause(response) });
    },
  };
}
