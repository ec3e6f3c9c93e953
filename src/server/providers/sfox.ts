import { VerificationError } from '../../core/errors';
import { isE164, normalizeEmail } from '../../core/identifiers';
import type { Channel, IdentifierKind } from '../../core/types';
import { resolveAccountType, type AccountTypeOption, type ProviderContext, type VerificationProvider } from '../provider';
import { callUpstream, upstreamCause, type FetchLike, type UpstreamResponse } from './upstream';

/**
 * Remembers which identifiers a subject verified, so the provider can enforce email-before-SMS
 * itself. The default keeps it in memory (one process); pass a shared store (your database) when
 * running several instances. Losing it is harmless: a re-sent email gets sFOX's 422 "Email already
 * verified", which marks it verified again.
 */
export interface SfoxVerifiedStore {
  isVerified(subject: string, kind: IdentifierKind): boolean | Promise<boolean>;
  markVerified(subject: string, kind: IdentifierKind): void | Promise<void>;
}

export interface SfoxProviderOptions {
  /** `ENTERPRISE_API_KEY`, sent as a Bearer token. Server only. */
  apiKey: string;
  /** Default `https://api.sfox.com`. */
  baseUrl?: string;
  /** Individual accounts verify email then SMS; business accounts email only. Fixed or per subject. */
  accountType: AccountTypeOption;
  store?: SfoxVerifiedStore;
  fetch?: FetchLike;
  /** Per call. Default 10 s. */
  timeoutMs?: number;
}

/** sFOX documents one code length: "a 6-digit numerical OTP". */
const SFOX_CODE = /^\d{6}$/;
/** sFOX's documented back-off after a 429: "wait 60 s". */
const SFOX_RATE_LIMIT_MS = 60_000;

export function memorySfoxStore(): SfoxVerifiedStore {
  const verified = new Map<string, Set<IdentifierKind>>();
  return {
    isVerified: (subject, kind) => verified.get(subject)?.has(kind) ?? false,
    markVerified: (subject, kind) => {
      const kinds = verified.get(subject) ?? new Set<IdentifierKind>();
      kinds.add(kind);
      verified.set(subject, kinds);
    },
  };
}

function errorText(response: UpstreamResponse): string {
  const body = response.body as { error?: unknown } | undefined;
  return typeof body?.error === 'string' ? body.error : '';
}

/**
 * sFOX errors → verikit codes. Documented: 422 "Email/Phone already verified", 429 (wait 60 s),
 * generic 400/401/403/404/405/406/500/503 with `{"error": "..."}`. The shape of a wrong or expired
 * OTP is not documented, so verify failures are classified by their text, defaulting to
 * `invalid_code` for a 4xx.
 */
function mapError(response: UpstreamResponse, phase: 'send' | 'verify'): VerificationError {
  const text = errorText(response);
  const cause = upstreamCause(response);
  const { status } = response;
  if (status === 429) return new VerificationError('rate_limited', 'sFOX rate limit', { retryAfterMs: SFOX_RATE_LIMIT_MS, status, cause });
  if (/already verified/i.test(text)) return new VerificationError('already_verified', 'Already verified at sFOX', { status, cause });
  if (status === 401 || status === 403) return new VerificationError('not_configured', 'sFOX refused the API key', { status, cause });
  if (/must be verified|verify email first|email.*before/i.test(text)) {
    return new VerificationError('order_violation', 'sFOX requires the email first', { status, cause });
  }
  if (phase === 'verify' && status >= 400 && status < 500 && status !== 404) {
    if (/expired/i.test(text)) return new VerificationError('code_expired', 'sFOX: code expired', { status, cause });
    if (/too many|attempts|locked/i.test(text)) return new VerificationError('too_many_attempts', 'sFOX: too many attempts', { status, cause });
    return new VerificationError('invalid_code', 'sFOX refused the code', { status, cause });
  }
  return new VerificationError('unknown', `sFOX answered ${status}`, { status, cause });
}

const TYPE: Partial<Record<Channel, 'email' | 'sms'>> = { email: 'email', sms: 'sms' };

