// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/core/clock';
import { createVerificationHandler } from '../../../src/server/handler';
import { ycloudLanguage, ycloudProvider } from '../../../src/server/providers/ycloud';
import { expectNoViolations, serveEmulators } from '../../emulators/serve';
import { createYcloudEmulator } from '../../emulators/ycloud';
import { errorOf, post, SECRET, subjectFromHeader } from './helpers';

const API_KEY = 'ycloud-api-key-secret-5d1e';
const clock = createManualClock(Date.UTC(2026, 0, 1));
const emulator = createYcloudEmulator({ apiKey: API_KEY, clock });
serveEmulators(emulator);

beforeEach(() => emulator.reset());
expectNoViolations(emulator);

function handlerWith(options: Partial<Parameters<typeof ycloudProvider>[0]> = {}) {
  const provider = ycloudProvider({ apiKey: API_KEY, timeoutMs: 300, ...options });
  // The provider's own behaviour is under test here; the handler's ordering has its own tests (ordering.test.ts).
  return createVerificationHandler({ provider, secret: SECRET, getSubject: subjectFromHeader, basePath: '/api/verify', now: clock.now, ordering: 'none' });
}

async function start(handler: ReturnType<typeof handlerWith>, body: Record<string, unknown>) {
  const response = await post(handler, '/send', body);
  expect(response.status).toBe(200);
  const sent = (await response.json()) as { requestId: string; codeLength?: number };
  const verify = (code: string) => post(handler, '/verify', { requestId: sent.requestId, channel: body.channel, to: body.to, code, event: body.event });
  return { sent, verify, code: emulator.lastCode(String(body.to))! };
}

describe('ycloudProvider: wire format (validated against the YCloud OpenAPI file)', () => {
  it('starts with channel, to, language, externalId; checks with {verificationId, code}', async () => {
    const handler = handlerWith({ senderId: 'Brand', signature: 'Brand' });
    const { verify, code } = await start(handler, { channel: 'sms', to: '+14155550123', event: 'SignIn', locale: 'pt-PT' });
    expect((await verify(code)).status).toBe(200);
    const [sendReq, checkReq] = emulator.state.requests;
    expect(sendReq).toMatchObject({ path: '/v2/verify/verifications', apiKey: API_KEY });
    expect(sendReq!.body).toEqual({ channel: 'sms', to: '+14155550123', senderId: 'Brand', signature: 'Brand', language: 'pt_BR', externalId: expect.stringMatching(/^vk_/) });
    expect(checkReq).toMatchObject({ path: '/v2/verify/verificationChecks', body: { verificationId: expect.stringMatching(/^ve/), code } });
  });

  it('email → email_code; senderId and signature are for SMS only; an unknown locale sends no language', async () => {
    const handler = handlerWith({ senderId: 'Brand', signature: 'Brand' });
    await start(handler, { channel: 'email', to: 'jane@example.com', event: 'Register', locale: 'nl' });
    await start(handler, { channel: 'whatsapp', to: '+14155550124', event: 'Register' });
    await start(handler, { channel: 'voice', to: '+14155550125', event: 'Register', locale: 'zh-Hant-TW' });
    const bodies = emulator.state.requests.map((r) => r.body as Record<string, unknown>);
    expect(bodies[0]).toEqual({ channel: 'email_code', to: 'jane@example.com', externalId: expect.any(String) });
    expect(bodies[1]).toEqual({ channel: 'whatsapp', to: '+14155550124', externalId: expect.any(String) });
    expect(bodies[2]).toMatchObject({ channel: 'voice', language: 'zh_HK' });
  });

  it('codeLength generates the code here, passes it as `code`, and tells the client its length', async () => {
    const handler = handlerWith({ codeLength: 8, externalId: (ctx) => `order-${ctx.subject}` });
    const { sent, code } = await start(handler, { channel: 'sms', to: '+14155550123', event: 'SignIn' });
    expect(sent.codeLength).toBe(8);
    expect(code).toMatch(/^\d{8}$/);
    expect(emulator.state.requests[0]!.body).toMatchObject({ code, externalId: 'order-user-1' });
    expect(() => ycloudProvider({ apiKey: API_KEY, codeLength: 9 })).toThrow(/4 to 8/);
  });

  it('maps UI locales to the 13 YCloud languages', () => {
    const cases: [string | undefined, string | undefined][] = [
      ['en-US', 'en'], ['de', 'de'], ['pt-BR', 'pt_BR'], ['pt', 'pt_BR'], ['zh-CN', 'zh_CN'], ['zh-Hans', 'zh_CN'], ['zh', 'zh_CN'],
      ['zh-HK', 'zh_HK'], ['zh-TW', 'zh_HK'], ['zh_Hant', 'zh_HK'], ['in', 'id'], ['id-ID', 'id'], ['ar-EG', 'ar'], ['tr', 'tr'],
      ['vi', 'vi'], ['ru', 'ru'], ['it-CH', 'it'], ['fr-CA', 'fr'], ['es-419', 'es'], ['nl', undefined], ['ja', undefined], [undefined, undefined],
    ];
    for (const [locale, language] of cases) expect(ycloudLanguage(locale), String(locale)).toBe(language);
  });
});

