import { VerificationError, type VerificationErrorCode } from '../../core/errors';
import { ownLookup } from '../../core/own';
import type { Channel } from '../../core/types';
import { randomId } from '../encoding';
import type { ProviderContext, VerificationProvider } from '../provider';
import { callUpstream, retryAfterMs, upstreamCause, type FetchLike, type UpstreamResponse } from './upstream';

export interface YcloudProviderOptions {
  /** Sent as `X-API-Key`. Server only. */
  apiKey: string;
  /** Sender ID for SMS. */
  senderId?: string;
  /** Approved signature, required for Chinese mainland SMS (`【Brand】...`). */
  signature?: string;
  /**
   * Generate the code here with this many digits (4–8) and pass it as YCloud's `code`. Without it
   * YCloud generates the code and the client is told no length.
   */
  codeLength?: number;
  /** Default `https://api.ycloud.com/v2`. */
  baseUrl?: string;
  /** YCloud's `externalId` for reconciliation. Default: a fresh random id per send. */
  externalId?: (ctx: ProviderContext) => string;
  fetch?: FetchLike;
  timeoutMs?: number;
}

const CHANNEL: Record<Channel, 'sms' | 'voice' | 'whatsapp' | 'email_code'> = {
  email: 'email_code',
  sms: 'sms',
  voice: 'voice',
  whatsapp: 'whatsapp',
};

/** YCloud's 13 language codes (VerificationSendRequest.language). */
export const YCLOUD_LANGUAGES = ['ar', 'de', 'en', 'es', 'fr', 'id', 'it', 'pt_BR', 'ru', 'tr', 'vi', 'zh_CN', 'zh_HK'] as const;
export type YcloudLanguage = (typeof YCLOUD_LANGUAGES)[number];

/**
 * BCP 47 UI locale → YCloud language, or undefined (YCloud then defaults to `en`). Chinese picks the
 * script: Traditional for Hant/HK/TW/MO, Simplified otherwise; any Portuguese gets `pt_BR`, the
 * only Portuguese YCloud has.
 */
export function ycloudLanguage(locale: string | undefined): YcloudLanguage | undefined {
  if (!locale) return undefined;
  const parts = locale.replace(/_/g, '-').toLowerCase().split('-');
  const [language] = parts;
  if (language === 'zh') {
    return parts.some((p) => p === 'hant' || p === 'hk' || p === 'tw' || p === 'mo') ? 'zh_HK' : 'zh_CN';
  }
  if (language === 'pt') return 'pt_BR';
  // Indonesian's legacy tag `in` is still sent by old Android versions.
  if (language === 'in') return 'id';
  return (YCLOUD_LANGUAGES as readonly string[]).includes(language ?? '') ? (language as YcloudLanguage) : undefined;
}

function randomDigits(length: number): string {
  // Rejection sampling: bytes ≥ 250 are redrawn so every digit is equally likely.
  let code = '';
  while (code.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < 250 && code.length < length) code += String(byte % 10);
    }
  }
  return code;
}

/**
 * YCloud HTTP errors (ErrorResponse `{error: {status, code, message, target}}`) → verikit codes.
 * 429 carries Retry-After.
 */
function mapHttpError(response: UpstreamResponse, phase: 'send' | 'check', now: number): VerificationError {
  const { status } = response;
  const cause = upstreamCause(response);
  let code: VerificationErrorCode = 'unknown';
  if (status === 429) code = 'rate_limited';
  else if (status === 401 || status === 403) code = 'not_configured';
  else if (status === 404 && phase === 'check') code = 'code_expired';
  else if (status === 400) code = phase === 'send' ? 'invalid_identifier' : 'invalid_code';
  const retry = code === 'rate_limited' ? retryAfterMs(response.headers, now) : undefined;
  return new VerificationError(code, `YCloud answered ${status}`, { status, cause, ...(retry !== undefined && { retryAfterMs: retry }) });
}

