// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { VerificationError } from '../../../src/core/errors';
import { canonicalDestination } from '../../../src/server/limits/canonical';
import { createMemoryStore } from '../../../src/server/limits/memory-store';
import type { LimitStore } from '../../../src/server/limits/store';
import { errorOf, post } from './helpers';
import { email, limitedSetup, limitScenarios, sendAs } from './limit-scenarios';

describe('rate limits on the memory store (the default)', () => {
  limitScenarios(() => createMemoryStore(), 'memory');
});

describe('rate limits: defaults, windows and faults', () => {
  it('are on by default, with no store configured', async () => {
    const { handler, sends } = limitedSetup(undefined);
    for (let i = 0; i < 5; i += 1) expect((await sendAs(handler, `u${i}`, 'victim@example.com')).status).toBe(200);
    expect((await sendAs(handler, 'u9', 'victim@example.com')).status).toBe(429);
    expect(sends).toHaveBeenCalledTimes(5);
  });

  it('limits: false turns them off', async () => {
    const { handler, sends } = limitedSetup(undefined, { limits: false });
    for (let i = 0; i < 12; i += 1) expect((await sendAs(handler, `u${i}`, 'victim@example.com')).status).toBe(200);
    expect(sends).toHaveBeenCalledTimes(12);
  });

  it('a window ends: the destination can be sent to again after 10 minutes', async () => {
    const { handler, clock } = limitedSetup(undefined);
    for (let i = 0; i < 5; i += 1) await sendAs(handler, `u${i}`, 'victim@example.com');
    const refused = await sendAs(handler, 'u9', 'victim@example.com');
    const wait = (await errorOf(refused)).retryAfterMs!;
    clock.advance(wait - 1);
    expect((await sendAs(handler, 'u9', 'victim@example.com')).status).toBe(429);
    clock.advance(1);
    expect((await sendAs(handler, 'u9', 'victim@example.com')).status).toBe(200);
  });

  it('each limit is overridable; a retry-after is never longer than 24 h', async () => {
    const { handler } = limitedSetup(undefined, { limits: { destination: { limit: 1, windowMs: 3 * 24 * 3_600_000 } } });
    expect((await sendAs(handler, 'a', 'victim@example.com')).status).toBe(200);
    const refused = await sendAs(handler, 'b', 'victim@example.com');
    expect(await errorOf(refused)).toMatchObject({ code: 'rate_limited', retryAfterMs: 86_400_000 });
    expect(refused.headers.get('retry-after')).toBe('86400');
    expect(() => limitedSetup(undefined, { limits: { subject: { limit: 0, windowMs: 1 } } })).toThrow(/limits\.subject/);
  });

  it('store down or slow: sends fail closed (503 unknown, nothing sent), verifies keep working', async () => {
    const memory = createMemoryStore();
    let down = false;
    const fail = () => Promise.reject(new Error('ECONNREFUSED'));
    const hang = () => new Promise<never>(() => {});
    let mode: 'fail' | 'hang' = 'fail';
    const flaky: LimitStore = {
      consume: (...args) => (down ? (mode === 'fail' ? fail() : hang()) : memory.consume(...args)),
      increment: (...args) => (down ? (mode === 'fail' ? fail() : hang()) : memory.increment(...args)),
      release: (...args) => (down ? (mode === 'fail' ? fail() : hang()) : memory.release(...args)),
      peek: (...args) => (down ? (mode === 'fail' ? fail() : hang()) : memory.peek(...args)),
      claim: (...args) => (down ? (mode === 'fail' ? fail() : hang()) : memory.claim(...args)),
    };
    const { handler, provider, sends, onError } = limitedSetup(flaky, { storeTimeoutMs: 50 });
    const sent = (await (await sendAs(handler, 'u', 'jane@example.com')).json()) as { requestId: string };
    down = true;
    for (const m of ['fail', 'hang'] as const) {
      mode = m;
      const refused = await sendAs(handler, 'u', 'other@example.com');
      expect(refused.status, m).toBe(503);
      expect((await errorOf(refused)).code).toBe('unknown');
      expect(refused.headers.get('retry-after')).toBe('5');
    }
    expect(sends).toHaveBeenCalledTimes(1);
    const verified = await post(handler, '/verify', { ...email('jane@example.com'), requestId: sent.requestId, code: provider.engine('u').lastCode('jane@example.com')! }, { 'x-user': 'u' });
    expect(verified.status).toBe(200);
    // The app hears about the outage.
    expect(onError.mock.calls.some(([, info]) => info.route === 'store')).toBe(true);
  });

  it('refusals come before the provider and before beforeSend sees a count', async () => {
    const seen: string[] = [];
    const { handler, sends } = limitedSetup(undefined, {
      limits: { destination: { limit: 1, windowMs: 60_000 } },
      beforeSend: (ctx) => {
        seen.push(ctx.to);
      },
    });
    expect((await sendAs(handler, 'a', 'x@example.com')).status).toBe(200);
    expect((await sendAs(handler, 'b', 'x@example.com')).status).toBe(429);
    expect(sends).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['x@example.com', 'x@example.com']);
    expect(new VerificationError('rate_limited')).toBeInstanceOf(Error);
  });
});

describe('canonicalDestination', () => {
  it('folds case and +tags for email, keeps E.164 for every phone channel', () => {
    expect(canonicalDestination('email', 'Victim+promo@Example.COM')).toBe('email:victim@example.com');
    expect(canonicalDestination('email', 'VICTIM@example.com')).toBe(canonicalDestination('email', 'victim+1@example.com'));
    expect(canonicalDestination('email', '+only@example.com')).toBe('email:+only@example.com');
    expect(canonicalDestination('sms', '+14155550123')).toBe(canonicalDestination('whatsapp', '+14155550123'));
  });
});
