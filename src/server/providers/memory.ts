import { systemClock, type Clock } from '../../core/clock';
import { createDemoEngine, type DemoEngine, type DemoEngineOptions } from '../../core/demo/engine';
import type { OutboxMessage } from '../../core/demo/outbox';
import { VerificationError } from '../../core/errors';
import { randomId } from '../encoding';
import { isProduction } from '../production';
import type { VerificationProvider } from '../provider';

export interface MemoryProviderOptions extends Omit<DemoEngineOptions, 'clock'> {
  /**
   * Receives every message "sent", code included: the demo's outbox (print it in development).
   * `subject` is the session the message belongs to.
   */
  onMessage?: (message: OutboxMessage, info: { subject: string }) => void;
  /**
   * Serve each session's own messages at `GET {base}/outbox`, so a demo page can show the code.
   * Development only: while NODE_ENV is `production` (any case) `/outbox` answers 404. Checked
   * per request, so building an app (`next build`) with this on is fine. Default false.
   */
  exposeOutbox?: boolean;
  /** Time source, shared with the handler's `now` in tests. */
  clock?: Clock;
  /**
   * Sessions kept in memory. A session holding a live code is never dropped to make room: when
   * every slot holds one, a new session's send is refused with `rate_limited` until the first code
   * expires. Default 1000.
   */
  maxSessions?: number;
}

/** FNV-1a over the seed and the subject: a seeded run stays reproducible, but no two subjects share a code stream. */
function subjectSeed(seed: number, subject: string): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (const ch of `\u0000${subject}`) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

interface Session {
  engine: DemoEngine;
  /** Latest expiry of a code this session was sent: it is kept at least until then. */
  liveUntil: number;
  /** requestId reference (random, in the client's token) → the engine's own request id. */
  refs: Map<string, string>;
}

/**
 * The demo backend (src/core/demo) behind `verikit/server`: one engine per subject, with every
 * rule the in-browser memory adapter has (code length, expiry, attempts, resend cooldown,
 * email-before-SMS, already verified). No message leaves the process; `onMessage` gets them.
 * Errors are the engine's own VerificationErrors, passed through unchanged.
 *
 * Codes come from Web Crypto. The reference signed into a requestId is a separate random id, so
 * nothing a client can read is derived from the randomness a code was drawn from.
 */
export function memoryProvider(options: MemoryProviderOptions = {}): VerificationProvider & {
  /** The engine behind one subject (created on first use): for tests and demos. */
  engine(subject: string): DemoEngine;
} {
  const { onMessage, exposeOutbox, maxSessions = 1000, clock = systemClock, seed, ...engineOptions } = options;
  const sessions = new Map<string, Session>();

  function create(subject: string): Session {
    const engine = createDemoEngine({ ...engineOptions, clock, ...(seed !== undefined && { seed: subjectSeed(seed, subject) }) });
    if (onMessage) {
      engine.outbox.subscribe((message) => {
        // null: the outbox was cleared; nothing was sent.
        if (message) onMessage(message, { subject });
      });
    }
    return { engine, liveUntil: 0, refs: new Map() };
  }

  /** Drops sessions without a live code, oldest first, until there is room; false when every session holds one. */
  function makeRoom(): boolean {
    if (sessions.size < maxSessions) return true;
    const now = clock.now();
    for (const [subject, session] of sessions) {
      if (session.liveUntil <= now) sessions.delete(subject);
      if (sessions.size < maxSessions) return true;
    }
    return false;
  }

  /** The subject's session, created only for a send: status, verify and outbox reads never add one. */
  function session(subject: string, createIfMissing: boolean): Session | undefined {
    const found = sessions.get(subject);
    if (found) {
      // Map keeps insertion order: re-inserting marks this session most recently used.
      sessions.delete(subject);
      sessions.set(subject, found);
      return found;
    }
    if (!createIfMissing) return undefined;
    if (!makeRoom()) {
      const now = clock.now();
      let soonest = Infinity;
      for (const s of sessions.values()) soonest = Math.min(soonest, s.liveUntil);
      throw new VerificationError('rate_limited', 'The demo backend is full of live codes', { retryAfterMs: Math.max(soonest - now, 1_000), status: 429 });
    }
    const created = create(subject);
    sessions.set(subject, created);
    return created;
  }

  const outbox = { list: (subject: string) => sessions.get(subject)?.engine.outbox.messages ?? [] };

  const provider: VerificationProvider & { engine(subject: string): DemoEngine } = {
    name: 'memory',
    channels: ['email', 'sms', 'voice', 'whatsapp'],
    engine: (subject) => session(subject, true)!.engine,

    async send(input, ctx) {
      const current = session(ctx.subject, true)!;
      const sent = current.engine.send(input);
      const ref = randomId();
      current.refs.set(ref, sent.requestId);
      current.liveUntil = Math.max(current.liveUntil, sent.expiresAt ?? clock.now() + current.engine.ttlMs);
      return {
        ref,
        ...(sent.codeLength !== undefined && { codeLength: sent.codeLength }),
        ...(sent.expiresAt !== undefined && { expiresAt: sent.expiresAt }),
        ...(sent.resendAvailableAt !== undefined && { resendAvailableAt: sent.resendAvailableAt }),
      };
    },

    async verify(input, ctx) {
      const current = session(ctx.subject, false);
      const requestId = input.ref !== undefined ? current?.refs.get(input.ref) : undefined;
      if (!current || requestId === undefined) throw new VerificationError('session_expired', 'Unknown requestId for this session');
      current.engine.verify({ requestId, channel: input.channel, to: input.to, code: input.code, event: input.event });
    },

    async getStatus(ctx) {
      // No session yet: a throw-away engine answers (it knows `verified`), and is not kept.
      return (session(ctx.subject, false) ?? create(ctx.subject)).engine.status();
    },
  };
  if (exposeOutbox) {
    // A getter: the production check runs per request, so constructing this at build time is fine.
    Object.defineProperty(provider, 'outbox', { enumerable: true, get: () => (isProduction() ? undefined : outbox) });
  }
  return provider;
}
