// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createManualClock } from '../../../src/core/clock';
import { createVerificationHandler, type VerificationHandlerOptions } from '../../../src/server/handler';
import { memoryProvider } from '../../../src/server/providers/memory';
import type { VerificationProvider } from '../../../src/server/provider';
import { createDemoEngine } from '../../../src/core/demo/engine';
import { verifyProof } from '../../../src/server/token';
import { fromBase64Url, toBase64Url } from '../../../src/server/encoding';
import { BASE, createTestHandler, errorOf, get, post, SECRET, subjectFromHeader } from './helpers';

const START = 1_767_225_600_000;

function setup(overrides: Partial<VerificationHandlerOptions> = {}, providerOptions: Parameters<typeof memoryProvider>[0] = {}) {
  const clock = createManualClock(START);
  const provider = memoryProvider({ seed: 7, clock, ...providerOptions });
  const onError = vi.fn();
  const handler = createTestHandler(provider, { now: clock.now, onError, ...overrides });
  return { clock, provider, handler, onError };
}

const sendBody = { channel: 'email', to: 'Jane@Example.COM', event: 'Register', locale: 'de' };

describe('createVerificationHandler: the HTTP contract', () => {
  it('sends and verifies; the proof says what was verified', async () => {
    const { handler, provider, clock } = setup();
    const sent = await post(handler, '/send', sendBody);
    expect(sent.status).toBe(200);
    expect(sent.headers.get('cache-control')).toBe('no-store');
    const sentBody = (await sent.json()) as Record<string, unknown>;
    // The domain is lower-cased, the local part kept.
    expect(sentBody).toMatchObject({ channel: 'email', to: 'Jane@example.com', codeLength: 6, expiresAt: START + 600_000, resendAvailableAt: START + 30_000 });
    expect(sentBody.requestId).toMatch(/^vk1\./);

    const code = provider.engine('user-1').lastCode('Jane@example.com')!;
    clock.advance(5_000);
    const verified = await post(handler, '/verify', { requestId: sentBody.requestId, channel: 'email', to: 'Jane@example.com', code, event: 'Register' });
    expect(verified.status).toBe(200);
    const body = (await verified.json()) as { channel: string; to: string; proof: string };
    expect(body).toMatchObject({ channel: 'email', to: 'Jane@example.com' });
    const claims = await verifyProof(body.proof, SECRET, { now: clock.now() });
    expect(claims).toMatchObject({ subject: 'user-1', channel: 'email', to: 'Jane@example.com', event: 'Register', provider: 'memory', issuedAt: START + 5_000 });
  });

  it('answers 404 not_configured for status when the provider can not tell; the http adapter reads that', async () => {
    const { createHttpAdapter } = await import('../../../src/adapters/http');
    const provider = { ...memoryProvider(), getStatus: undefined };
    const handler = createTestHandler(provider);
    const response = await get(handler, '/status');
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('not_configured');
    const adapter = createHttpAdapter({ baseUrl: BASE, fetch: (input, init) => handler(new Request(input as RequestInfo, init)), headers: { 'x-user': 'u' } });
    await expect(adapter.getStatus()).rejects.toMatchObject({ code: 'not_configured', status: 404 });
  });

  it('serves status from the provider', async () => {
    const { handler } = setup({}, { verified: ['jane@example.com'] });
    const response = await get(handler, '/status');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ email: { to: 'jane@example.com', verified: true }, phone: { verified: false } });
  });

  it('passes the engine rules through as contract errors with statuses and Retry-After', async () => {
    const { handler, provider } = setup();
    const first = (await (await post(handler, '/send', sendBody)).json()) as { requestId: string };
    const again = await post(handler, '/send', sendBody);
    expect(again.status).toBe(429);
    expect(again.headers.get('retry-after')).toBe('30');
    expect(await errorOf(again)).toMatchObject({ code: 'rate_limited', retryAfterMs: 30_000 });

    const wrong = await post(handler, '/verify', { ...sendBody, to: 'Jane@example.com', requestId: first.requestId, code: '000000' === provider.engine('user-1').lastCode('Jane@example.com') ? '111111' : '000000' });
    expect(wrong.status).toBe(400);
    expect(await errorOf(wrong)).toMatchObject({ code: 'invalid_code', attemptsLeft: 4 });

    const sms = await post(handler, '/send', { channel: 'sms', to: '+14155550123', event: 'Register' });
    expect(sms.status).toBe(409);
    expect((await errorOf(sms)).code).toBe('order_violation');
  });

  it('answers 404 for unknown paths and paths outside basePath, 405 with Allow for wrong methods', async () => {
    const { handler } = setup();
    for (const url of [`${BASE}/nope`, 'http://app.test/send', `${BASE}`, `${BASE}/send/extra`, 'http://app.test/api/verifyx/send']) {
      const response = await handler(new Request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-user': 'u' }, body: '{}' }));
      expect(response.status, url).toBe(404);
      expect((await errorOf(response)).code).toBe('not_configured');
    }
    const getSend = await get(handler, '/send');
    expect(getSend.status).toBe(405);
    expect(getSend.headers.get('allow')).toBe('POST');
    const postStatus = await post(handler, '/status', {});
    expect(postStatus.status).toBe(405);
    expect(postStatus.headers.get('allow')).toBe('GET');
    const del = await handler(new Request(`${BASE}/verify`, { method: 'DELETE' }));
    expect(del.status).toBe(405);
  });

  it('caps JSON bodies at 8 KB, by Content-Length and by bytes actually streamed', async () => {
    const { handler } = setup();
    const big = JSON.stringify({ ...sendBody, pad: 'x'.repeat(9000) });
    expect((await post(handler, '/send', big)).status).toBe(413);

    // No Content-Length (chunked): the cap still holds, and the handler stops reading early.
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 100) return controller.close();
        controller.enqueue(new TextEncoder().encode(pulled === 1 ? '{"pad":"' : 'x'.repeat(1024)));
      },
    });
    const chunked = await handler(
      new Request(`${BASE}/send`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-user': 'u' }, body: stream, duplex: 'half' } as RequestInit),
    );
    expect(chunked.status).toBe(413);
    expect(pulled).toBeLessThan(20);

    // Just under the cap is fine.
    const fits = JSON.stringify({ ...sendBody, pad: 'x'.repeat(8 * 1024 - 200) });
    expect((await post(handler, '/send', fits)).status).toBe(200);
  });

  it('refuses non-JSON content types (415), malformed JSON and non-objects (400)', async () => {
    const { handler } = setup();
    expect((await post(handler, '/send', JSON.stringify(sendBody), { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post(handler, '/send', 'channel=email', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await post(handler, '/send', '{"channel":')).status).toBe(400);
    expect((await post(handler, '/send', '[1,2]')).status).toBe(400);
    expect((await post(handler, '/send', { ...sendBody, channel: 'pigeon' })).status).toBe(400);
    expect((await post(handler, '/send', { ...sendBody, event: 'Login' })).status).toBe(400);
    const badTo = await post(handler, '/send', { ...sendBody, to: 'not-an-email' });
    expect(badTo.status).toBe(400);
    expect((await errorOf(badTo)).code).toBe('invalid_identifier');
    const badPhone = await post(handler, '/send', { channel: 'sms', to: '4155550123', event: 'SignIn' });
    expect((await errorOf(badPhone)).code).toBe('invalid_identifier');
  });

  it('answers 401 session_expired without a session subject, and never calls the provider', async () => {
    const { handler, provider } = setup();
    const spy = vi.spyOn(provider, 'send');
    const response = await post(handler, '/send', sendBody, { 'x-user': '' });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe('session_expired');
    expect(spy).not.toHaveBeenCalled();
  });

  it('answers not_configured (501) for a channel the provider does not deliver', async () => {
    const { handler } = setup();
    const limited = createTestHandler({ ...memoryProvider(), name: 'memory', channels: ['email'] });
    const response = await post(limited, '/send', { channel: 'whatsapp', to: '+14155550123', event: 'SignIn' });
    expect(response.status).toBe(501);
    expect((await errorOf(response)).code).toBe('not_configured');
    expect(handler).toBeTypeOf('function');
  });

  it('refuses to start without a strong secret, a getSubject, or a provider', () => {
    const provider = memoryProvider();
    expect(() => createVerificationHandler({ provider, secret: 'short', getSubject: subjectFromHeader })).toThrow(/32 characters/);
    expect(() => createVerificationHandler({ provider, secret: SECRET } as unknown as VerificationHandlerOptions)).toThrow(/getSubject/);
    expect(() => createVerificationHandler({ secret: SECRET, getSubject: subjectFromHeader } as unknown as VerificationHandlerOptions)).toThrow(/provider/);
  });
});

describe('createVerificationHandler: security', () => {
  it('a requestId issued to one subject is refused for another', async () => {
    // A provider whose references are global (like YCloud's verification ids): only the handler's
    // subject binding stands between user-2 and user-1's requestId.
    const clock = createManualClock(START);
    const engine = createDemoEngine({ seed: 3, clock });
    const verifyCalls: string[] = [];
    const provider: VerificationProvider = {
      name: 'global',
      channels: ['email'],
      send: async (input) => ({ ref: engine.send(input).requestId }),
      verify: async (input, ctx) => {
        verifyCalls.push(ctx.subject);
        engine.verify({ ...input, requestId: input.ref ?? '' });
      },
    };
    const handler = createTestHandler(provider, { now: clock.now });
    const { requestId } = (await (await post(handler, '/send', sendBody)).json()) as { requestId: string };
    const code = engine.lastCode('Jane@example.com')!;
    const stolen = await post(handler, '/verify', { requestId, channel: 'email', to: 'Jane@example.com', code, event: 'Register' }, { 'x-user': 'user-2' });
    expect(stolen.status).toBe(401);
    expect((await errorOf(stolen)).code).toBe('session_expired');
    expect(verifyCalls).toEqual([]);
    // The rightful owner still can.
    const own = await post(handler, '/verify', { requestId, channel: 'email', to: 'Jane@example.com', code, event: 'Register' });
    expect(own.status).toBe(200);
    expect(verifyCalls).toEqual(['user-1']);
  });

  it('a body naming another user id has no effect: the subject comes from the session only', async () => {
    const { handler, provider } = setup();
    const response = await post(handler, '/send', { ...sendBody, user_id: 'victim', subject: 'victim', sub: 'victim', userId: 'victim' });
    expect(response.status).toBe(200);
    expect(provider.engine('user-1').outbox.messages).toHaveLength(1);
    expect(provider.engine('victim').outbox.messages).toHaveLength(0);
    const { requestId } = (await response.json()) as { requestId: string };
    const claims = JSON.parse(new TextDecoder().decode(fromBase64Url(requestId.split('.')[1]!)!)) as { sub: string };
    expect(claims.sub).toBe('user-1');
  });

  it('tampered, swapped and expired requestIds are session_expired', async () => {
    const { handler, provider, clock } = setup();
    const { requestId } = (await (await post(handler, '/send', sendBody)).json()) as { requestId: string };
    const code = provider.engine('user-1').lastCode('Jane@example.com')!;
    const verify = (overrides: Record<string, unknown>) =>
      post(handler, '/verify', { requestId, channel: 'email', to: 'Jane@example.com', code, event: 'Register', ...overrides });

    const [prefix, payload, sig] = requestId.split('.');
    const claims = JSON.parse(new TextDecoder().decode(fromBase64Url(payload!)!)) as Record<string, unknown>;
    const forged = `${prefix}.${toBase64Url(new TextEncoder().encode(JSON.stringify({ ...claims, sub: 'user-1', to: 'other@example.com' })))}.${sig}`;
    const cases: Record<string, unknown>[] = [
      { requestId: forged, to: 'other@example.com' },
      { requestId: `${requestId.slice(0, -3)}AAA` },
      { requestId: undefined },
      { requestId: 'req_guess' },
      // Swapped: a real requestId reused for another destination, channel or event.
      { to: 'someone@example.com' },
      { channel: 'sms', to: '+14155550123' },
      { event: 'SignIn' },
    ];
    for (const overrides of cases) {
      const response = await verify(overrides);
      expect(response.status, JSON.stringify(overrides)).toBe(401);
      expect((await errorOf(response)).code).toBe('session_expired');
    }
    // A proof is not a requestId.
    const proofHandler = setup();
    const sent = (await (await post(proofHandler.handler, '/send', sendBody)).json()) as { requestId: string };
    const ok = await post(proofHandler.handler, '/verify', {
      requestId: sent.requestId, channel: 'email', to: 'Jane@example.com', code: proofHandler.provider.engine('user-1').lastCode('Jane@example.com'), event: 'Register',
    });
    const { proof } = (await ok.json()) as { proof: string };
    expect((await errorOf(await verify({ requestId: proof }))).code).toBe('session_expired');

    // Expired: past its own lifetime (30 min default, beyond the 10 min code).
    clock.advance(31 * 60_000);
    const late = await verify({});
    expect(late.status).toBe(401);
    expect((await errorOf(late)).code).toBe('session_expired');
  });

  it('a phone requestId is refused for another phone channel', async () => {
    const { handler, provider } = setup({ ordering: 'none' }, { verified: ['jane@example.com'] });
    const sms = { channel: 'sms', to: '+14155550123', event: 'SignIn' };
    const { requestId } = (await (await post(handler, '/send', sms)).json()) as { requestId: string };
    const code = provider.engine('user-1').lastCode('+14155550123')!;
    const swapped = await post(handler, '/verify', { ...sms, channel: 'voice', requestId, code });
    expect(swapped.status).toBe(401);
    expect((await errorOf(swapped)).code).toBe('session_expired');
    expect((await post(handler, '/verify', { ...sms, requestId, code })).status).toBe(200);
  });

  it('a late verify within the token lifetime hears code_expired from the provider', async () => {
    const { handler, provider, clock } = setup();
    const { requestId } = (await (await post(handler, '/send', sendBody)).json()) as { requestId: string };
    const code = provider.engine('user-1').lastCode('Jane@example.com')!;
    clock.advance(11 * 60_000);
    const response = await post(handler, '/verify', { requestId, channel: 'email', to: 'Jane@example.com', code, event: 'Register' });
    expect(response.status).toBe(410);
    expect((await errorOf(response)).code).toBe('code_expired');
  });

  it('a replayed proof is recognisable: same id, iat and channel as the first presentation', async () => {
    const { handler, provider, clock } = setup();
    const { requestId } = (await (await post(handler, '/send', sendBody)).json()) as { requestId: string };
    const code = provider.engine('user-1').lastCode('Jane@example.com')!;
    const { proof } = (await (await post(handler, '/verify', { requestId, channel: 'email', to: 'Jane@example.com', code, event: 'Register' })).json()) as { proof: string };
    const seen = new Set<string>();
    const first = await verifyProof(proof, SECRET, { now: clock.now() });
    seen.add(first.id);
    clock.advance(60_000);
    const replay = await verifyProof(proof, SECRET, { now: clock.now() });
    expect(replay.issuedAt).toBe(first.issuedAt);
    expect(replay.channel).toBe('email');
    expect(seen.has(replay.id)).toBe(true);
    // The requestId can't mint a second proof: the code is used up.
    const again = await post(handler, '/verify', { requestId, channel: 'email', to: 'Jane@example.com', code, event: 'Register' });
    expect(again.status).not.toBe(200);
    // And a proof expires.
    await expect(verifyProof(proof, SECRET, { now: START + 16 * 60_000 })).rejects.toMatchObject({ code: 'session_expired' });
  });

  describe('codes and secrets never leak', () => {
    let logs: unknown[][];
    beforeEach(() => {
      logs = [];
      for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
        vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
          logs.push(args);
        });
      }
    });
    afterEach(() => vi.restoreAllMocks());

    it('never logs a code nor puts one or the secret in a response or an onError argument', async () => {
      const { handler, provider, onError } = setup();
      const bodies: string[] = [];
      const { requestId } = (await (await post(handler, '/send', sendBody)).json()) as { requestId: string };
      const code = provider.engine('user-1').lastCode('Jane@example.com')!;
      const wrong = code === '123456' ? '654321' : '123456';
      for (const attempt of [wrong, wrong, code]) {
        const response = await post(handler, '/verify', { requestId, channel: 'email', to: 'Jane@example.com', code: attempt, event: 'Register' });
        bodies.push(await response.text(), JSON.stringify([...response.headers]));
      }
      bodies.push(await (await post(handler, '/send', sendBody)).text());
      expect(onError).toHaveBeenCalled();
      const seen = JSON.stringify(logs) + JSON.stringify(onError.mock.calls, (_k, v: unknown) => (v instanceof Error ? { ...v, message: v.message, cause: v.cause } : v));
      expect(seen).not.toContain(code);
      expect(seen).not.toContain(wrong);
      expect(seen).not.toContain(SECRET);
      for (const body of bodies) {
        expect(body).not.toContain(code);
        expect(body).not.toContain(SECRET);
      }
    });

    it('an unexpected exception is a bare 500 unknown, its message only in onError', async () => {
      const provider = memoryProvider();
      provider.send = async () => {
        throw new Error(`db password is ${SECRET}`);
      };
      const onError = vi.fn();
      const handler = createTestHandler(provider, { onError });
      const response = await post(handler, '/send', sendBody);
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ error: { code: 'unknown', message: 'Unexpected server error' } });
      expect(text).not.toContain(SECRET);
      expect(onError).toHaveBeenCalledWith(expect.any(Error), { route: '/send', subject: 'user-1' });
    });

    it('a provider error message never reaches the client: each code has a fixed message', async () => {
      const provider = memoryProvider();
      const { VerificationError } = await import('../../../src/core/errors');
      provider.send = async () => {
        throw new VerificationError('not_configured', `upstream said: key ${SECRET} invalid`);
      };
      const handler = createTestHandler(provider);
      const text = await (await post(handler, '/send', sendBody)).text();
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('upstream said');
    });
  });
});

