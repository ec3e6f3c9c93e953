import { createDemoEngine, type DemoEngine, type DemoEngineOptions } from '../../core/demo/engine';
import type { Outbox } from '../../core/demo/outbox';
import { validateSendRequest, validateVerifyRequest } from '../../core/identifiers/validate';
import type { VerificationStatus } from '../../core/types';
import { sleep, throwIfAborted } from '../shared/abort';
import type { AdapterCallOptions, VerificationAdapter } from '../types';
import { faultError, type MemoryFault, type MemoryFaultTarget } from './faults';

export type { MemoryFault, MemoryFaultTarget } from './faults';

/**
 * The demo engine's options (account type, seed, code length, cooldown, ttl, attempts, verified
 * identifiers, clock: see DemoEngineOptions for each default), plus a simulated network.
 * `createMemoryAdapter({ accountType = 'individual', latencyMs, seed, codeLength = 6,
 * cooldownMs = 30_000, ttlMs = 600_000, maxAttempts = 5, verified })`.
 */
export interface MemoryAdapterOptions extends Omit<DemoEngineOptions, 'render'> {
  /**
   * Simulated round trip in ms, or `[min, max]` for a seeded random one. Default 0. Calls
   * honour their AbortSignal while they wait.
   */
  latencyMs?: number | readonly [number, number];
}

export interface MemoryAdapter extends VerificationAdapter {
  getStatus(opts?: AdapterCallOptions): Promise<VerificationStatus>;
  /** Every message "sent", with its code: show it in a demo, read it in a test. */
  readonly outbox: Outbox;
  /** The backend itself, for tests and demos (e.g. `engine.markVerified(to)`). */
  readonly engine: DemoEngine;
  /**
   * Makes the next matching call fail, after its latency, instead of reaching the backend.
   * Faults queue up: two calls to `failNext` fail the next two matching calls.
   */
  failNext(fault: MemoryFault, on?: MemoryFaultTarget): void;
  /** Drops queued faults. */
  clearFaults(): void;
  /** Calls that got past validation and an abort, scripted failures included. */
  readonly requestCount: number;
}

/**
 * An in-browser verification backend behind the adapter contract: the demo engine from
 * `verikit/core` plus latency and scripted failures. For demos, Storybook and tests; nothing
 * leaves the page.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const engine = createDemoEngine({
    accountType: options.accountType ?? 'individual',
    seed: options.seed,
    codeLength: options.codeLength ?? 6,
    cooldownMs: options.cooldownMs ?? 30_000,
    ttlMs: options.ttlMs ?? 600_000,
    maxAttempts: options.maxAttempts ?? 5,
    verified: options.verified,
    clock: options.clock,
  });
  const faults: { fault: MemoryFault; on: MemoryFaultTarget }[] = [];
  // Latency gets its own stream so adding latency doesn't change which codes a seed gives.
  let latencySeed = ((options.seed ?? Math.floor(Math.random() * 2 ** 31)) ^ 0x5bd1e995) >>> 0;
  let requestCount = 0;

  function latency(): number {
    const value = options.latencyMs ?? 0;
    if (typeof value === 'number') return value;
    const [min, max] = value;
    latencySeed = (Math.imul(latencySeed, 1664525) + 1013904223) >>> 0;
    return min + (latencySeed / 2 ** 32) * (max - min);
  }

  async function call<T>(target: Exclude<MemoryFaultTarget, 'any'>, signal: AbortSignal | undefined, run: () => T): Promise<T> {
    throwIfAborted(signal);
    await sleep(latency(), signal);
    // Counted like a request that reached the wire, faults included: a retry would show.
    requestCount += 1;
    const index = faults.findIndex((f) => f.on === 'any' || f.on === target);
    if (index !== -1) {
      const [queued] = faults.splice(index, 1);
      if (queued) throw faultError(queued.fault);
    }
    return run();
  }

  return {
    outbox: engine.outbox,
    engine,
    get requestCount() {
      return requestCount;
    },
    sendCode(req, opts) {
      // Validation runs before anything else, as it would before a real request.
      try {
        validateSendRequest(req);
      } catch (error) {
        return Promise.reject(error);
      }
      return call('send', opts?.signal, () => engine.send(req));
    },
    verifyCode(req, opts) {
      try {
        validateVerifyRequest(req);
      } catch (error) {
        return Promise.reject(error);
      }
      return call('verify', opts?.signal, () => engine.verify(req));
    },
    getStatus(opts) {
      return call('status', opts?.signal, () => engine.status());
    },
    failNext(fault, on = 'any') {
      faults.push({ fault, on });
    },
    clearFaults() {
      faults.length = 0;
    },
  };
}
