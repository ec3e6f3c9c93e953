import type { ConsumeResult, CounterState, LimitRule, LimitStore } from './store';

export interface MemoryStoreOptions {
  /** Writes between two sweeps of expired windows, at least; the gap grows with the map so sweeping stays O(1) per write. Default 1,000. */
  sweepEvery?: number;
}

interface Window {
  count: number;
  members?: Set<string>;
  resetAt: number;
}

/**
 * The default `LimitStore`: counters in this process's memory. Right for one instance; with several
 * instances behind a load balancer each would count alone, so use `createRedisStore` there.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): LimitStore {
  const sweepEvery = options.sweepEvery ?? 1_000;
  const windows = new Map<string, Window>();
  let writes = 0;
  let nextSweep = sweepEvery;

  function live(key: string, now: number): Window | undefined {
    const found = windows.get(key);
    if (found && found.resetAt <= now) {
      windows.delete(key);
      return undefined;
    }
    return found;
  }

  /** No timers (they would keep a process alive): expired windows go on a write schedule instead. */
  function sweep(now: number): void {
    writes += 1;
    if (writes < nextSweep) return;
    for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key);
    // Wait at least as many writes as there are live windows: a map full of live windows is never swept per write.
    nextSweep = writes + Math.max(sweepEvery, windows.size);
  }

  function open(key: string, windowMs: number, now: number): Window {
    let window = live(key, now);
    if (!window) {
      window = { count: 0, resetAt: now + windowMs };
      windows.set(key, window);
    }
    return window;
  }

  return {
    async consume(rules: readonly LimitRule[], now: number): Promise<ConsumeResult> {
      let wait = 0;
      for (const rule of rules) {
        const window = live(rule.key, now);
        if (!window) continue;
        const used = rule.member !== undefined ? (window.members?.has(rule.member) ? -1 : (window.members?.size ?? 0)) : window.count;
        if (used >= rule.limit) wait = Math.max(wait, window.resetAt - now, 1);
      }
      if (wait > 0) return { ok: false, retryAfterMs: wait };
      for (const rule of rules) {
        const window = open(rule.key, rule.windowMs, now);
        if (rule.member !== undefined) (window.members ??= new Set()).add(rule.member);
        else window.count += 1;
      }
      sweep(now);
      return { ok: true };
    },

    async increment(key: string, windowMs: number, now: number): Promise<CounterState> {
      const window = open(key, windowMs, now);
      window.count += 1;
      sweep(now);
      return { count: window.count, resetMs: window.resetAt - now };
    },

    async release(key: string, now: number): Promise<void> {
      const window = live(key, now);
      if (window && window.count > 0) window.count -= 1;
    },

    async peek(key: string, now: number): Promise<CounterState> {
      const window = live(key, now);
      return window ? { count: window.count, resetMs: window.resetAt - now } : { count: 0, resetMs: 0 };
    },

    async claim(key: string, ttlMs: number, now: number): Promise<boolean> {
      if (live(key, now)) return false;
      windows.set(key, { count: 1, resetAt: now + ttlMs });
      sweep(now);
      return true;
    },
  };
}
