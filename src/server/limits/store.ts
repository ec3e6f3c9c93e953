/**
 * Where rate-limit counters live. `createMemoryStore()` keeps them in one process;
 * `createRedisStore()` (`verikit/server/redis`) shares them between every instance behind a load
 * balancer. Every method is atomic on its own: two instances racing for the last send in a window
 * can't both get it.
 */
export interface LimitRule {
  /** Counter key. The handler builds keys from HMACs of subjects and destinations, never raw addresses. */
  key: string;
  /** Hits allowed in the window (distinct members, when `member` is set). */
  limit: number;
  /** The window starts at the first hit and lasts this long (fixed window). */
  windowMs: number;
  /**
   * Count distinct members instead of hits: a member already counted in the window is free.
   * Used for "at most N distinct destinations per subject per day".
   */
  member?: string;
}

export type ConsumeResult = { ok: true } | { ok: false; retryAfterMs: number };

export interface CounterState {
  count: number;
  /** Ms until the window ends; 0 when there is no counter. */
  resetMs: number;
}

export interface LimitStore {
  /**
   * All or nothing: when every rule is under its limit, counts one hit on each and answers `ok`;
   * otherwise counts nothing and answers the longest wait among the rules at their limit.
   * `now` is the handler's clock (a shared store may use its own).
   */
  consume(rules: readonly LimitRule[], now: number): Promise<ConsumeResult>;
  /** Adds one hit to `key` (creating it with `windowMs`), no limit; answers the new count. */
  increment(key: string, windowMs: number, now: number): Promise<CounterState>;
  /** Takes back one hit from `key` (never below 0): a verify that was not a wrong guess is not a failure. */
  release(key: string, now: number): Promise<void>;
  /** The current count of `key`, without changing it. */
  peek(key: string, now: number): Promise<CounterState>;
  /** Records `key` until `ttlMs` from now; answers false when it was already recorded (a replay). */
  claim(key: string, ttlMs: number, now: number): Promise<boolean>;
}
