// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/core/clock';
import { createVerificationHandler } from '../../../src/server/handler';
import { twilioLocale, twilioVerifyProvider } from '../../../src/server/providers/twilio';
import { expectNoViolations, serveEmulators } from '../../emulators/serve';
import { createTwilioEmulator } from '../../emulators/twilio-verify';
import { errorOf, post, SECRET, subjectFromHeader } from './helpers';

const ACCOUNT_SID = `AC${'1'.repeat(32)}`;
const AUTH_TOKEN = 'twilio-auth-token-secret-7f3a';
const SERVICE_SID = `VA${'a'.repeat(32)}`;
const clock = createManualClock(Date.UTC(2026, 0, 1));
const emulator = createTwilioEmulator({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, serviceSid: SERVICE_SID, clock });
const server = serveEmulators(emulator);

beforeEach(() => emulator.reset());
expectNoViolations(emulator);

// Generous: two shared cores under load; no test here waits for a provider timeout.
const options = { accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, serviceSid: SERVICE_SID, timeoutMs: 2_000 };
const provider = twilioVerifyProvider(options);
const ctx = (extra: { clientIp?: string } = {}) => ({ subject: 'user-1', now: clock.now(), ...extra });

function handlerWith(overrides: Partial<typeof options> = {}) {
  return createVerificationHandler({
    provider: twilioVerifyProvider({ ...options, ...overrides }),
    secret: SECRET,
    getSubject: subjectFromHeader,
    basePath: '/api/verify',
    now: clock.now,
    // The provider's wire format is under test; the handler's ordering has its own tests (ordering.test.ts).
    ordering: 'none',
  });
}

async function start(handler: ReturnType<typeof handlerWith>, body: Record<string, unknown>) {
  const response = await post(handler, '/send', body);
  expect(response.status).toBe(200);
  const sent = (await response.json()) as { requestId: string };
  const verify = (code: string) => post(handler, '/verify', { requestId: sent.requestId, channel: body.channel, to: body.to, code, event: body.event });
  return { sent, verify, code: emulator.lastCode(String(body.to))! };
}

const wrong = (code: string) => [...code].map((d) => String((Number(d) + 1) % 10)).join('');

