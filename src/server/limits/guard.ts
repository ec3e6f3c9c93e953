import { VerificationError } from '../../core/errors';
import type { Channel } from '../../core/types';
import { toBase64Url, utf8 } from '../encoding';
import { HttpProblem } from '../http-errors';
import { hmacKey } from '../token';
import { canonicalDestination } from './canonical';
import { MAX_RETRY_AFTER_MS, type LimitWindow, type ResolvedLimits } from './options';
import type { LimitRule, LimitStore } from './store';

/** How long the handler waits for the store before treating it as down. */
export const DEFAULT_STORE_TIMEOUT_MS = 1_000;

export interface SendSubject {
  subject: string;
  channel: Channel;
  to: string;
  clientIp?: string;
}

export interface VerifySubject {
  channel: Channel;
  to: string;
  /** The requestId's own id (`jti`): per-code attempts. */
  requestKey: string;
}

/** What a verify reserved; hand it back with the outcome. */
export interface VerifyReservation {
  destinationKey?: string;
  /** This is the requestId's last allowed attempt: a wrong code now locks it. */
  lastAttempt?: boolean;
}

type NodeCrypto = { createHmac(algorithm: string, key: string): { update(text: string): { digest(): Uint8Array } } };

/**
 * On Node, `process.getBuiltinModule('node:crypto')` gives a synchronous HMAC: the same bytes as
 * Web Crypto's, without a thread-pool round trip per key (four per send). Elsewhere (workers,
 * Deno, Bun without it) the Web Crypto path runs. No `node:` import, so the module loads anywhere.
 */
function syncHmac(secret: string): ((text: string) => string) | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const nodeCrypto = proc?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
  if (!nodeCrypto?.createHmac) return undefined;
  return (text) => toBase64Url(nodeCrypto.createHmac('sha256', secret).update(text).digest().subarray(0, 18));
}

function rateLimited(retryAfterMs: number, message: string): VerificationError {
  return new VerificationError('rate_limited', message, { retryAfterMs: Math.min(Math.max(retryAfterMs, 1), MAX_RETRY_AFTER_MS), status: 429 });
}

/**
 * The handler's abuse limits over a `LimitStore`. Sends fail closed (a store that is down or slow
 * means no send: 503, nothing delivered); verifies fail open, since a verify costs nothing and
 * locking every user out of codes already sent would turn a Redis outage into a login outage.
 */
export function createLimitGuard(options: {
  limits: ResolvedLimits;
  store: LimitStore;
  secret: string;
  timeoutMs: number;
  /** Store faults on the verify path are reported here, then ignored. */
  report: (error: unknown) => void;
}) {
  const { limits, store, secret, timeoutMs, report } = options;

  /**
   * Keys hold an HMAC of subjects and destinations: a shared Redis never stores an address or a
   * user id, and a 512-character subject can't make a 512-character key.
   */
  async function keyOf(kind: string, value: string): Promise<string> {
    const text = `limit:${kind}:${value}`;
    if (nodeHmac) return `${kind}:${nodeHmac(text)}`;
    const mac = await crypto.subtle.sign('HMAC', await hmacKey(secret), utf8(text));
    return `${kind}:${toBase64Url(new Uint8Array(mac).subarray(0, 18))}`;
  }
  const nodeHmac = syncHmac(secret);

  function withTimeout<T>(work: Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`verikit/server: limit store did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }

  function rule(key: string, window: LimitWindow, member?: string): LimitRule {
    return { key, limit: window.limit, windowMs: window.windowMs, ...(member !== undefined && { member }) };
  }

  return {
    /** Counts one send on every limit, or throws `rate_limited` (none counted) or a 503 (store down). */
    async send(input: SendSubject, now: number): Promise<void> {
      const destination = canonicalDestination(input.channel, input.to);
      const rules: LimitRule[] = [];
      if (limits.destination) rules.push(rule(await keyOf('sd', destination), limits.destination));
      if (limits.subject) rules.push(rule(await keyOf('ss', input.subject), limits.subject));
      if (limits.subjectDestinations) {
        rules.push(rule(await keyOf('su', input.subject), limits.subjectDestinations, await keyOf('m', destination)));
      }
      if (limits.clientIp && input.clientIp) rules.push(rule(await keyOf('si', input.clientIp), limits.clientIp));
      if (rules.length === 0) return;
      let result;
      try {
        result = await withTimeout(store.consume(rules, now));
      } catch (error) {
        // Fail closed: without the store nobody can tell how many codes went out.
        throw new HttpProblem(503, 'Rate-limit store unavailable; nothing was sent', { 'retry-after': '5' }, { cause: error });
      }
      if (!result.ok) throw rateLimited(result.retryAfterMs, 'Send limit reached');
    },

    /**
     * Reserves one attempt on the requestId and on the destination's failure budget before the
     * provider sees the code. Reserving first (not counting after) means parallel guesses can't
     * all slip in under the limit.
     */
    async beforeVerify(input: VerifySubject, now: number): Promise<VerifyReservation> {
      const reservation: VerifyReservation = {};
      try {
        if (limits.attemptsPerRequest !== false) {
          // An atomic increment, not a read: parallel guesses each get their own number.
          const used = await withTimeout(store.increment(await keyOf('vr', input.requestKey), MAX_RETRY_AFTER_MS, now));
          if (used.count > limits.attemptsPerRequest) {
            throw new VerificationError('too_many_attempts', 'Too many wrong codes for this requestId', { attemptsLeft: 0 });
          }
          reservation.lastAttempt = used.count === limits.attemptsPerRequest;
        }
        if (limits.verifyFailures) {
          const key = await keyOf('vd', canonicalDestination(input.channel, input.to));
          const result = await withTimeout(store.consume([rule(key, limits.verifyFailures)], now));
          if (!result.ok) throw rateLimited(result.retryAfterMs, 'Too many wrong codes for this destination');
          reservation.destinationKey = key;
        }
      } catch (error) {
        if (error instanceof VerificationError) throw error;
        report(error);
      }
      return reservation;
    },

    /** A verify that was not a wrong guess (right code, outage, expired) gives its destination attempt back. */
    async afterVerify(reservation: VerifyReservation, wrongGuess: boolean, now: number): Promise<void> {
      if (wrongGuess || !reservation.destinationKey) return;
      try {
        await withTimeout(store.release(reservation.destinationKey, now));
      } catch (error) {
        report(error);
      }
    },

    /** Records a proof id until it expires; false when it was already used. */
    async claimProof(id: string, ttlMs: number, now: number): Promise<boolean> {
      return withTimeout(store.claim(await keyOf('pf', id), Math.max(ttlMs, 1), now));
    },
  };
}

export type LimitGuard = ReturnType<typeof createLimitGuard>;
