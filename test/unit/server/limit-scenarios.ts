import { expect, it, vi } from 'vitest';
import { createManualClock } from '../../../src/core/clock';
import type { VerificationHandlerOptions } from '../../../src/server/handler';
import type { LimitStore } from '../../../src/server/limits/store';
import { memoryProvider } from '../../../src/server/providers/memory';
import { createTestHandler, errorOf, post, SECRET } from './helpers';

export const START = 1_767_225_600_000;

/** A memory provider with no resend cooldown of its own, so only the handler's limits refuse. */
export function limitedSetup(store: LimitStore | undefined, overrides: Partial<VerificationHandlerOptions> = {}) {
  const clock = createManualClock(START);
  const provider = memoryProvider({ clock, cooldownMs: 1 });
  const sends = vi.spyOn(provider, 'send');
  const onError = vi.fn();
  const handler = createTestHandler(provider, { now: clock.now, onError, ...(store && { store }), ...overrides });
  return { clock, provider, sends, handler, onError };
}

export const email = (to: string, event = 'SignIn') => ({ channel: 'email', to, event });

export async function sendAs(handler: ReturnType<typeof limitedSetup>['handler'], subject: string, to: string, headers: Record<string, string> = {}) {
  return post(handler, '/send', email(to), { 'x-user': subject, ...headers });
}

/**
 * The handler's limits, run against any LimitStore: the memory store and Redis (both clients)
 * must give the same answers. Each scenario uses its own destinations, so one store can serve all.
 */
