// @vitest-environment node
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStore, type RedisLikeClient } from '../../../src/server/stores/redis';
import { startRedis, type RedisServer } from '../../setup/redis-server';
import { errorOf, post } from './helpers';
import { email, limitedSetup, limitScenarios, sendAs } from './limit-scenarios';

/**
 * The Redis store against a real redis-server (Debian's, started here on a free loopback port),
 * through both clients the store supports: node-redis (`redis`) and `ioredis`.
 */
interface Connected {
  client: RedisLikeClient;
  close(): Promise<void>;
}

const CLIENTS: Record<string, (url: string) => Promise<Connected>> = {
  'node-redis': async (url) => {
    const client = createClient({ url, socket: { reconnectStrategy: (retries: number) => Math.min(retries * 50, 500) } });
    client.on('error', () => {});
    await client.connect();
    return { client, close: async () => client.destroy() };
  },
  ioredis: async (url) => {
    const client = new Redis(url, { maxRetriesPerRequest: 1, retryStrategy: (times: number) => Math.min(times * 50, 500) });
    client.on('error', () => {});
    await client.ping();
    return { client, close: async () => client.disconnect() };
  },
};

let server: RedisServer;
beforeAll(async () => {
  server = await startRedis();
});
afterAll(async () => {
  await server?.kill();
});

for (const [name, connect] of Object.entries(CLIENTS)) {
  describe(`createRedisStore with ${name}`, () => {
    let a: Connected;
    let b: Connected;
    beforeAll(async () => {
      a = await connect(server.url);
      b = await connect(server.url);
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
    });

    // Each scenario gets its own key prefix, so the runs don't share counters.
    let run = 0;
    limitScenarios(() => createRedisStore({ client: a.client, prefix: `t:${name}:${(run += 1)}:` }), name);

    it('two handler instances sharing one Redis enforce one limit, also under parallel load', async () => {
      const prefix = `shared:${name}:`;
      const one = limitedSetup(createRedisStore({ client: a.client, prefix }));
      const two = limitedSetup(createRedisStore({ client: b.client, prefix }));
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => sendAs(i % 2 ? one.handler : two.handler, `many-${i}`, `shared@${name}.example.com`)),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(5);
      expect(results.filter((r) => r.status === 429)).toHaveLength(25);
      expect(one.sends.mock.calls.length + two.sends.mock.calls.length).toBe(5);

      // One subject spraying destinations through both instances: 5 distinct destinations a day.
      const spray = await Promise.all(
        Array.from({ length: 20 }, (_, i) => sendAs(i % 2 ? one.handler : two.handler, `sprayer-${name}`, `s${i}@${name}.example.com`)),
      );
      expect(spray.filter((r) => r.status === 200)).toHaveLength(5);
    });

    it('windows expire on the Redis clock', async () => {
      const { handler } = limitedSetup(createRedisStore({ client: a.client, prefix: `ttl:${name}:` }), {
        limits: { destination: { limit: 1, windowMs: 300 } },
      });
      expect((await sendAs(handler, 'x', `ttl@${name}.example.com`)).status).toBe(200);
      const refused = await sendAs(handler, 'y', `ttl@${name}.example.com`);
      expect(refused.status).toBe(429);
      expect((await errorOf(refused)).retryAfterMs).toBeLessThanOrEqual(300);
      await new Promise((r) => setTimeout(r, 350));
      expect((await sendAs(handler, 'y', `ttl@${name}.example.com`)).status).toBe(200);
    });

    it('reloads its scripts after Redis forgets them (SCRIPT FLUSH, as after a restart)', async () => {
      const store = createRedisStore({ client: a.client, prefix: `flush:${name}:` });
      await store.increment('k', 60_000, 0);
      const raw = a.client as { call?: (...args: string[]) => Promise<unknown>; sendCommand?: (args: string[]) => Promise<unknown> };
      await (raw.call ? raw.call('SCRIPT', 'FLUSH') : raw.sendCommand!(['SCRIPT', 'FLUSH']));
      expect((await store.increment('k', 60_000, 0)).count).toBe(2);
    });
  });
}

describe('createRedisStore when Redis goes down', () => {
  for (const [name, connect] of Object.entries(CLIENTS)) {
    it(`${name}: sends fail closed (503, nothing sent), verifies keep working, sends resume when it is back`, async () => {
      const own = await startRedis();
      const conn = await connect(own.url);
      let back: RedisServer | undefined;
      try {
        const { handler, provider, sends, onError } = limitedSetup(createRedisStore({ client: conn.client }), { storeTimeoutMs: 300 });
        const sent = (await (await sendAs(handler, 'u', 'jane@example.com')).json()) as { requestId: string };
        expect(sent.requestId).toBeTypeOf('string');
        await own.kill();

        const refused = await Promise.all([sendAs(handler, 'u', 'other@example.com'), sendAs(handler, 'v', 'third@example.com')]);
        for (const response of refused) {
          expect(response.status).toBe(503);
          expect((await errorOf(response)).code).toBe('unknown');
        }
        expect(sends).toHaveBeenCalledTimes(1);

        const verified = await post(handler, '/verify', { ...email('jane@example.com'), requestId: sent.requestId, code: provider.engine('u').lastCode('jane@example.com')! }, { 'x-user': 'u' });
        expect(verified.status).toBe(200);
        expect(onError.mock.calls.some(([, info]) => info.route === 'store')).toBe(true);

        // Back on the same port: the client reconnects and sends go through again, still limited.
        back = await startRedis(own.port);
        await expect.poll(async () => (await sendAs(handler, 'w', 'fourth@example.com')).status, { timeout: 10_000, interval: 200 }).toBe(200);
        expect(sends).toHaveBeenCalledTimes(2);
      } finally {
        await conn.close();
        await own.kill();
        await back?.kill();
      }
    });
  }
});