describe('twilioVerifyProvider: wire format (validated against the Twilio Verify OpenAPI file)', () => {
  it('sends a form-encoded To/Channel/Locale with Basic auth, and checks with VerificationSid + Code', async () => {
    const handler = handlerWith();
    const { verify, code } = await start(handler, { channel: 'sms', to: '+14155550123', event: 'SignIn', locale: 'pt-PT' });
    expect((await verify(code)).status).toBe(200);
    const [send, check] = emulator.state.requests;
    expect(send).toMatchObject({
      path: `/v2/Services/${SERVICE_SID}/Verifications`,
      contentType: 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`,
    });
    expect(send!.form).toEqual({ To: '+14155550123', Channel: 'sms', Locale: 'pt' });
    expect(check!.path).toBe(`/v2/Services/${SERVICE_SID}/VerificationCheck`);
    expect(check!.form).toEqual({ VerificationSid: expect.stringMatching(/^VE[0-9a-f]{32}$/), Code: code });
    expect(emulator.verification(check!.form.VerificationSid!)?.status).toBe('approved');
  });

  it("maps verikit's channels to Twilio's: voice → call; email and whatsapp as they are", async () => {
    const handler = handlerWith();
    await start(handler, { channel: 'voice', to: '+14155550124', event: 'Register' });
    await start(handler, { channel: 'whatsapp', to: '+14155550125', event: 'Register' });
    await start(handler, { channel: 'email', to: 'jane@example.com', event: 'Register', locale: 'fa' });
    expect(emulator.state.requests.map((r) => r.form)).toEqual([
      { To: '+14155550124', Channel: 'call' },
      { To: '+14155550125', Channel: 'whatsapp' },
      { To: 'jane@example.com', Channel: 'email' },
    ]);
  });

  it('passes DeviceIp from ctx.clientIp (IPv4 and IPv6), and leaves out a value that is not an IP', async () => {
    await provider.send({ channel: 'sms', to: '+14155550126', event: 'SignIn' }, ctx({ clientIp: '203.0.113.7' }));
    await provider.send({ channel: 'sms', to: '+14155550127', event: 'SignIn' }, ctx({ clientIp: '2001:db8::1' }));
    await provider.send({ channel: 'sms', to: '+14155550128', event: 'SignIn' }, ctx({ clientIp: 'unknown, 10.0.0.1' }));
    await provider.send({ channel: 'sms', to: '+14155550129', event: 'SignIn' }, ctx());
    expect(emulator.state.requests.map((r) => r.form.DeviceIp)).toEqual(['203.0.113.7', '2001:db8::1', undefined, undefined]);
  });

  it("sends the handler's getClientIp as DeviceIp, end to end", async () => {
    const handler = createVerificationHandler({
      provider: twilioVerifyProvider(options),
      secret: SECRET,
      getSubject: subjectFromHeader,
      getClientIp: (request) => request.headers.get('x-real-ip'),
      basePath: '/api/verify',
      ordering: 'none',
      now: clock.now,
    });
    const response = await post(handler, '/send', { channel: 'sms', to: '+14155550131', event: 'SignIn' }, { 'x-real-ip': '198.51.100.23' });
    expect(response.status).toBe(200);
    expect(emulator.state.requests[0]!.form).toMatchObject({ To: '+14155550131', DeviceIp: '198.51.100.23' });
  });

  it('maps every locale verikit ships or plans to a Twilio Locale, or to none (Twilio then picks by country code)', () => {
    const cases: [string | undefined, string | undefined][] = [
      ['ar', 'ar'], ['de', 'de'], ['en', 'en'], ['es', 'es'], ['fr', 'fr'], ['id', 'id'], ['it', 'it'], ['pt-BR', 'pt-BR'],
      ['ru', 'ru'], ['tr', 'tr'], ['vi', 'vi'], ['zh-CN', 'zh-CN'], ['zh-HK', 'zh-HK'], ['ja', 'ja'], ['ko', 'ko'],
      ['zh-TW', 'zh-HK'], ['hi', 'hi'], ['bn', undefined], ['th', 'th'], ['ms', 'ms'], ['he', 'he'], ['fa', undefined],
      ['es-419', 'es'], ['pt-PT', 'pt'], ['pl', 'pl'], ['uk', undefined], ['nl', 'nl'], ['sv', 'sv'], ['da', 'da'],
      ['nb', 'nb'], ['fi', 'fi'], ['cs', 'cs'], ['ro', 'ro'], ['hu', 'hu'], ['el', 'el'],
      // Regions, scripts, aliases and case.
      ['en-GB', 'en-GB'], ['en-AU', 'en-GB'], ['en-US', 'en'], ['pt', 'pt-BR'], ['pt_AO', 'pt'], ['zh-Hant', 'zh-HK'],
      ['zh-Hans-SG', 'zh-CN'], ['zh', 'zh-CN'], ['no', 'nb'], ['nn-NO', 'nb'], ['iw', 'he'], ['in', 'id'], ['fil', 'tl'],
      ['DE-at', 'de'], ['sr', undefined], ['', undefined], [undefined, undefined],
    ];
    for (const [locale, expected] of cases) expect(twilioLocale(locale), String(locale)).toBe(expected);
  });

  it('every locale it produces is one the emulator (Twilio) accepts: a send in each reaches 201', async () => {
    const locales = ['ar', 'de', 'en', 'es', 'fr', 'id', 'it', 'pt-BR', 'ru', 'tr', 'vi', 'zh-CN', 'zh-HK', 'ja', 'ko', 'zh-TW', 'hi', 'bn', 'th', 'ms', 'he', 'fa', 'es-419', 'pt-PT', 'pl', 'uk', 'nl', 'sv', 'da', 'nb', 'fi', 'cs', 'ro', 'hu', 'el'];
    for (const [i, locale] of locales.entries()) {
      await provider.send({ channel: 'sms', to: `+1415555${String(1000 + i)}`, event: 'SignIn', locale }, ctx());
    }
    expect(emulator.sent).toHaveLength(locales.length);
  });

  it('a resend while pending keeps the verification: same SID, same code', async () => {
    const first = await provider.send({ channel: 'sms', to: '+14155550130', event: 'SignIn' }, ctx());
    const code = emulator.lastCode('+14155550130');
    const second = await provider.send({ channel: 'voice', to: '+14155550130', event: 'SignIn' }, ctx());
    expect(second.ref).toBe(first.ref);
    expect(emulator.lastCode('+14155550130')).toBe(code);
  });

  it('refuses bad options before any request', () => {
    expect(() => twilioVerifyProvider({ ...options, serviceSid: 'MG123' })).toThrow(/VA/);
    expect(() => twilioVerifyProvider({ ...options, authToken: '' })).toThrow(/required/);
  });
});

describe('twilioVerifyProvider: status mapping', () => {
  it('approved → verified; pending → invalid_code (no attemptsLeft: the answer has no count)', async () => {
    const { ref } = await provider.send({ channel: 'sms', to: '+14155550140', event: 'SignIn' }, ctx());
    const code = emulator.lastCode('+14155550140')!;
    const error = await provider.verify({ ref: ref!, channel: 'sms', to: '+14155550140', code: wrong(code), event: 'SignIn' }, ctx()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_code' });
    expect((error as { attemptsLeft?: number }).attemptsLeft).toBeUndefined();
    await expect(provider.verify({ ref: ref!, channel: 'sms', to: '+14155550140', code, event: 'SignIn' }, ctx())).resolves.toBeUndefined();
  });

  it('max_attempts_reached → too_many_attempts', async () => {
    const { ref } = await provider.send({ channel: 'sms', to: '+14155550141', event: 'SignIn' }, ctx());
    const code = emulator.lastCode('+14155550141')!;
    const input = { ref: ref!, channel: 'sms' as const, to: '+14155550141', code: wrong(code), event: 'SignIn' as const };
    for (let i = 1; i < emulator.limits.maxAttempts; i += 1) await expect(provider.verify(input, ctx())).rejects.toMatchObject({ code: 'invalid_code' });
    await expect(provider.verify(input, ctx())).rejects.toMatchObject({ code: 'too_many_attempts', cause: { body: { status: 'max_attempts_reached' } } });
  });

  it('canceled → too_many_attempts', async () => {
    const { ref } = await provider.send({ channel: 'sms', to: '+14155550142', event: 'SignIn' }, ctx());
    emulator.cancel(ref!);
    await expect(provider.verify({ ref: ref!, channel: 'sms', to: '+14155550142', code: '123456', event: 'SignIn' }, ctx())).rejects.toMatchObject({
      code: 'too_many_attempts',
      cause: { body: { status: 'canceled' } },
    });
  });

  it('a check status that is an Object.prototype name (constructor, __proto__, toString) → unknown, never a crash', async () => {
    for (const status of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const { ref } = await provider.send({ channel: 'sms', to: '+14155550144', event: 'SignIn' }, ctx());
      server.use(http.post(`${emulator.baseUrl}/v2/Services/${SERVICE_SID}/VerificationCheck`, () => HttpResponse.json({ sid: ref, status }), { once: true }));
      await expect(provider.verify({ ref: ref!, channel: 'sms', to: '+14155550144', code: '123456', event: 'SignIn' }, ctx()), status).rejects.toMatchObject({ code: 'unknown' });
    }
  });

  it('a requestId without a verification SID → session_expired, without a call', async () => {
    await expect(provider.verify({ channel: 'sms', to: '+14155550143', code: '123456', event: 'SignIn' }, ctx())).rejects.toMatchObject({ code: 'session_expired' });
    expect(emulator.state.requests).toHaveLength(0);
  });
});

describe('twilioVerifyProvider: every Twilio error the issue lists', () => {
  it('60200 invalid parameter → invalid_identifier', async () => {
    emulator.failNext(400, 60200);
    await expect(provider.send({ channel: 'sms', to: '+14155550150', event: 'SignIn' }, ctx())).rejects.toMatchObject({ code: 'invalid_identifier', status: 400 });
  });

  it('60200 on a check → invalid_identifier too, unless Twilio names the Code parameter (then invalid_code)', async () => {
    const { ref } = await provider.send({ channel: 'sms', to: '+14155550149', event: 'SignIn' }, ctx());
    const input = { ref: ref!, channel: 'sms' as const, to: '+14155550149', code: '123456', event: 'SignIn' as const };
    emulator.failNext(400, 60200, undefined, 'Invalid parameter: To');
    await expect(provider.verify(input, ctx())).rejects.toMatchObject({ code: 'invalid_identifier', status: 400 });
    emulator.failNext(400, 60200);
    await expect(provider.verify(input, ctx())).rejects.toMatchObject({ code: 'invalid_identifier', status: 400 });
    emulator.failNext(400, 60200, undefined, 'Invalid parameter: Code');
    await expect(provider.verify(input, ctx())).rejects.toMatchObject({ code: 'invalid_code', status: 400 });
  });

  it('60202 max check attempts → too_many_attempts (a check after the verification hit its limit)', async () => {
    const { ref } = await provider.send({ channel: 'sms', to: '+14155550151', event: 'SignIn' }, ctx());
    const code = emulator.lastCode('+14155550151')!;
    const input = { ref: ref!, channel: 'sms' as const, to: '+14155550151', code: wrong(code), event: 'SignIn' as const };
    for (let i = 0; i < emulator.limits.maxAttempts; i += 1) await provider.verify(input, ctx()).catch(() => undefined);
    const error = await provider.verify({ ...input, code }, ctx()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too_many_attempts', status: 429, cause: { body: { code: 60202 } } });
  });

  it('60203 max send attempts → rate_limited', async () => {
    for (let i = 0; i < emulator.limits.maxSends; i += 1) await provider.send({ channel: 'sms', to: '+14155550152', event: 'SignIn' }, ctx());
    const error = await provider.send({ channel: 'sms', to: '+14155550152', event: 'SignIn' }, ctx()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, cause: { body: { code: 60203 } } });
  });

  it('20404 on a check (expired, approved or deleted) → code_expired', async () => {
    const handler = handlerWith();
    const expired = await start(handler, { channel: 'sms', to: '+14155550153', event: 'SignIn' });
    clock.advance(emulator.limits.ttlMs);
    expect((await errorOf(await expired.verify(expired.code))).code).toBe('code_expired');
    const approved = await start(handler, { channel: 'sms', to: '+14155550154', event: 'SignIn' });
    expect((await approved.verify(approved.code)).status).toBe(200);
    expect((await errorOf(await approved.verify(approved.code))).code).toBe('code_expired');
    await expect(provider.verify({ ref: `VE${'0'.repeat(32)}`, channel: 'sms', to: '+14155550155', code: '123456', event: 'SignIn' }, ctx())).rejects.toMatchObject({
      code: 'code_expired',
      cause: { body: { code: 20404 } },
    });
  });

  it('60410 (fraud block) → invalid_identifier', async () => {
    emulator.flagFraud('+14155550156');
    await expect(provider.send({ channel: 'sms', to: '+14155550156', event: 'SignIn' }, ctx())).rejects.toMatchObject({ code: 'invalid_identifier', cause: { body: { code: 60410 } } });
  });

  it('60605 (geo permissions) → invalid_identifier', async () => {
    emulator.blockCountry('+44');
    await expect(provider.send({ channel: 'sms', to: '+447700900123', event: 'SignIn' }, ctx())).rejects.toMatchObject({ code: 'invalid_identifier', cause: { body: { code: 60605 } } });
  });

  it('60205 (SMS to a landline) → invalid_identifier whose message suggests a call; a voice call to it works', async () => {
    emulator.landline('+14155550157');
    const error = await provider.send({ channel: 'sms', to: '+14155550157', event: 'SignIn' }, ctx()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_identifier', cause: { body: { code: 60205 } } });
    expect((error as Error).message).toMatch(/voice call/);
    await expect(provider.send({ channel: 'voice', to: '+14155550157', event: 'SignIn' }, ctx())).resolves.toMatchObject({ ref: expect.stringMatching(/^VE/) });
  });

  it('20429 → rate_limited with Retry-After, passed on to the client by the handler', async () => {
    const handler = handlerWith();
    emulator.failNext(429, 20429, 31);
    const response = await post(handler, '/send', { channel: 'sms', to: '+14155550158', event: 'SignIn' });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('31');
    expect(await errorOf(response)).toMatchObject({ code: 'rate_limited', retryAfterMs: 31_000 });
  });

  it('60212 (too many concurrent requests for the number) → rate_limited with Retry-After', async () => {
    emulator.failNext(429, 60212, 2);
    await expect(provider.send({ channel: 'sms', to: '+14155550159', event: 'SignIn' }, ctx())).rejects.toMatchObject({ code: 'rate_limited', retryAfterMs: 2_000 });
  });

  it('401 → not_configured, and neither the token nor the SID leaks to the client', async () => {
    const errors: unknown[] = [];
    const handler = createVerificationHandler({
      provider: twilioVerifyProvider({ ...options, authToken: 'wrong-token-9c1e' }),
      secret: SECRET,
      getSubject: subjectFromHeader,
      basePath: '/api/verify',
      onError: (e) => errors.push(e),
      ordering: 'none',
    });
    const response = await post(handler, '/send', { channel: 'sms', to: '+14155550160', event: 'SignIn' });
    const text = await response.text();
    expect([response.status, JSON.parse(text).error.code]).toEqual([501, 'not_configured']);
    expect(text).not.toContain('wrong-token-9c1e');
    expect(JSON.stringify(errors, (_k, v: unknown) => (v instanceof Error ? { message: v.message, cause: v.cause } : v))).not.toContain('wrong-token-9c1e');
    emulator.state.violations.length = 0; // the wrong token was the point
  });

  it('an unknown Verify Service (404 on send) → not_configured; a malformed 201 → unknown', async () => {
    const other = twilioVerifyProvider({ ...options, serviceSid: `VA${'b'.repeat(32)}` });
    await expect(other.send({ channel: 'sms', to: '+14155550161', event: 'SignIn' }, ctx())).rejects.toMatchObject({ code: 'not_configured' });
    emulator.injectFault('malformed');
    await expect(provider.send({ channel: 'sms', to: '+14155550161', event: 'SignIn' }, ctx())).rejects.toMatchObject({ code: 'unknown' });
    emulator.injectFault('malformed');
    await expect(provider.verify({ ref: `VE${'0'.repeat(32)}`, channel: 'sms', to: '+14155550161', code: '123456', event: 'SignIn' }, ctx())).rejects.toMatchObject({ code: 'unknown' });
  });
});

describe('the Twilio emulator enforces the spec', () => {
  const auth = `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`;
  const send = (body: string, contentType = 'application/x-www-form-urlencoded', service = SERVICE_SID) =>
    fetch(`${emulator.baseUrl}/v2/Services/${service}/Verifications`, { method: 'POST', headers: { authorization: auth, 'content-type': contentType }, body });

  it('refuses a body without the required params, an unknown Channel, a lower-case field, a JSON body and a bad ServiceSid', async () => {
    expect((await send('To=%2B14155550170')).status).toBe(400);
    expect((await send('To=%2B14155550170&Channel=voice')).status).toBe(400);
    expect((await send('to=%2B14155550170&Channel=sms')).status).toBe(400);
    expect((await send(JSON.stringify({ To: '+14155550170', Channel: 'sms' }), 'application/json')).status).toBe(400);
    expect((await send('To=%2B14155550170&Channel=sms&RiskCheck=maybe')).status).toBe(400);
    expect((await send('To=%2B14155550170&Channel=sms&DeviceIp=1.2.3')).status).toBe(400);
    expect((await send('To=%2B14155550170&Channel=sms', undefined, 'VA123')).status).toBe(404);
    expect((await send('To=%2B14155550170&Channel=sms&Locale=fa')).status).toBe(404);
    const violations = emulator.state.violations.join('\n');
    expect(violations).toMatch(/must have required property 'Channel'/);
    expect(violations).toMatch(/Channel voice is not one of/);
    expect(violations).toMatch(/to is not a parameter/);
    expect(violations).toMatch(/Content-Type is not application\/x-www-form-urlencoded/);
    expect(violations).toMatch(/RiskCheck must be equal to one of the allowed values/);
    expect(violations).toMatch(/DeviceIp 1.2.3 is not an IPv4 or IPv6 address/);
    expect(violations).toMatch(/ServiceSid VA123 does not match/);
    expect(violations).toMatch(/Locale fa is not one Twilio supports/);
    emulator.state.violations.length = 0;
  });
});
