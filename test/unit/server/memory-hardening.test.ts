// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createManualClock } from '../../../src/core/clock';
import { constantTimeEqual } from '../../../src/core/demo/constant-time';
import { createRandom } from '../../../src/core/demo/prng';
import { fromBase64Url, fromUtf8 } from '../../../src/server/encoding';
import { memoryProvider } from '../../../src/server/providers/memory';
import { createTestHandler, errorOf, get, post } from './helpers';

const START = 1_767_225_600_000;
const body = (to: string) => ({ channel: 'email', to, event: 'SignIn' });

function claimsOf(requestId: string): Record<string, unknown> {
  return JSON.parse(fromUtf8(fromBase64Url(requestId.split('.')[1]!)!)) as Record<string, unknown>;
}

function setup(options: Parameters<typeof memoryProvider>[0] = {}) {
  const clock = createManualClock(START);
  const provider = memoryProvider({ clock, ...options });
  const handler = createTestHandler(provider, { now: clock.now, limits: false });
  return { clock, provider, handler };
}

afterEach(() => vi.restoreAllMocks());

describe('memoryProvider hardening', () => {
  it('draws codes with crypto.getRandomValues, never Math.random', async () => {
    const random = vi.spyOn(Math, 'random');
    const getRandomValues = vi.spyOn(crypto, 'getRandomValues');
    const { handler, provider } = setup();
    expect((await post(handler, '/send', body('jane@example.com'))).status).toBe(200);
    expect(provider.engine('user-1').lastCode('jane@example.com')).toMatch(/^\d{6}$/);
    expect(getRandomValues).toHaveBeenCalled();
    expect(random).not.toHaveBeenCalled();
    // The unseeded demo random source is Web Crypto too, with every digit reachable.
    const digits = new Set(createRandom().digits(400));
    expect(digits.size).toBe(10);
  });

  it('the reference in a requestId is not derived from the code randomness', async () => {
    // Same seed, same subject: same code (reproducible tests)…
    const one = setup({ seed: 42 });
    const two = setup({ seed: 42 });
    const a = (await (await post(one.handler, '/send', body('jane@example.com'))).json()) as { requestId: string };
    const b = (await (await post(two.handler, '/send', body('jane@example.com'))).json()) as { requestId: string };
    expect(one.provider.engine('user-1').lastCode('jane@example.com')).toBe(two.provider.engine('user-1').lastCode('jane@example.com'));
    // …but the references clients can read are fresh random ids, unrelated to the seeded stream.
    expect(claimsOf(a.requestId).ref).not.toBe(claimsOf(b.requestId).ref);
    expect(String(claimsOf(a.requestId).ref)).not.toMatch(/^req_/);
  });

  it('a seed never makes two subjects share a code', async () => {
    const { handler, provider } = setup({ seed: 7 });
    const codes = new Set<string>();
    for (let i = 0; i < 20; i += 1) {
      await post(handler, '/send', body('jane@example.com'), { 'x-user': `subject-${i}` });
      codes.add(provider.engine(`subject-${i}`).lastCode('jane@example.com')!);
    }
    // 20 draws of 6 digits: a repeat would be a 1-in-5000 coincidence, not a shared stream.
    expect(codes.size).toBeGreaterThanOrEqual(19);
  });

  it('1,000 throw-away sessions do not evict a live code', async () => {
    const { handler, provider } = setup();
    const sent = (await (await post(handler, '/send', body('victim@example.com'), { 'x-user': 'victim' })).json()) as { requestId: string };
    const code = provider.engine('victim').lastCode('victim@example.com')!;
    // Status and verify reads from new sessions don't even take a slot…
    for (let i = 0; i < 1500; i += 1) await get(handler, '/status', { 'x-user': `reader-${i}` });
    // …and sessions that send fill the free slots, then are refused rather than evicting a live code.
    const statuses: number[] = [];
    for (let i = 0; i < 1000; i += 1) statuses.push((await post(handler, '/send', body(`a${i}@example.com`), { 'x-user': `flood-${i}` })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(999);
    const refused = await post(handler, '/send', body('late@example.com'), { 'x-user': 'late' });
    expect((await errorOf(refused)).code).toBe('rate_limited');
    const verified = await post(handler, '/verify', { ...body('victim@example.com'), requestId: sent.requestId, code }, { 'x-user': 'victim' });
    expect(verified.status).toBe(200);
  });

  it('expired sessions make room again', async () => {
    const { handler, clock } = setup({ maxSessions: 2 });
    await post(handler, '/send', body('a@example.com'), { 'x-user': 'a' });
    await post(handler, '/send', body('b@example.com'), { 'x-user': 'b' });
    expect((await post(handler, '/send', body('c@example.com'), { 'x-user': 'c' })).status).toBe(429);
    clock.advance(600_001);
    expect((await post(handler, '/send', body('c@example.com'), { 'x-user': 'c' })).status).toBe(200);
  });

  it('compares codes in constant time (no early exit on the first differing character)', () => {
    expect(constantTimeEqual('123456', '123456')).toBe(true);
    expect(constantTimeEqual('123456', '123457')).toBe(false);
    expect(constantTimeEqual('123456', '023456')).toBe(false);
    expect(constantTimeEqual('12345', '123456')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
    // Every character is read whatever the first difference: count reads through a Proxy-free probe.
    let reads = 0;
    const probe = { length: 6, charCodeAt: (i: number) => ((reads += 1), 48 + i) } as unknown as string;
    constantTimeEqual(probe, '999999');
    expect(reads).toBe(6);
  });
});
