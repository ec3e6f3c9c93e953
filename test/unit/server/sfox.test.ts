// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/core/clock';
import { createVerificationHandler } from '../../../src/server/handler';
import { sfoxProvider } from '../../../src/server/providers/sfox';
import { expectNoViolations, serveEmulators } from '../../emulators/serve';
import { createSfoxEmulator } from '../../emulators/sfox';
import { createTestHandler, errorOf, post, SECRET, subjectFromHeader } from './helpers';

const API_KEY = 'sfox-enterprise-key-do-not-leak-7f3a9c';
const clock = createManualClock(Date.UTC(2026, 0, 1));
const emulator = createSfoxEmulator({ apiKey: API_KEY, clock });
const server = serveEmulators(emulator);

beforeEach(() => {
  emulator.reset();
  emulator.register('user-1', { accountType: 'individual', email: 'jane@example.com', phone: '+14155550123' });
  emulator.register('victim', { accountType: 'individual', email: 'victim@example.com', phone: '+14155550999' });
  emulator.register('biz', { accountType: 'business', email: 'ops@corp.example' });
});
expectNoViolations(emulator);

function handlerWith(options: Partial<Parameters<typeof sfoxProvider>[0]> = {}) {
  const provider = sfoxProvider({ apiKey: API_KEY, accountType: 'individual', timeoutMs: 300, ...options });
  // The provider's own behaviour is under test here; the handler's ordering has its own tests (ordering.test.ts).
  return createTestHandler(provider, { now: clock.now, ordering: 'none' });
}

async function sendAndVerify(handler: ReturnType<typeof handlerWith>, channel: 'email' | 'sms', to: string, user = 'user-1') {
  const sent = await post(handler, '/send', { channel, to, event: 'Register' }, { 'x-user': user });
  expect(sent.status).toBe(200);
  const { requestId } = (await sent.json()) as { requestId: string };
  const code = emulator.lastCode(user, channel);
  return post(handler, '/verify', { requestId, channel, to, code, event: 'Register' }, { 'x-user': user });
}

describe('sfoxProvider: wire format', () => {
  it('sends {type} and {type, otp} to the user_id from the session, with the Bearer key', async () => {
    const handler = handlerWith();
    const verified = await sendAndVerify(handler, 'email', 'jane@example.com');
    expect(verified.status).toBe(200);
    expect(emulator.state.requests.map(({ method, path, body, authorization }) => ({ method, path, body, authorization }))).toEqual([
      { method: 'POST', path: '/v1/enterprise/users/send-verification/user-1', body: { type: 'email' }, authorization: `Bearer ${API_KEY}` },
      { method: 'POST', path: '/v1/enterprise/users/verify/user-1', body: { type: 'email', otp: emulator.state.requests[1]?.body && (emulator.state.requests[1].body as { otp: string }).otp }, authorization: `Bearer ${API_KEY}` },
    ]);
    expect((emulator.state.requests[1]!.body as { otp: string }).otp).toMatch(/^\d{6}$/);
    expect(emulator.user('user-1')?.emailVerified).toBe(true);
  });

  it('reports where sFOX really sent the code when the contact on file differs', async () => {
    const handler = handlerWith();
    const sent = await post(handler, '/send', { channel: 'email', to: 'typed@example.com', event: 'SignIn' });
    expect(await sent.json()).toMatchObject({ to: 'jane@example.com', codeLength: 6 });
  });

  it('escapes the user_id in the path', async () => {
    emulator.register('a/b?c', { accountType: 'individual', email: 'ab@example.com' });
    const handler = handlerWith();
    expect((await post(handler, '/send', { channel: 'email', to: 'ab@example.com', event: 'SignIn' }, { 'x-user': 'a/b?c' })).status).toBe(200);
    expect(emulator.state.requests[0]!.path).toBe('/v1/enterprise/users/send-verification/a%2Fb%3Fc');
  });
});