describe('ycloudProvider: error mapping', () => {
  it('valid:false → invalid_code; blocked after too many → too_many_attempts', async () => {
    const handler = handlerWith();
    const { verify, code } = await start(handler, { channel: 'sms', to: '+14155550123', event: 'SignIn' });
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 1; i < emulator.limits.maxAttempts; i += 1) expect((await errorOf(await verify(wrong))).code).toBe('invalid_code');
    expect((await errorOf(await verify(wrong))).code).toBe('too_many_attempts');
    expect((await errorOf(await verify(code))).code).toBe('too_many_attempts');
  });

  it('status expired → code_expired; undelivered → code_expired; approved → already_verified', async () => {
    const handler = handlerWith();
    const a = await start(handler, { channel: 'sms', to: '+14155550123', event: 'SignIn' });
    clock.advance(emulator.limits.ttlMs);
    expect((await errorOf(await a.verify(a.code))).code).toBe('code_expired');
    const b = await start(handler, { channel: 'sms', to: '+14155550124', event: 'SignIn' });
    emulator.markUndelivered('+14155550124');
    expect((await errorOf(await b.verify(b.code))).code).toBe('code_expired');
    const c = await start(handler, { channel: 'sms', to: '+14155550125', event: 'SignIn' });
    expect((await c.verify(c.code)).status).toBe(200);
    expect((await errorOf(await c.verify(c.code))).code).toBe('already_verified');
  });

  it('429 with Retry-After → rate_limited with retryAfterMs, passed on to the client', async () => {
    const handler = handlerWith();
    emulator.rateLimitNext(27);
    const response = await post(handler, '/send', { channel: 'sms', to: '+14155550123', event: 'SignIn' });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('27');
    expect(await errorOf(response)).toMatchObject({ code: 'rate_limited', retryAfterMs: 27_000 });
  });

  it('a destination YCloud blocks at send → invalid_identifier; a bad key → not_configured without leaking it', async () => {
    emulator.deny('+14155550199');
    const handler = handlerWith();
    const blocked = await post(handler, '/send', { channel: 'sms', to: '+14155550199', event: 'SignIn' });
    expect((await errorOf(blocked)).code).toBe('invalid_identifier');
    const errors: unknown[] = [];
    const bad = createVerificationHandler({
      provider: ycloudProvider({ apiKey: 'bad-key-123456' }),
      secret: SECRET,
      getSubject: subjectFromHeader,
      onError: (e) => errors.push(e),
      ordering: 'none',
    });
    const response = await bad(new Request('https://app.test/send', { method: 'POST', headers: { 'content-type': 'application/json', 'x-user': 'u' }, body: JSON.stringify({ channel: 'sms', to: '+14155550123', event: 'SignIn' }) }));
    const text = await response.text();
    expect([response.status, JSON.parse(text).error.code]).toEqual([501, 'not_configured']);
    expect(text + JSON.stringify(errors, (_k, v: unknown) => (v instanceof Error ? { message: v.message, cause: v.cause } : v))).not.toContain('bad-key-123456');
    emulator.state.violations.length = 0; // the wrong key was the point
  });

  it('a check YCloud does not know (404) → code_expired; a malformed 200 → unknown', async () => {
    const provider = ycloudProvider({ apiKey: API_KEY });
    const ctx = { subject: 'u', now: clock.now() };
    await expect(provider.verify({ ref: 've_missing', channel: 'sms', to: '+14155550123', code: '123456', event: 'SignIn' }, ctx)).rejects.toMatchObject({ code: 'code_expired' });
    emulator.injectFault('malformed');
    await expect(provider.send({ channel: 'sms', to: '+14155550123', event: 'SignIn' }, ctx)).rejects.toMatchObject({ code: 'unknown' });
    emulator.injectFault('malformed');
    await expect(provider.verify({ ref: 've_x', channel: 'sms', to: '+14155550123', code: '123456', event: 'SignIn' }, ctx)).rejects.toMatchObject({ code: 'unknown' });
  });
});

describe('the YCloud emulator enforces the spec', () => {
  it('refuses a body outside VerificationSendRequest and records the violation', async () => {
    const response = await fetch(`${emulator.baseUrl}/verify/verifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
      body: JSON.stringify({ channel: 'email', to: 'jane@example.com', code: '12' }),
    });
    expect(response.status).toBe(400);
    expect(emulator.state.violations.join(' ')).toMatch(/channel must be equal to one of the allowed values/);
    expect(emulator.state.violations.join(' ')).toMatch(/code must NOT have fewer than 4 characters/);
    emulator.state.violations.length = 0;
  });
});
