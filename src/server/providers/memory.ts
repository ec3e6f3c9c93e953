import { systemClock, type Clock } from '../../core/clock';
import { createDemoEngine, type DemoEngine, type DemoEngineOptions } from '../../core/demo/engine';
import type { OutboxMessage } from '../../core/demo/outbox';
import type { VerificationProvider } from '../provider';

export interface MemoryProviderOptions extends Omit<DemoEngineOptions, 'clock'> {
  /**
   * Receives every message "sent", code included: the demo's outbox (print it in development).
   * `subject` is the session the message belongs to.
   */
  onMessage?: (message: OutboxMessage, info: { subject: string }) => void;
  /**
   * Serve each session's own messages at `GET {base}/outbox`, so a demo page can show the code.
   * Development only: refused when NODE_ENV is `production`.
   */
  exposeOutbox?: boolean;
  /** Time source, shared with the handler's `now` in tests. */
  clock?: Clock;
  /** Sessions kept in memory; the least recently used is dropped beyond this. Default 1000. */
  maxSessions?: number;
}

function isProduction(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.NODE_ENV === 'production';
}

/**
 * The demo backend (src/core/demo) behind `verikit/server`: one engine per subject, with every
 * rule the in-browser memory adapter has (code length, expiry, attempts, resend cooldown,
 * email-before-SMS, already verified). No message leaves the process; `onMessage` gets them.
 * Errors are the engine's own VerificationErrors, passed through unchanged.
 */
export function memoryProvider(options: MemoryProviderOptions = {}): VerificationProvider & {
  /** The engine behind one subject (created on first use): for tests and demos. */
  engine(subject: string): DemoEngine;
} {
  const { onMessage, exposeOutbox, maxSessions = 1000, clock = systemClock, ...engineOptions } = options;
  if (exposeOutbox && isProduction()) {
    throw new Error('memoryProvider: exposeOutbox is for development only and is refused when NODE_ENV=production');
  }
  const engines = new Map<string, DemoEngine>();

  function engine(subject: string): DemoEngine {
    let found = engines.get(subject);
    if (found) {
      // Map keeps insertion order: re-inserting marks this session most recently used.
      engines.delete(subject);
    } else {
      found = createDemoEngine({ ...engineOptions, clock });
      if (onMessage) {
        found.outbox.subscribe((message) => {
          // null: the outbox was cleared; nothing was sent.
          if (message) onMessage(message, { subject });
        });
      }
      if (engines.size >= maxSessions) {
        const oldest = engines.keys().next().value;
        if (oldest !== undefined) engines.delete(oldest);
      }
    }
    engines.set(subject, found);
    return found;
  }

  const provider: VerificationProvider & { engine(subject: string): DemoEngine } = {
    name: 'memory',
    channels: ['email', 'sms', 'voice', 'whatsapp'],
    engine,

    async send(input, ctx) {
      const sent = engine(ctx.subject).send(input);
      return {
        ref: sent.requestId,
        ...(sent.codeLength !== undefined && { codeLength: sent.codeLength }),
        ...(sent.expiresAt !== undefined && { expiresAt: sent.expiresAt }),
        ...(sent.resendAvailableAt !== undefined && { resendAvailableAt: sent.resendAvailableAt }),
      };
    },

    async verify(input, ctx) {
      engine(ctx.subject).verify({
        requestId: input.ref ?? '',
        channel: input.channel,
        to: input.to,
        code: input.code,
        event: input.event,
      });
    },

    async getStatus(ctx) {
      return engine(ctx.subject).status();
    },
  };
  if (exposeOutbox) {
    Object.assign(provider, { outbox: { list: (subject: string) => engines.get(subject)?.outbox.messages ?? [] } });
  }
  return provider;
}