describe('sfoxProvider: rules and error mapping', () => {
  it('enforces email before SMS itself, without calling sFOX', async () => {
    const handler = handlerWith();
    const early = await post(handler, '/send', { channel: 'sms', to: '+14155550123', event: 'Register' });
    expect(early.status).toBe(409);
    expect((await errorOf(early)).code).toBe('order_violation');
    expect(emulator.state.requests).toHaveLength(0);

    expect((await sendAndVerify(handler, 'email', 'jane@example.com')).status).toBe(200);
    expect((await sendAndVerify(handler, 'sms', '+14155550123')).status).toBe(200);
    expect(emulator.user('user-1')?.phoneVerified).toBe(true);
  });

  it('also maps sFOX refusing an early SMS (store lost) to order_violation', async () => {
    const handler = handlerWith({ store: { isVerified: () => true, markVerified: () => {} } });
    const early = await post(handler, '/send', { channel: 'sms', to: '+14155550123', event: 'Register' });
    expect((await errorOf(early)).code).toBe('order_violation');
    expect(emulator.state.requests).toHaveLength(1);
  });

  it('business accounts verify email only; accountType may depend on the subject', async () => {
    const handler = handlerWith({ accountType: (subject) => (subject === 'biz' ? 'business' : 'individual') });
    expect((await sendAndVerify(handler, 'email', 'ops@corp.example', 'biz')).status).toBe(200);
    const sms = await post(handler, '/send', { channel: 'sms', to: '+14155550123', event: 'Register' }, { 'x-user': 'biz' });
    expect((await errorOf(sms)).code).toBe('not_configured');
    expect(emulator.state.requests).toHaveLength(2);
  });

  it('422 "Email already verified" → already_verified, and remembers it for the SMS step', async () => {
    emulator.user('user-1')!.emailVerified = true;
    const handler = handlerWith();
    const again = await post(handler, '/send', { channel: 'email', to: 'jane@example.com', event: 'Register' });
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe('already_verified');
    expect((await sendAndVerify(handler, 'sms', '+14155550123')).status).toBe(200);
    const phoneAgain = await post(handler, '/send', { channel: 'sms', to: '+14155550123', event: 'Register' });
    expect((await errorOf(phoneAgain)).code).toBe('already_verified');
  });

  it('a wrong OTP → invalid_code; an expired one → code_expired; a non-6-digit one never reaches sFOX', async () => {
    const handler = handlerWith();
    const sent = (await (await post(handler, '/send', { channel: 'email', to: 'jane@example.com', event: 'Register' })).json()) as { requestId: string };
    const code = emulator.lastCode('user-1', 'email')!;
    const wrong = code === '000000' ? '111111' : '000000';
    const verify = (otp: string) => post(handler, '/verify', { requestId: sent.requestId, channel: 'email', to: 'jane@example.com', code: otp, event: 'Register' });
    expect((await errorOf(await verify(wrong))).code).toBe('invalid_code');
    const before = emulator.state.requests.length;
    expect((await errorOf(await verify('12345'))).code).toBe('invalid_code');
    expect((await errorOf(await verify('abcdef'))).code).toBe('invalid_code');
    expect(emulator.state.requests).toHaveLength(before);
    clock.advance(10 * 60_000 + 1);
    expect((await errorOf(await verify(code))).code).toBe('code_expired');
  });

  it('429 → rate_limited for 60 s, from the documented 250 requests per 10 s', async () => {
    const provider = sfoxProvider({ apiKey: API_KEY, accountType: 'individual' });
    const ctx = { subject: 'user-1', now: clock.now() };
    for (let i = 0; i < 250; i += 1) await provider.send({ channel: 'email', to: 'jane@example.com', event: 'SignIn' }, ctx);
    await expect(provider.send({ channel: 'email', to: 'jane@example.com', event: 'SignIn' }, ctx)).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 60_000,
      status: 429,
    });
    const handler = handlerWith();
    const limited = await post(handler, '/send', { channel: 'email', to: 'jane@example.com', event: 'SignIn' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    clock.advance(10_001);
    expect((await post(handler, '/send', { channel: 'email', to: 'jane@example.com', event: 'SignIn' })).status).toBe(200);
  });

  it('a wrong API key → not_configured, and the key appears in no response or error', async () => {
    const errors: unknown[] = [];
    const provider = sfoxProvider({ apiKey: 'wrong-key-0000', accountType: 'individual' });
    const handler = createVerificationHandler({ provider, secret: SECRET, getSubject: subjectFromHeader, onError: (e) => errors.push(e), ordering: 'none' });
    const response = await handler(new Request('https://app.test/send', { method: 'POST', headers: { 'content-type': 'application/json', 'x-user': 'user-1' }, body: JSON.stringify({ channel: 'email', to: 'jane@example.com', event: 'SignIn' }) }));
    expect(response.status).toBe(501);
    const text = await response.text();
    expect(JSON.parse(text).error.code).toBe('not_configured');
    expect(text).not.toContain('wrong-key-0000');
    expect(JSON.stringify(errors, (_k, v: unknown) => (v instanceof Error ? { message: v.message, cause: v.cause } : v))).not.toContain('wrong-key-0000');
    emulator.state.violations.length = 0; // the wrong key was the point of this test
  });

  it('upstream faults: network → 502 network, no answer → 504 timeout, malformed 200 → 502 unknown (the upstream misbehaved)', async () => {
    const handler = handlerWith();
    const send = () => post(handler, '/send', { channel: 'email', to: 'jane@example.com', event: 'SignIn' });
    emulator.injectFault('network');
    let response = await send();
    expect([response.status, (await errorOf(response)).code]).toEqual([502, 'network']);
    emulator.injectFault('timeout');
    response = await send();
    expect([response.status, (await errorOf(response)).code]).toEqual([504, 'timeout']);
    emulator.injectFault('malformed');
    response = await send();
    expect([response.status, (await errorOf(response)).code]).toEqual([502, 'unknown']);
  });
});