export function limitScenarios(makeStore: () => LimitStore, tag: string) {
  it(`per destination: 5 sends in 10 min across subjects; case and +tag variants share the limit (${tag})`, async () => {
    const { handler, sends } = limitedSetup(makeStore());
    const variants = [`Victim@${tag}.example.com`, `VICTIM@${tag}.EXAMPLE.com`, `victim+1@${tag}.example.com`, `victim+2@${tag}.example.com`, `victim@${tag}.example.com`];
    for (const [i, to] of variants.entries()) expect((await sendAs(handler, `s${i}`, to)).status, to).toBe(200);
    const refused = await sendAs(handler, 's9', `vIctim+x@${tag}.example.com`);
    expect(refused.status).toBe(429);
    const error = await errorOf(refused);
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterMs).toBeGreaterThan(0);
    expect(error.retryAfterMs).toBeLessThanOrEqual(600_000);
    expect(Number(refused.headers.get('retry-after'))).toBe(Math.ceil(error.retryAfterMs! / 1000));
    // Refused before any provider call; the address sent to stayed what the user typed.
    expect(sends).toHaveBeenCalledTimes(5);
    expect(sends.mock.calls.map(([input]) => input.to)).toEqual(variants.map((v) => v.replace(/@.*/, (d) => d.toLowerCase())));
  });

  it(`per subject: 10 sends per hour, and at most 5 distinct destinations (${tag})`, async () => {
    const many = limitedSetup(makeStore(), { limits: { subjectDestinations: false } });
    for (let i = 0; i < 10; i += 1) expect((await sendAs(many.handler, `busy-${tag}`, `d${i}@${tag}.example.com`)).status).toBe(200);
    const eleventh = await sendAs(many.handler, `busy-${tag}`, `d10@${tag}.example.com`);
    expect(eleventh.status).toBe(429);
    expect((await errorOf(eleventh)).code).toBe('rate_limited');

    const { handler, sends } = limitedSetup(makeStore());
    for (let i = 0; i < 5; i += 1) expect((await sendAs(handler, `hopper-${tag}`, `h${i}@${tag}.example.com`)).status).toBe(200);
    expect((await sendAs(handler, `hopper-${tag}`, `h5@${tag}.example.com`)).status).toBe(429);
    // A destination already counted today is not a new one.
    expect((await sendAs(handler, `hopper-${tag}`, `H0@${tag}.example.com`)).status).toBe(200);
    expect(sends).toHaveBeenCalledTimes(6);
  });

  it(`per client IP: 20 sends per hour when getClientIp is given (${tag})`, async () => {
    const { handler, sends } = limitedSetup(makeStore(), { getClientIp: (request) => request.headers.get('x-ip') });
    for (let i = 0; i < 20; i += 1) {
      expect((await sendAs(handler, `ip-${tag}-${i}`, `ip${i}@${tag}.example.com`, { 'x-ip': '203.0.113.7' })).status).toBe(200);
    }
    expect((await sendAs(handler, `ip-${tag}-x`, `ipx@${tag}.example.com`, { 'x-ip': '203.0.113.7' })).status).toBe(429);
    expect((await sendAs(handler, `ip-${tag}-y`, `ipy@${tag}.example.com`, { 'x-ip': '203.0.113.8' })).status).toBe(200);
    expect(sends).toHaveBeenCalledTimes(21);
  });

  it(`verify: 5 wrong codes per requestId, 15 per destination per hour, then a lockout even for the right code (${tag})`, async () => {
    const { handler, provider, clock } = limitedSetup(makeStore());
    const to = `guess@${tag}.example.com`;
    const verify = (requestId: string, code: string) => post(handler, '/verify', { ...email(to), requestId, code }, { 'x-user': `g-${tag}` });
    let last: Response | undefined;
    for (let round = 0; round < 3; round += 1) {
      clock.advance(1_000);
      const sent = (await (await sendAs(handler, `g-${tag}`, to)).json()) as { requestId: string };
      const right = provider.engine(`g-${tag}`).lastCode(to)!;
      const wrong = right === '000000' ? '111111' : '000000';
      const codes: string[] = [];
      for (let i = 0; i < 5; i += 1) codes.push((await errorOf(await verify(sent.requestId, wrong))).code);
      expect(codes).toEqual(['invalid_code', 'invalid_code', 'invalid_code', 'invalid_code', 'too_many_attempts']);
      last = await verify(sent.requestId, right);
      expect((await errorOf(last)).code).toBe('too_many_attempts');
    }
    // 15 wrong codes for this destination: a fourth code, typed right, is still refused this hour.
    clock.advance(1_000);
    const sent = (await (await sendAs(handler, `g-${tag}`, to)).json()) as { requestId: string };
    const locked = await verify(sent.requestId, provider.engine(`g-${tag}`).lastCode(to)!);
    expect(locked.status).toBe(429);
    const error = await errorOf(locked);
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterMs).toBeGreaterThan(0);
    expect(error.retryAfterMs).toBeLessThanOrEqual(3_600_000);
  });

  it(`concurrency: parallel sends from many subjects to one destination, and from one subject to many (${tag})`, async () => {
    const { handler, sends } = limitedSetup(makeStore());
    const toOne = await Promise.all(Array.from({ length: 24 }, (_, i) => sendAs(handler, `crowd-${tag}-${i}`, `target@${tag}.example.com`)));
    expect(toOne.filter((r) => r.status === 200)).toHaveLength(5);
    expect(toOne.filter((r) => r.status === 429)).toHaveLength(19);
    const toMany = await Promise.all(Array.from({ length: 24 }, (_, i) => sendAs(handler, `spray-${tag}`, `spray${i}@${tag}.example.com`)));
    expect(toMany.filter((r) => r.status === 200)).toHaveLength(5);
    expect(toMany.filter((r) => r.status === 429)).toHaveLength(19);
    expect(sends).toHaveBeenCalledTimes(10);
  });

  it(`proofs: singleUse refuses a second verifyProof of one proof (${tag})`, async () => {
    const store = makeStore();
    const { handler, provider } = limitedSetup(store);
    const to = `proof@${tag}.example.com`;
    const sent = (await (await sendAs(handler, `p-${tag}`, to)).json()) as { requestId: string };
    const verified = await post(handler, '/verify', { ...email(to), requestId: sent.requestId, code: provider.engine(`p-${tag}`).lastCode(to)! }, { 'x-user': `p-${tag}` });
    const { proof } = (await verified.json()) as { proof: string };
    const { verifyProof } = await import('../../../src/server/token');
    const expectation = { subject: `p-${tag}`, to, now: START };
    await expect(verifyProof(proof, SECRET, expectation, { singleUse: true, store })).resolves.toMatchObject({ to });
    await expect(verifyProof(proof, SECRET, expectation, { singleUse: true, store })).rejects.toMatchObject({ code: 'session_expired' });
    // The handler's own verifyProof, with proofs.singleUse, goes through the same store.
    const once = limitedSetup(store, { proofs: { singleUse: true } });
    const again = (await (await sendAs(once.handler, `p2-${tag}`, to)).json()) as { requestId: string };
    const ok = await post(once.handler, '/verify', { ...email(to), requestId: again.requestId, code: once.provider.engine(`p2-${tag}`).lastCode(to)! }, { 'x-user': `p2-${tag}` });
    const second = ((await ok.json()) as { proof: string }).proof;
    await expect(once.handler.verifyProof!(second, { subject: `p2-${tag}`, now: START })).resolves.toMatchObject({ subject: `p2-${tag}` });
    await expect(once.handler.verifyProof!(second, { subject: `p2-${tag}`, now: START })).rejects.toMatchObject({ code: 'session_expired' });
  });
}
