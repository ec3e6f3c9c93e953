import { VerificationError } from '../../core/errors';
import type { ProviderContext, VerificationProvider } from '../provider';
import { mapLogtoManagementError } from './logto-errors';
import { callUpstream, upstreamCause, type FetchLike } from './upstream';

export interface LogtoManagementProviderOptions {
  /** Logto endpoint, e.g. `https://your-tenant.logto.app` or `http://localhost:3001`. */
  endpoint: string;
  /** A machine-to-machine app with a Management API role. */
  clientId: string;
  clientSecret: string;
  /** The Management API resource indicator. Default `https://default.logto.app/api` (Logto OSS). */
  resource?: string;
  fetch?: FetchLike;
  timeoutMs?: number;
  /** Clock for token expiry, for tests. */
  now?: () => number;
  /**
   * How long a Logto passcode lives (Logto's `passcodeExpiration`): while one subject's code for an
   * address is live, other subjects can't send to that address. Default 10 min.
   */
  codeTtlMs?: number;
}

/**
 * Logto keys codes by address, not by session: a second subject's send to an address would
 * replace the first subject's code, and its guesses would count against it. So each address
 * belongs to the subject that last sent to it until that code expires (per process).
 */
function addressOwners(ttlMs: number) {
  const owners = new Map<string, { subject: string; until: number }>();
  const keyOf = (channel: string, to: string) => `${channel === 'email' ? 'email' : 'phone'}:${to.toLowerCase()}`;
  return {
    claim(channel: string, to: string, subject: string, now: number): void {
      const key = keyOf(channel, to);
      const owner = owners.get(key);
      if (owner && owner.subject !== subject && owner.until > now) {
        throw new VerificationError('rate_limited', 'Another session has a live code for this address', { retryAfterMs: owner.until - now, status: 429 });
      }
      if (owners.size > 10_000) for (const [k, o] of owners) if (o.until <= now) owners.delete(k);
      owners.set(key, { subject, until: now + ttlMs });
    },
    /** The live code for this address is this subject's; anything else is not theirs to guess. */
    check(channel: string, to: string, subject: string, now: number): void {
      const owner = owners.get(keyOf(channel, to));
      if (!owner || owner.subject !== subject || owner.until <= now) {
        throw new VerificationError('code_expired', 'The live code for this address belongs to another session, or none is live');
      }
    },
    release(channel: string, to: string): void {
      owners.delete(keyOf(channel, to));
    },
  };
}

/** Logto generates 6-digit passcodes for every connector. */
const LOGTO_CODE_LENGTH = 6;

/**
 * Client-credentials token for the Management API, cached until shortly before it expires. All
 * callers that need a token while one is being fetched share that one request.
 */
function tokenSource(options: LogtoManagementProviderOptions, fetchImpl: FetchLike, endpoint: string, timeoutMs: number) {
  const now = options.now ?? Date.now;
  const basic = btoa(`${encodeURIComponent(options.clientId)}:${encodeURIComponent(options.clientSecret)}`);
  let cached: { token: string; refreshAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const started = now();
    const response = await callUpstream({
      provider: 'Logto',
      fetch: fetchImpl,
      url: `${endpoint}/oidc/token`,
      headers: { authorization: `Basic ${basic}` },
      form: new URLSearchParams({
        grant_type: 'client_credentials',
        resource: options.resource ?? 'https://default.logto.app/api',
        scope: 'all',
      }),
      timeoutMs,
    });
    const body = response.body as { access_token?: unknown; expires_in?: unknown } | undefined;
    if (response.status !== 200 || typeof body?.access_token !== 'string') {
      // Wrong client id/secret or resource. The cause keeps Logto's OAuth error, never our credentials.
      throw new VerificationError('not_configured', 'Logto refused the M2M credentials', {
        status: response.status,
        cause: upstreamCause(response),
      });
    }
    const lifetimeMs = (typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 3600) * 1000;
    // Refresh a minute early (or at 90% of a short lifetime) so no call goes out with a token that
    // expires in flight.
    cached = { token: body.access_token, refreshAt: started + Math.max(0, lifetimeMs - Math.min(60_000, lifetimeMs / 10)) };
    return body.access_token;
  }

  return {
    get(): Promise<string> {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.token);
      inflight ??= fetchToken().finally(() => {
        inflight = undefined;
      });
      return inflight;
    },
    invalidate(token: string): void {
      if (cached?.token === token) cached = undefined;
    },
  };
}

/**
 * Logto Management API verification codes (`POST /api/verification-codes` and `/verify`, 204 on
 * success), for apps that verify an email or phone on their own backend. Error table in
 * docs/adapters/logto-management.md.
 */
export function logtoManagementProvider(options: LogtoManagementProviderOptions): VerificationProvider {
  if (!options.endpoint || !options.clientId || !options.clientSecret) {
    throw new TypeError('logtoManagementProvider: endpoint, clientId and clientSecret are required');
  }
  const endpoint = options.endpoint.replace(/\/+$/, '');
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 10_000;
  const tokens = tokenSource(options, fetchImpl, endpoint, timeoutMs);
  const owners = addressOwners(options.codeTtlMs ?? 10 * 60_000);

  /** Logto's guard: email `^\S+@\S+\.\S+$`, phone `^\d+$` (digits only, no `+`). */
  const identifier = (channel: string, to: string) => (channel === 'email' ? { email: to } : { phone: to.replace(/^\+/, '') });

  async function call(path: string, body: unknown, ctx: ProviderContext) {
    const send = async (token: string) =>
      callUpstream({
        provider: 'Logto',
        fetch: fetchImpl,
        url: `${endpoint}${path}`,
        headers: { authorization: `Bearer ${token}` },
        body,
        timeoutMs,
        ...(ctx.signal && { signal: ctx.signal }),
      });
    const token = await tokens.get();
    const response = await send(token);
    // A 401 means the token was revoked or expired early; Logto rejected the call before doing
    // anything, so one retry with a fresh token can't send a second code.
    if (response.status === 401) {
      tokens.invalidate(token);
      return send(await tokens.get());
    }
    return response;
  }

  return {
    name: 'logto-management',
    secrets: [options.clientSecret],
    channels: ['email', 'sms'],

    async send(input, ctx) {
      owners.claim(input.channel, input.to, ctx.subject, ctx.now);
      const response = await call('/api/verification-codes', identifier(input.channel, input.to), ctx);
      if (response.status !== 204) throw mapLogtoManagementError(response, 'send', ctx.now);
      return { codeLength: LOGTO_CODE_LENGTH };
    },

    async verify(input, ctx) {
      owners.check(input.channel, input.to, ctx.subject, ctx.now);
      const response = await call(
        '/api/verification-codes/verify',
        { ...identifier(input.channel, input.to), verificationCode: input.code },
        ctx,
      );
      if (response.status !== 204) throw mapLogtoManagementError(response, 'verify', ctx.now);
      owners.release(input.channel, input.to);
    },
  };
}