/**
 * sFOX Connect end-user verification (`POST /v1/enterprise/users/send-verification/:user_id`,
 * `POST /v1/enterprise/users/verify/:user_id`). The `user_id` is the handler's subject, i.e. the
 * app's session, never the request body. See docs/adapters/sfox.md for the error table.
 */
export function sfoxProvider(options: SfoxProviderOptions): VerificationProvider {
  if (!options.apiKey) throw new TypeError('sfoxProvider: apiKey is required');
  const baseUrl = (options.baseUrl ?? 'https://api.sfox.com').replace(/\/+$/, '');
  const store = options.store ?? memorySfoxStore();
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 10_000;
  const headers = { authorization: `Bearer ${options.apiKey}` };

  const call = (path: string, body: unknown, ctx: ProviderContext) =>
    callUpstream({
      provider: 'sFOX',
      fetch: fetchImpl,
      url: `${baseUrl}${path}/${encodeURIComponent(ctx.subject)}`,
      headers,
      body,
      timeoutMs,
      ...(ctx.signal && { signal: ctx.signal }),
    });

  return {
    name: 'sfox',
    secrets: [options.apiKey],
    channels: ['email', 'sms'],

    async send(input, ctx) {
      const type = TYPE[input.channel];
      if (!type) throw new VerificationError('not_configured', `sFOX does not send ${input.channel}`);
      const accountType = await resolveAccountType(options.accountType, ctx.subject);
      if (type === 'sms') {
        if (accountType === 'business') {
          throw new VerificationError('not_configured', 'sFOX business accounts verify email only');
        }
        // sFOX: "Email must be verified before requesting an sms code." Refuse here, before a paid call.
        if (!(await store.isVerified(ctx.subject, 'email'))) {
          throw new VerificationError('order_violation', 'Verify the email before requesting an SMS code');
        }
      }
      const response = await call('/v1/enterprise/users/send-verification', { type }, ctx);
      if (response.status !== 200) {
        const error = mapError(response, 'send');
        if (error.code === 'already_verified') await store.markVerified(ctx.subject, type === 'email' ? 'email' : 'phone');
        throw error;
      }
      const data = (response.body as { data?: { type?: unknown; email?: unknown; phone_number?: unknown } } | undefined)?.data;
      if (data?.type !== type) {
        throw new VerificationError('unknown', 'sFOX answered 200 without the documented data', { cause: upstreamCause(response) });
      }
      // sFOX sends to the address on file for user_id and says which; that is what the requestId
      // (and so the proof) binds. Without a usable one nobody knows where the code went: binding
      // the address the client typed would let a proof claim an address sFOX never verified.
      const onFile = type === 'email' ? data.email : data.phone_number;
      const bound = typeof onFile === 'string' && onFile.length > 0 ? normalise(type, onFile) : undefined;
      if (!bound) {
        throw new VerificationError('unknown', 'sFOX did not say which address it sent the code to', { cause: upstreamCause(response) });
      }
      return { codeLength: 6, ...(bound !== input.to && { to: bound }) };
    },

    async verify(input, ctx) {
      const type = TYPE[input.channel];
      if (!type) throw new VerificationError('not_configured', `sFOX does not verify ${input.channel}`);
      // Don't spend one of the user's sFOX attempts on something that can't be an sFOX code.
      if (!SFOX_CODE.test(input.code)) throw new VerificationError('invalid_code', 'sFOX codes are 6 digits');
      const response = await call('/v1/enterprise/users/verify', { type, otp: input.code }, ctx);
      const data = (response.body as { data?: { success?: unknown } } | undefined)?.data;
      if (response.status !== 200) throw mapError(response, 'verify');
      if (data?.success !== true) throw new VerificationError('invalid_code', 'sFOX did not confirm the code', { cause: upstreamCause(response) });
      await store.markVerified(ctx.subject, type === 'email' ? 'email' : 'phone');
    },
  };
}

function normalise(type: 'email' | 'sms', value: string): string | undefined {
  if (type === 'sms') return isE164(value) ? value : undefined;
  try {
    return normalizeEmail(value);
  } catch {
    return undefined;
  }
}
