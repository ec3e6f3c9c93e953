import { createDemoEngine, type DemoEngine, type DemoEngineOptions, type DemoSnapshot } from '../../core/demo/engine';
import { VerificationError } from '../../core/errors';
import type { Outbox } from '../../core/demo/outbox';
import { validateSendRequest, validateVerifyRequest } from '../../core/identifiers/validate';
import type { VerificationStatus, VerifiedCode } from '../../core/types';
import { sleep, throwIfAborted } from '../shared/abort';
import type { AdapterCallOptions, CheckProofRequest, VerificationAdapter } from '../types';
import { faultError, type MemoryFault, type MemoryFaultTarget } from './faults';

export type { MemoryFault, MemoryFaultTarget } from './faults';

/**
 * The demo engine's options (account type, seed, code length, cooldown, ttl, attempts, verified
 * identifiers, clock: see DemoEngineOptions for each default), plus a simulated network.
 * `createMemoryAdapter({ accountType = 'individual', latencyMs, seed, codeLength = 6,
 * cooldownMs = 30_000, ttlMs = 600_000, maxAttempts = 5, verified })`.
 */
export interface MemoryAdapterOptions extends Omit<DemoEngineOptions, 'render' | 'snapshot'> {
  /**
   * Keep the demo backend (verified identifiers, proofs, live codes and the outbox) in
   * sessionStorage under `verikit:demo-backend`, or `{ key, storage }`, so a demo survives a
   * page reload as a real server would. Demos only: the stored backend holds live codes, as
   * the demo outbox does. Default `false`.
   */
  persist?: boolean | { key?: string; storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> };
  /**
   * Simulated round trip in ms, or `[min, max]` for a seeded random one. Default 0. Calls
   * honour their AbortSignal while they wait.
   */
  latencyMs?: number | readonly [number, number];
}

export interface MemoryAdapter extends VerificationAdapter {
  getStatus(opts?: AdapterCallOptions): Promise<VerificationStatus>;
  /** Confirms a proof this backend issued, for the identifier it was issued for; `session_expired` otherwise. */
  checkProof(req: CheckProofRequest, opts?: AdapterCallOptions): Promise<VerifiedCode>;
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
function backendStore(persist: MemoryAdapterOptions['persist']) {
  if (!persist) return null;
  const options = persist === true ? {} : persist;
  let storage = options.storage;
  try {
    storage ??= typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    // Storage access throws in some privacy modes: the demo just won't survive a reload.
    storage = undefined;
  }
  return storage ? { key: options.key ?? 'verikit:demo-backend', storage } : null;
}

function readSnapshot(store: ReturnType<typeof backendStore>): DemoSnapshot | undefined {
  try {
    const raw = store?.storage.getItem(store.key);
    const parsed = raw ? (JSON.parse(raw) as DemoSnapshot) : undefined;
    return parsed?.version === 1 && Array.isArray(parsed.identifiers) && Array.isArray(parsed.outbox) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const store = backendStore(options.persist);
  const snapshot = readSnapshot(store);
  const engine = createDemoEngine({
    ...(snapshot && { snapshot }),
    ordering: options.ordering,
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
    try {
      return run();
    } finally {
      save();
    }
  }

  function save(): void {
    try {
      store?.storage.setItem(store.key, JSON.stringify(engine.snapshot()));
    } catch {
      // Full or forbidden storage only costs the demo its reload.
    }
  }
  save();

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
    checkProof(req, opts) {
      return call('status', opts?.signal, () => {
        const verified = engine.checkProof(req.proof);
        // A proof for another identifier proves nothing about this one.
        if (verified.to !== req.to) throw new VerificationError('session_expired', 'This proof is for another identifier');
        return verified;
      });
    },
    failNext(fault, on = 'any') {
      faults.push({ fault, on });
    },
    clearFaults() {
      faults.length = 0;
    },
  };
}
