import type { ConsumeResult, CounterState, LimitRule, LimitStore } from '../limits/store';

/**
 * The two Redis clients this store knows, typed by the one method each uses, so neither package
 * is imported here: node-redis (`redis`, v4+) has `sendCommand(args)`, ioredis has
 * `call(command, ...args)`.
 */
export type RedisLikeClient =
  | { call(command: string, ...args: (string | number)[]): Promise<unknown> }
  | { sendCommand(args: string[]): Promise<unknown> };

export interface RedisStoreOptions {
  /** A connected node-redis (`createClient()` after `connect()`) or ioredis client. */
  client: RedisLikeClient;
  /** Prefix of every key this store writes. Default `verikit:`. */
  prefix?: string;
}

/*
 * Every operation is one Lua script, which Redis runs atomically: two instances racing for the last
 * send in a window can't both read "4 of 5" and both send. Windows expire through PEXPIRE, so
 * Redis's clock decides them and the instances' clocks don't need to agree.
 */

/** KEYS: rule keys. ARGV: per rule limit, windowMs, member ('' for a plain counter). Returns 0 or the wait in ms. */
const CONSUME = `
local wait = 0
for i = 1, #KEYS do
  local limit = tonumber(ARGV[i * 3 - 2])
  local member = ARGV[i * 3]
  local used
  if member ~= '' then
    if redis.call('SISMEMBER', KEYS[i], member) == 1 then used = -1 else used = redis.call('SCARD', KEYS[i]) end
  else
    used = tonumber(redis.call('GET', KEYS[i]) or '0')
  end
  if used >= limit then
    local ttl = redis.call('PTTL', KEYS[i])
    if ttl < 1 then ttl = tonumber(ARGV[i * 3 - 1]) end
    if ttl > wait then wait = ttl end
  end
end
if wait > 0 then return wait end
for i = 1, #KEYS do
  local member = ARGV[i * 3]
  if member ~= '' then redis.call('SADD', KEYS[i], member) else redis.call('INCR', KEYS[i]) end
  if redis.call('PTTL', KEYS[i]) < 0 then redis.call('PEXPIRE', KEYS[i], ARGV[i * 3 - 1]) end
end
return 0`;

/** KEYS[1]: counter. ARGV[1]: windowMs. Returns { count, pttl }. */
const INCREMENT = `
local count = redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { count, redis.call('PTTL', KEYS[1]) }`;

/** KEYS[1]: counter. Decrements, never below 0, and never creates it. */
const RELEASE = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then redis.call('DECR', KEYS[1]) end
return 0`;

/** KEYS[1]: counter. Returns { count, pttl }. */
const PEEK = `
return { tonumber(redis.call('GET', KEYS[1]) or '0'), redis.call('PTTL', KEYS[1]) }`;

async function sha1(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function toNumber(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) throw new Error('verikit/server/redis: unexpected reply from Redis');
  return n;
}

function counter(reply: unknown): CounterState {
  if (!Array.isArray(reply) || reply.length !== 2) throw new Error('verikit/server/redis: unexpected reply from Redis');
  const count = toNumber(reply[0]);
  const pttl = toNumber(reply[1]);
  return { count, resetMs: pttl > 0 ? pttl : 0 };
}

/**
 * A `LimitStore` on Redis, for apps running several instances: every instance pointed at one
 * Redis enforces one shared limit. Pass your own client, connected:
 *
 * ```ts
 * import { createClient } from 'redis';            // or: import Redis from 'ioredis'
 * import { createRedisStore } from 'verikit/server/redis';
 * const client = await createClient({ url: process.env.REDIS_URL }).connect();
 * const store = createRedisStore({ client });
 * ```
 *
 * Keys hold HMACs, never addresses or user ids. A rule set is one script over several keys, so on
 * Redis Cluster give every key one slot with a hash-tag prefix, e.g. `prefix: '{verikit}:'`.
 */
export function createRedisStore(options: RedisStoreOptions): LimitStore {
  const { client } = options;
  const prefix = options.prefix ?? 'verikit:';
  let command: (args: string[]) => Promise<unknown>;
  if (client && typeof (client as { call?: unknown }).call === 'function') {
    const ioredis = client as { call(command: string, ...args: (string | number)[]): Promise<unknown> };
    command = ([name = '', ...args]) => ioredis.call(name, ...args);
  } else if (client && typeof (client as { sendCommand?: unknown }).sendCommand === 'function') {
    const nodeRedis = client as { sendCommand(args: string[]): Promise<unknown> };
    command = (args) => nodeRedis.sendCommand(args);
  } else {
    throw new TypeError('createRedisStore: client must be a node-redis or ioredis client');
  }

  const shas = new Map<string, Promise<string>>();
  /** EVALSHA, loading the script with EVAL when Redis doesn't know it yet (first call, or after a restart). */
  async function run(script: string, keys: string[], args: (string | number)[]): Promise<unknown> {
    let sha = shas.get(script);
    if (!sha) {
      sha = sha1(script);
      shas.set(script, sha);
    }
    const tail = [String(keys.length), ...keys.map((k) => prefix + k), ...args.map(String)];
    try {
      return await command(['EVALSHA', await sha, ...tail]);
    } catch (error) {
      if (!/NOSCRIPT/.test(String((error as Error)?.message ?? error))) throw error;
      return command(['EVAL', script, ...tail]);
    }
  }

  return {
    async consume(rules: readonly LimitRule[]): Promise<ConsumeResult> {
      if (rules.length === 0) return { ok: true };
      const args = rules.flatMap((r) => [r.limit, Math.ceil(r.windowMs), r.member ?? '']);
      const wait = toNumber(await run(CONSUME, rules.map((r) => r.key), args));
      return wait > 0 ? { ok: false, retryAfterMs: wait } : { ok: true };
    },
    async increment(key: string, windowMs: number): Promise<CounterState> {
      return counter(await run(INCREMENT, [key], [Math.ceil(windowMs)]));
    },
    async release(key: string): Promise<void> {
      await run(RELEASE, [key], []);
    },
    async peek(key: string): Promise<CounterState> {
      return counter(await run(PEEK, [key], []));
    },
    async claim(key: string, ttlMs: number): Promise<boolean> {
      const reply = await command(['SET', prefix + key, '1', 'PX', String(Math.ceil(ttlMs)), 'NX']);
      return reply === 'OK';
    },
  };
}