/** VerificationStatus of a check that was not valid → verikit code. */
const CHECK_STATUS: Record<string, VerificationErrorCode> = {
  expired: 'code_expired',
  blocked: 'too_many_attempts',
  // An undelivered verification "cannot be checked anymore": the user needs a new code.
  undelivered: 'code_expired',
  // Already approved: it "cannot be checked anymore".
  approved: 'already_verified',
};

/**
 * YCloud Verify (`POST /v2/verify/verifications`, `POST /v2/verify/verificationChecks`): SMS, voice,
 * WhatsApp and email codes. Error table in docs/adapters/ycloud.md.
 */
export function ycloudProvider(options: YcloudProviderOptions): VerificationProvider {
  if (!options.apiKey) throw new TypeError('ycloudProvider: apiKey is required');
  if (options.codeLength !== undefined && (!Number.isInteger(options.codeLength) || options.codeLength < 4 || options.codeLength > 8)) {
    throw new TypeError('ycloudProvider: codeLength must be an integer from 4 to 8 (YCloud `code` length)');
  }
  const baseUrl = (options.baseUrl ?? 'https://api.ycloud.com/v2').replace(/\/+$/, '');
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 10_000;
  const call = (path: string, body: unknown, ctx: ProviderContext) =>
    callUpstream({
      provider: 'YCloud',
      fetch: fetchImpl,
      url: `${baseUrl}${path}`,
      headers: { 'x-api-key': options.apiKey },
      body,
      timeoutMs,
      ...(ctx.signal && { signal: ctx.signal }),
    });

  return {
    name: 'ycloud',
    secrets: [options.apiKey],
    channels: ['email', 'sms', 'voice', 'whatsapp'],

    async send(input, ctx) {
      const language = ycloudLanguage(input.locale);
      const isSms = input.channel === 'sms';
      const body = {
        channel: CHANNEL[input.channel],
        to: input.to,
        ...(options.codeLength !== undefined && { code: randomDigits(options.codeLength) }),
        ...(isSms && options.senderId !== undefined && { senderId: options.senderId }),
        ...(isSms && options.signature !== undefined && { signature: options.signature }),
        ...(language && { language }),
        externalId: options.externalId?.(ctx) ?? `vk_${randomId()}`,
      };
      const response = await call('/verify/verifications', body, ctx);
      if (response.status !== 200) throw mapHttpError(response, 'send', ctx.now);
      const verification = response.body as { id?: unknown; status?: unknown } | undefined;
      if (typeof verification?.id !== 'string' || verification.id.length === 0) {
        throw new VerificationError('unknown', 'YCloud answered without a verification id', { cause: upstreamCause(response) });
      }
      // Blocked at send time means a denylist or geographic rule refused this destination.
      if (verification.status === 'blocked') {
        throw new VerificationError('invalid_identifier', 'YCloud blocked this destination', { cause: upstreamCause(response) });
      }
      return { ref: verification.id, ...(options.codeLength !== undefined && { codeLength: options.codeLength }) };
    },

    async verify(input, ctx) {
      if (!input.ref) throw new VerificationError('session_expired', 'requestId carries no YCloud verification id');
      const response = await call('/verify/verificationChecks', { verificationId: input.ref, code: input.code }, ctx);
      if (response.status !== 200) throw mapHttpError(response, 'check', ctx.now);
      const check = response.body as { valid?: unknown; status?: unknown } | undefined;
      if (typeof check?.valid !== 'boolean') {
        throw new VerificationError('unknown', 'YCloud check answer has no `valid`', { cause: upstreamCause(response) });
      }
      if (check.valid) return;
      const mapped = ownLookup(CHECK_STATUS, check.status);
      throw new VerificationError(mapped ?? 'invalid_code', `YCloud check: ${String(check.status ?? 'invalid')}`, {
        cause: upstreamCause(response),
      });
    },
  };
}