describe('createVerificationHandler: outbox and CORS are off unless enabled', () => {
  it('has no outbox route by default', async () => {
    const { handler } = setup();
    await post(handler, '/send', sendBody);
    expect((await get(handler, '/outbox')).status).toBe(404);
  });

  it('serves each subject only its own messages when exposeOutbox is on', async () => {
    const { handler } = setup({}, { exposeOutbox: true });
    await post(handler, '/send', sendBody);
    const mine = (await (await get(handler, '/outbox')).json()) as { messages: { to: string; code: string; text: string }[] };
    expect(mine.messages).toHaveLength(1);
    expect(mine.messages[0]!.text).toContain(mine.messages[0]!.code);
    const theirs = (await (await get(handler, '/outbox', { 'x-user': 'user-2' })).json()) as { messages: unknown[] };
    expect(theirs.messages).toHaveLength(0);
  });

  it('refuses exposeOutbox per request in production (any case), never at construction', async () => {
    const { handler } = setup({}, { exposeOutbox: true });
    await post(handler, '/send', sendBody);
    expect((await get(handler, '/outbox')).status).toBe(200);
    for (const env of ['production', 'Production', ' PRODUCTION ']) {
      vi.stubEnv('NODE_ENV', env);
      try {
        // Constructing it (as `next build` does) must not throw…
        expect(() => memoryProvider({ exposeOutbox: true })).not.toThrow();
        // …but no code is served.
        const response = await get(handler, '/outbox');
        expect(response.status, env).toBe(404);
        expect(JSON.stringify(await response.json())).not.toMatch(/\d{6}/);
      } finally {
        vi.unstubAllEnvs();
      }
    }
    expect((await get(handler, '/outbox')).status).toBe(200);
  });

  it('sends no CORS headers and answers OPTIONS with 405 by default', async () => {
    const { handler } = setup();
    const response = await post(handler, '/send', sendBody, { origin: 'https://evil.example' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await handler(new Request(`${BASE}/send`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } }));
    expect(preflight.status).toBe(405);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('with cors, allows only the listed origins', async () => {
    const { handler } = setup({ cors: { origins: ['http://localhost:5173'], allowHeaders: ['x-user'] } });
    const preflight = await handler(
      new Request(`${BASE}/verify`, { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' } }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type, x-user');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();

    const ok = await post(handler, '/send', sendBody, { origin: 'http://localhost:5173' });
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(ok.headers.get('access-control-expose-headers')).toBe('Retry-After');
    expect(ok.headers.get('vary')).toBe('Origin');

    const other = await post(handler, '/send', { ...sendBody, to: 'x@example.com' }, { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const otherPreflight = await handler(new Request(`${BASE}/send`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } }));
    expect(otherPreflight.status).toBe(405);
  });
});