describe('sfoxProvider: the subject is the session, never the body', () => {
  it('a body naming another user_id has no effect', async () => {
    const handler = handlerWith();
    const response = await post(handler, '/send', { channel: 'email', to: 'victim@example.com', event: 'Register', user_id: 'victim', subject: 'victim' });
    expect(response.status).toBe(200);
    expect(emulator.state.requests.map((r) => r.path)).toEqual(['/v1/enterprise/users/send-verification/user-1']);
    // sFOX sent to user-1's own address on file, not the victim's.
    expect(((await response.json()) as { to: string }).to).toBe('jane@example.com');
    expect(emulator.lastCode('victim', 'email')).toBeUndefined();
  });

  it("user-2 can't verify with user-1's requestId", async () => {
    const handler = handlerWith();
    const { requestId } = (await (await post(handler, '/send', { channel: 'email', to: 'jane@example.com', event: 'Register' })).json()) as { requestId: string };
    const code = emulator.lastCode('user-1', 'email');
    const stolen = await post(handler, '/verify', { requestId, channel: 'email', to: 'jane@example.com', code, event: 'Register' }, { 'x-user': 'victim' });
    expect((await errorOf(stolen)).code).toBe('session_expired');
    expect(emulator.state.requests.filter((r) => r.path.includes('/verify/'))).toHaveLength(0);
  });
});

describe('sfoxProvider: the proof binds what sFOX verified', () => {
  it('binds the number sFOX reports; with no usable number the send fails with unknown and nothing is bound', async () => {
    const { http, HttpResponse } = await import('msw');
    const handler = handlerWith();
    await sendAndVerify(handler, 'email', 'jane@example.com');
    // The number on file is what the requestId carries, whatever the client typed.
    const typed = await post(handler, '/send', { channel: 'sms', to: '+14155550124', event: 'Register' });
    expect(await typed.json()).toMatchObject({ to: '+14155550123' });

    for (const data of [{ type: 'sms' }, { type: 'sms', phone_number: '' }, { type: 'sms', phone_number: 'call me' }, { type: 'sms', phone_number: 42 }]) {
      clock.advance(61_000);
      server.use(
        http.post('https://api.sfox.com/v1/enterprise/users/send-verification/:user', () => HttpResponse.json({ data: { user_id: 'user-1', ...data } }), { once: true }),
      );
      const response = await post(handler, '/send', { channel: 'sms', to: '+14155550124', event: 'Register' });
      expect(response.status, JSON.stringify(data)).toBe(502);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).not.toHaveProperty('requestId');
      expect((body.error as { code: string }).code).toBe('unknown');
    }
  });
});
