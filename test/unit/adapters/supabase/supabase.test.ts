// @vitest-environment node
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSupabaseAdapter } from '../../../../src/adapters/supabase';
import { isVerificationError, type VerificationError } from '../../../../src/core/errors';
import type { Channel, InteractionEvent } from '../../../../src/core/types';
import { gotrue, supabaseClient } from './helpers';

// Everything below runs the real @supabase/supabase-js client against the GoTrue emulator.
const emulator = gotrue();
const captchaProject = gotrue({ url: 'https://captcha-project.supabase.co', captchaToken: 'hcaptcha-answer-ok' });
const server = setupServer(...emulator.handlers, ...captchaProject.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  emulator.reset();
  captchaProject.reset();
  // supabase-js logs a failed fetch with console.error; the network case below causes one on purpose.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  expect(emulator.state.violations).toEqual([]);
  expect(captchaProject.state.violations).toEqual([]);
  vi.restoreAllMocks();
});

const adapter = (extra: Partial<Parameters<typeof createSupabaseAdapter>[0]> = {}) =>
  createSupabaseAdapter({ client: supabaseClient(emulator.url), timeoutMs: 5_000, ...extra });

async function failure(promise: Promise<unknown>): Promise<VerificationError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
  expect(isVerificationError(error), String(error)).toBe(true);
  return error as VerificationError;
}

const wrong = (code: string) => code.replace(/\d/g, (d) => String((Number(d) + 1) % 10));

async function sendAndVerify(a: ReturnType<typeof adapter>, channel: Channel, to: string, event: InteractionEvent) {
  const sent = await a.sendCode({ channel, to, event });
  const code = emulator.lastCode(to)!;
  return a.verifyCode({ requestId: sent.requestId, channel, to, code, event });
}

describe('createSupabaseAdapter: what supabase-js sends (validated against gotrue.openapi.yaml)', () => {
  it('Register by email: signInWithOtp with create_user true; verifyOtp type email; proof = the session access token', async () => {
    const client = supabaseClient(emulator.url);
    const a = createSupabaseAdapter({ client });
    const sent = await a.sendCode({ channel: 'email', to: 'jane@Example.com', event: 'Register' });
    expect(sent).toMatchObject({ channel: 'email', to: 'jane@example.com', codeLength: 6, requestId: expect.stringMatching(/^sb_/) });
    const verified = await a.verifyCode({ requestId: sent.requestId, channel: 'email', to: 'jane@example.com', code: emulator.lastCode('jane@example.com')!, event: 'Register' });
    const [otp, verify] = emulator.state.requests;
    expect(otp).toMatchObject({ path: '/otp', body: { email: 'jane@example.com', create_user: true, data: {} } });
    expect(otp!.headers).toMatchObject({ apikey: expect.any(String), 'x-supabase-api-version': '2024-01-01' });
    expect(verify).toMatchObject({ path: '/verify', body: { email: 'jane@example.com', type: 'email', token: expect.stringMatching(/^\d{6}$/) } });
    const { data } = await client.auth.getSession();
    expect(verified.proof).toBe(data.session?.access_token);
    expect(verified.proof?.split('.')).toHaveLength(3);
  });

  it('SignIn sends create_user false; phone codes go with channel sms or whatsapp and verify with type sms', async () => {
    emulator.addUser({ email: 'old@example.com' });
    emulator.addUser({ phone: '+14155550100' });
    emulator.addUser({ phone: '+14155550101' });
    const a = adapter();
    await sendAndVerify(a, 'email', 'old@example.com', 'SignIn');
    await sendAndVerify(a, 'sms', '+14155550100', 'SignIn');
    await sendAndVerify(a, 'whatsapp', '+14155550101', 'SignIn');
    const sends = emulator.state.requests.filter((r) => r.path === '/otp').map((r) => r.body);
    expect(sends[0]).toMatchObject({ email: 'old@example.com', create_user: false });
    expect(sends[1]).toMatchObject({ phone: '+14155550100', channel: 'sms', create_user: false });
    expect(sends[2]).toMatchObject({ phone: '+14155550101', channel: 'whatsapp', create_user: false });
    const verifies = emulator.state.requests.filter((r) => r.path === '/verify').map((r) => r.body);
    expect(verifies.map((b) => b.type)).toEqual(['email', 'sms', 'sms']);
    expect(emulator.outbox.messages.map((m) => m.channel)).toEqual(['email', 'sms', 'whatsapp']);
  });

  it('createUser overrides the event: a function of the event, or a fixed value', async () => {
    await adapter({ createUser: true }).sendCode({ channel: 'email', to: 'new@example.com', event: 'SignIn' });
    await adapter({ createUser: (event) => event !== 'Register' }).sendCode({ channel: 'sms', to: '+14155550102', event: 'SignIn' });
    expect(emulator.state.requests.map((r) => r.body.create_user)).toEqual([true, true]);
  });

  it('ForgotPassword: resetPasswordForEmail (/recover), then verifyOtp type recovery; phone is not_configured without a request', async () => {
    emulator.addUser({ email: 'forgot@example.com' });
    const a = adapter();
    const verified = await sendAndVerify(a, 'email', 'forgot@example.com', 'ForgotPassword');
    expect(verified.proof).toBeTypeOf('string');
    expect(emulator.state.requests.map((r) => [r.path, r.body.type])).toEqual([
      ['/recover', undefined],
      ['/verify', 'recovery'],
    ]);
    expect((await failure(a.sendCode({ channel: 'sms', to: '+14155550103', event: 'ForgotPassword' }))).code).toBe('not_configured');
    expect((await failure(a.sendCode({ channel: 'voice', to: '+14155550103', event: 'SignIn' }))).code).toBe('not_configured');
    expect(emulator.state.requests).toHaveLength(2);
  });

  it('resends a sign-up code through auth.resend (type signup / sms); other resends repeat the first call', async () => {
    emulator.addUser({ email: 'again@example.com' });
    emulator.addUser({ email: 'reset@example.com' });
    const a = adapter();
    const sends: [Channel, string, InteractionEvent][] = [
      ['email', 'reg@example.com', 'Register'],
      ['sms', '+14155550104', 'Register'],
      ['whatsapp', '+14155550105', 'Register'],
      ['email', 'again@example.com', 'SignIn'],
      ['email', 'reset@example.com', 'ForgotPassword'],
    ];
    for (const [channel, to, event] of sends) await a.sendCode({ channel, to, event });
    emulator.clock.advance(emulator.limits.cooldownMs);
    for (const [channel, to, event] of sends) await a.sendCode({ channel, to, event });
    const resends = emulator.state.requests.slice(sends.length).map((r) => [r.path, r.body.type ?? r.body.channel ?? null]);
    expect(resends).toEqual([
      ['/resend', 'signup'],
      ['/resend', 'sms'],
      ['/otp', 'whatsapp'],
      ['/otp', null],
      ['/recover', null],
    ]);
    // The resent sign-up code is the one that works.
    const code = emulator.lastCode('reg@example.com')!;
    await expect(a.verifyCode({ requestId: 'r', channel: 'email', to: 'reg@example.com', code, event: 'Register' })).resolves.toMatchObject({ to: 'reg@example.com' });
  });

  it('passes the CAPTCHA answer as options.captchaToken (gotrue_meta_security.captcha_token) on every send', async () => {
    const a = createSupabaseAdapter({ client: supabaseClient(captchaProject.url), captchaToken: async () => 'hcaptcha-answer-ok' });
    captchaProject.addUser({ email: 'c@example.com' });
    await a.sendCode({ channel: 'email', to: 'new@example.com', event: 'Register' });
    await a.sendCode({ channel: 'sms', to: '+14155550106', event: 'Register' });
    await a.sendCode({ channel: 'email', to: 'c@example.com', event: 'ForgotPassword' });
    captchaProject.clock.advance(captchaProject.limits.cooldownMs);
    await a.sendCode({ channel: 'email', to: 'new@example.com', event: 'Register' });
    expect(captchaProject.state.requests.map((r) => [r.path, r.body.gotrue_meta_security])).toEqual([
      ['/otp', { captcha_token: 'hcaptcha-answer-ok' }],
      ['/otp', { captcha_token: 'hcaptcha-answer-ok' }],
      ['/recover', { captcha_token: 'hcaptcha-answer-ok' }],
      ['/resend', { captcha_token: 'hcaptcha-answer-ok' }],
    ]);
  });
});

/** The wizard's individual account on one adapter: the email verified, its proof kept for the phone send. */
async function verifiedEmail(a: ReturnType<typeof adapter>, email: string, event: InteractionEvent = 'Register') {
  const { proof } = await sendAndVerify(a, 'email', email, event);
  return proof!;
}

describe('createSupabaseAdapter: an individual account, the phone step joins the email user', () => {
  it('a phone send carrying the email proof is a phone change: PUT /user with the session, verify type phone_change, ONE user with both', async () => {
    const client = supabaseClient(emulator.url);
    const a = createSupabaseAdapter({ client, timeoutMs: 5_000 });
    const emailProof = await verifiedEmail(a, 'ind@example.com');
    const sent = await a.sendCode({ channel: 'sms', to: '+14155550140', event: 'Register', emailProof });
    const phoneVerified = await a.verifyCode({ requestId: sent.requestId, channel: 'sms', to: '+14155550140', code: emulator.lastCode('+14155550140')!, event: 'Register' });

    const [, , change, verify] = emulator.state.requests;
    expect(change).toMatchObject({ path: '/user', body: { phone: '+14155550140', channel: 'sms' } });
    expect(change!.headers.authorization).toBe(`Bearer ${emailProof}`);
    expect(verify).toMatchObject({ path: '/verify', body: { phone: '+14155550140', type: 'phone_change', token: expect.stringMatching(/^\d{6}$/) } });
    expect(emulator.state.requests.filter((r) => r.path === '/otp')).toHaveLength(1); // the email's only
    // One user holds both, confirmed; both proofs are sessions of that user.
    expect(emulator.users()).toEqual([
      { id: expect.any(String), email: 'ind@example.com', phone: '+14155550140', emailConfirmed: true, phoneConfirmed: true, newPhone: undefined },
    ]);
    const [user] = emulator.users();
    expect(emulator.userOf(emailProof)).toBe(user!.id);
    expect(emulator.userOf(phoneVerified.proof!)).toBe(user!.id);
    // The client's session is that user's, now with the phone on it.
    const { data } = await client.auth.getSession();
    expect(data.session).toMatchObject({ access_token: phoneVerified.proof, user: { id: user!.id, email: 'ind@example.com', phone: '14155550140' } });
  });

  it('WhatsApp: the change goes out with channel whatsapp; its resend repeats PUT /user (GoTrue resends by SMS only)', async () => {
    const a = adapter();
    const emailProof = await verifiedEmail(a, 'wa@example.com');
    await a.sendCode({ channel: 'whatsapp', to: '+14155550141', event: 'Register', emailProof });
    emulator.clock.advance(emulator.limits.cooldownMs);
    await a.sendCode({ channel: 'whatsapp', to: '+14155550141', event: 'Register', emailProof });
    expect(emulator.state.requests.slice(2).map((r) => [r.path, r.body.channel])).toEqual([
      ['/user', 'whatsapp'],
      ['/user', 'whatsapp'],
    ]);
    expect(emulator.outbox.messages.slice(1).map((m) => [m.channel, m.to])).toEqual([
      ['whatsapp', '+14155550141'],
      ['whatsapp', '+14155550141'],
    ]);
    await a.verifyCode({ requestId: 'r', channel: 'whatsapp', to: '+14155550141', code: emulator.lastCode('+14155550141')!, event: 'Register' });
    expect(emulator.users()).toHaveLength(1);
    expect(emulator.users()[0]).toMatchObject({ email: 'wa@example.com', phone: '+14155550141', phoneConfirmed: true });
  });

  it('resends the phone change through auth.resend type phone_change, by the email (GoTrue finds the user by the address it has now)', async () => {
    const a = adapter();
    const emailProof = await verifiedEmail(a, 'again-ind@example.com');
    const send = () => a.sendCode({ channel: 'sms', to: '+14155550142', event: 'Register', emailProof });
    await send();
    const first = emulator.lastCode('+14155550142')!;
    // Too soon: the phone change has its own frequency limit.
    expect(await failure(send())).toMatchObject({ code: 'rate_limited', retryAfterMs: 60_000, cause: { code: 'over_sms_send_rate_limit' } });
    emulator.clock.advance(emulator.limits.cooldownMs);
    await send();
    // Both later sends are resends (the refused one too): by the email, never the new number.
    const resends = emulator.state.requests.filter((r) => r.path === '/resend');
    expect(resends.map((r) => [r.body.type, r.body.email, r.body.phone])).toEqual([
      ['phone_change', 'again-ind@example.com', undefined],
      ['phone_change', 'again-ind@example.com', undefined],
    ]);
    const second = emulator.lastCode('+14155550142')!;
    expect(emulator.outbox.messages.filter((m) => m.to === '+14155550142')).toHaveLength(2);
    // The resent code is the one that works, on the same user.
    await expect(a.verifyCode({ requestId: 'r', channel: 'sms', to: '+14155550142', code: second === first ? wrong(first) : first, event: 'Register' })).rejects.toMatchObject({ code: 'invalid_code' });
    const verified = await a.verifyCode({ requestId: 'r', channel: 'sms', to: '+14155550142', code: second, event: 'Register' });
    expect(emulator.userOf(verified.proof!)).toBe(emulator.userOf(emailProof));
  });

  it('a number changed back to after another one is a new change to it, not a resend (GoTrue would resend to the other)', async () => {
    const a = adapter();
    const emailProof = await verifiedEmail(a, 'fickle@example.com');
    const send = (to: string) => a.sendCode({ channel: 'sms', to, event: 'Register', emailProof });
    await send('+14155550148');
    emulator.clock.advance(emulator.limits.cooldownMs);
    await send('+14155550149');
    emulator.clock.advance(emulator.limits.cooldownMs);
    await send('+14155550148');
    expect(emulator.state.requests.slice(2).map((r) => [r.path, r.body.phone])).toEqual([
      ['/user', '+14155550148'],
      ['/user', '+14155550149'],
      ['/user', '+14155550148'],
    ]);
    expect(emulator.outbox.messages.at(-1)?.to).toBe('+14155550148');
    const verified = await a.verifyCode({ requestId: 'r', channel: 'sms', to: '+14155550148', code: emulator.lastCode('+14155550148')!, event: 'Register' });
    expect(emulator.userOf(verified.proof!)).toBe(emulator.userOf(emailProof));
    expect(emulator.users()[0]).toMatchObject({ phone: '+14155550148', newPhone: undefined });
  });

  it('once the change is verified the number is the user\'s: the same phone step again signs in by it (no change GoTrue would ignore)', async () => {
    const a = adapter();
    const emailProof = await verifiedEmail(a, 'twice@example.com');
    await a.sendCode({ channel: 'sms', to: '+14155550139', event: 'Register', emailProof });
    await a.verifyCode({ requestId: 'r', channel: 'sms', to: '+14155550139', code: emulator.lastCode('+14155550139')!, event: 'Register' });
    emulator.clock.advance(emulator.limits.cooldownMs);
    const sent = await a.sendCode({ channel: 'sms', to: '+14155550139', event: 'Register', emailProof });
    const again = await a.verifyCode({ requestId: sent.requestId, channel: 'sms', to: '+14155550139', code: emulator.lastCode('+14155550139')!, event: 'Register' });
    expect(emulator.state.requests.slice(2).map((r) => [r.path, r.body.type ?? null])).toEqual([
      ['/user', null],
      ['/verify', 'phone_change'],
      ['/otp', null],
      ['/verify', 'sms'],
    ]);
    expect(emulator.userOf(again.proof!)).toBe(emulator.userOf(emailProof));
    expect(emulator.users()).toHaveLength(1);
  });

  it('SignIn: an email user who already has this phone signs in by it (GoTrue sends no code for a change to the own number); same user', async () => {
    const existing = emulator.addUser({ email: 'both@example.com', phone: '+14155550143' });
    const a = adapter();
    const emailProof = await verifiedEmail(a, 'both@example.com', 'SignIn');
    const sent = await a.sendCode({ channel: 'sms', to: '+14155550143', event: 'SignIn', emailProof });
    const verified = await a.verifyCode({ requestId: sent.requestId, channel: 'sms', to: '+14155550143', code: emulator.lastCode('+14155550143')!, event: 'SignIn' });
    expect(emulator.state.requests.slice(2).map((r) => [r.path, r.body.type ?? null])).toEqual([
      ['/otp', null],
      ['/verify', 'sms'],
    ]);
    expect(emulator.userOf(verified.proof!)).toBe(existing.id);
    expect(emulator.users()).toHaveLength(1);
  });

  it('SignIn with a new number: the change replaces the phone of the email user', async () => {
    const existing = emulator.addUser({ email: 'moved@example.com', phone: '+14155550144' });
    const a = adapter();
    const emailProof = await verifiedEmail(a, 'moved@example.com', 'SignIn');
    await a.sendCode({ channel: 'sms', to: '+14155550145', event: 'SignIn', emailProof });
    const verified = await a.verifyCode({ requestId: 'r', channel: 'sms', to: '+14155550145', code: emulator.lastCode('+14155550145')!, event: 'SignIn' });
    expect(emulator.userOf(verified.proof!)).toBe(existing.id);
    expect(emulator.users()).toEqual([expect.objectContaining({ id: existing.id, email: 'moved@example.com', phone: '+14155550145', phoneConfirmed: true })]);
  });

  it('without the proof of an email this adapter verified, a phone code signs in on its own (phone-only flows)', async () => {
    const a = adapter();
    // steps={['phone']}: no emailProof at all.
    const alone = await sendAndVerify(a, 'sms', '+14155550146', 'Register');
    // A proof this adapter never handed back (another client's session, a stale one) links nothing.
    const other = adapter();
    const foreignProof = await verifiedEmail(other, 'other@example.com');
    const sent = await a.sendCode({ channel: 'sms', to: '+14155550147', event: 'Register', emailProof: foreignProof });
    const signedIn = await a.verifyCode({ requestId: sent.requestId, channel: 'sms', to: '+14155550147', code: emulator.lastCode('+14155550147')!, event: 'Register' });
    expect(emulator.state.requests.filter((r) => r.path === '/user')).toEqual([]);
    expect(emulator.state.requests.filter((r) => r.path === '/verify').map((r) => r.body.type)).toEqual(['sms', 'email', 'sms']);
    const users = emulator.users();
    expect(users).toHaveLength(3);
    expect(users.find((u) => u.id === emulator.userOf(alone.proof!))).toMatchObject({ email: undefined, phone: '+14155550146' });
    expect(users.find((u) => u.id === emulator.userOf(signedIn.proof!))).toMatchObject({ email: undefined, phone: '+14155550147' });
  });
});

describe.each([
  ['the 2024-01-01 body shape { code, message }', false],
  ['the legacy body shape { code: status, error_code, msg }', true],
])('createSupabaseAdapter: GoTrue errors in %s', (_name, legacy) => {
  beforeEach(() => emulator.setLegacyErrors(legacy));

  it('otp_expired (a wrong code) → invalid_code', async () => {
    const a = adapter();
    const sent = await a.sendCode({ channel: 'email', to: 'w@example.com', event: 'Register' });
    const code = emulator.lastCode('w@example.com')!;
    const error = await failure(a.verifyCode({ requestId: sent.requestId, channel: 'email', to: 'w@example.com', code: wrong(code), event: 'Register' }));
    expect(error).toMatchObject({ code: 'invalid_code', status: 403, cause: { code: 'otp_expired' } });
  });

  it('otp_expired (an expired code: GoTrue does not tell) → invalid_code', async () => {
    const a = adapter();
    const sent = await a.sendCode({ channel: 'sms', to: '+14155550110', event: 'Register' });
    const code = emulator.lastCode('+14155550110')!;
    emulator.clock.advance(emulator.limits.ttlMs);
    const error = await failure(a.verifyCode({ requestId: sent.requestId, channel: 'sms', to: '+14155550110', code, event: 'Register' }));
    expect(error).toMatchObject({ code: 'invalid_code', cause: { code: 'otp_expired' } });
  });

  it('over_email_send_rate_limit → rate_limited, with the wait GoTrue names', async () => {
    const a = adapter();
    await a.sendCode({ channel: 'email', to: 'r@example.com', event: 'Register' });
    emulator.clock.advance(18_000);
    const error = await failure(a.sendCode({ channel: 'email', to: 'r@example.com', event: 'Register' }));
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 42_000, cause: { code: 'over_email_send_rate_limit' } });
  });

  it('over_sms_send_rate_limit → rate_limited, with the wait GoTrue names', async () => {
    const a = adapter();
    emulator.addUser({ phone: '+14155550112' });
    await a.sendCode({ channel: 'whatsapp', to: '+14155550112', event: 'SignIn' });
    const error = await failure(a.sendCode({ channel: 'whatsapp', to: '+14155550112', event: 'SignIn' }));
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterMs: 60_000, cause: { code: 'over_sms_send_rate_limit' } });
  });

  it('over_request_rate_limit (too many /verify calls) → rate_limited', async () => {
    const a = adapter();
    const sent = await a.sendCode({ channel: 'email', to: 'many@example.com', event: 'Register' });
    const bad = { requestId: sent.requestId, channel: 'email' as const, to: 'many@example.com', code: '000000', event: 'Register' as const };
    for (let i = 0; i < emulator.limits.verifyLimit; i += 1) await a.verifyCode(bad).catch(() => undefined);
    expect(await failure(a.verifyCode(bad))).toMatchObject({ code: 'rate_limited', cause: { code: 'over_request_rate_limit' } });
  });

  it('any 429, even without an error code → rate_limited', async () => {
    emulator.failNext(429, undefined, 'Too many requests. Please try again in a few seconds.');
    expect(await failure(adapter().sendCode({ channel: 'email', to: 'x@example.com', event: 'Register' }))).toMatchObject({ code: 'rate_limited', status: 429 });
  });

  it('otp_disabled (SignIn for an unknown address) → not_configured', async () => {
    const error = await failure(adapter().sendCode({ channel: 'email', to: 'nobody@example.com', event: 'SignIn' }));
    expect(error).toMatchObject({ code: 'not_configured', status: 422, cause: { code: 'otp_disabled' } });
  });

  it('validation_failed → invalid_identifier', async () => {
    emulator.failNext(400, 'validation_failed', 'Invalid phone number format (E.164 required)');
    const error = await failure(adapter().sendCode({ channel: 'sms', to: '+14155550113', event: 'Register' }));
    expect(error).toMatchObject({ code: 'invalid_identifier', status: 400, cause: { code: 'validation_failed' } });
  });

  it('email_address_invalid → invalid_identifier', async () => {
    emulator.rejectDomain('example.org');
    const error = await failure(adapter().sendCode({ channel: 'email', to: 'jane@example.org', event: 'Register' }));
    expect(error).toMatchObject({ code: 'invalid_identifier', cause: { code: 'email_address_invalid' } });
  });

  it('captcha_failed → captcha_required', async () => {
    captchaProject.setLegacyErrors(legacy);
    const missing = createSupabaseAdapter({ client: supabaseClient(captchaProject.url) });
    expect(await failure(missing.sendCode({ channel: 'email', to: 'c@example.com', event: 'Register' }))).toMatchObject({ code: 'captcha_required', cause: { code: 'captcha_failed' } });
    const wrongAnswer = createSupabaseAdapter({ client: supabaseClient(captchaProject.url), captchaToken: () => 'stale' });
    expect(await failure(wrongAnswer.sendCode({ channel: 'email', to: 'c@example.com', event: 'Register' }))).toMatchObject({ code: 'captcha_required' });
  });

  it('sms_send_failed → unknown', async () => {
    emulator.failSms();
    const error = await failure(adapter().sendCode({ channel: 'sms', to: '+14155550114', event: 'Register' }));
    expect(error).toMatchObject({ code: 'unknown', cause: { code: 'sms_send_failed' } });
  });

  it('an error code that is an Object.prototype name (constructor, __proto__, toString) → unknown', async () => {
    for (const code of ['constructor', '__proto__', 'toString']) {
      emulator.failNext(400, code, 'x');
      expect(await failure(adapter().sendCode({ channel: 'email', to: 'p@example.com', event: 'Register' })), code).toMatchObject({ code: 'unknown' });
    }
  });

  describe('the phone step\'s phone change (PUT /user)', () => {
    /** An adapter whose email is verified, and the phone send that carries its proof. */
    async function linkedSend(to: string) {
      const client = supabaseClient(emulator.url);
      const a = createSupabaseAdapter({ client, timeoutMs: 5_000 });
      const emailProof = await verifiedEmail(a, `u${to.slice(-3)}@example.com`);
      const userId = emulator.userOf(emailProof)!;
      return { client, userId, send: () => a.sendCode({ channel: 'sms', to, event: 'Register', emailProof }) };
    }

    it('the client signed in as someone else since (another tab): session_expired before any PUT /user; neither user gets the phone', async () => {
      const { client, send } = await linkedSend('+14155550158');
      // What another tab does on the same storage: a sign-in of another user with the same client.
      await client.auth.signInWithOtp({ email: 'second@example.com' });
      await client.auth.verifyOtp({ email: 'second@example.com', token: emulator.lastCode('second@example.com')!, type: 'email' });
      const before = emulator.state.requests.length;
      expect(await failure(send())).toMatchObject({ code: 'session_expired' });
      expect(emulator.state.requests.length).toBe(before);
      expect(emulator.users().map((u) => [u.email, u.phone, u.newPhone])).toEqual([
        ['u158@example.com', undefined, undefined],
        ['second@example.com', undefined, undefined],
      ]);
    });

    it('the client signed out locally: session_expired before any PUT /user', async () => {
      const { client, send } = await linkedSend('+14155550159');
      await client.auth.signOut({ scope: 'local' });
      expect(await failure(send())).toMatchObject({ code: 'session_expired' });
      expect(emulator.state.requests.filter((r) => r.path === '/user')).toEqual([]);
    });

    it('an address typed with capitals is still the session\'s user (GoTrue keeps emails in lower case)', async () => {
      const client = supabaseClient(emulator.url);
      const a = createSupabaseAdapter({ client, timeoutMs: 5_000 });
      const typed = 'Mixed.Case@Example.com';
      const sent = await a.sendCode({ channel: 'email', to: typed, event: 'Register' });
      const code = emulator.lastCode('mixed.case@example.com')!;
      const { proof: emailProof } = await a.verifyCode({ requestId: sent.requestId, channel: 'email', to: sent.to, code, event: 'Register' });
      await a.sendCode({ channel: 'sms', to: '+14155550160', event: 'Register', emailProof });
      expect(emulator.state.requests.at(-1)).toMatchObject({ path: '/user', body: { phone: '+14155550160' } });
    });

    it('phone_exists (another user has the number) → invalid_identifier', async () => {
      emulator.addUser({ phone: '+14155550150' });
      const { send } = await linkedSend('+14155550150');
      expect(await failure(send())).toMatchObject({ code: 'invalid_identifier', status: 422, cause: { code: 'phone_exists' } });
    });

    it('session_not_found (the user signed out everywhere; supabase-js: AuthSessionMissingError) → session_expired', async () => {
      const { userId, send } = await linkedSend('+14155550151');
      emulator.endSessions(userId);
      expect(await failure(send())).toMatchObject({ code: 'session_expired', cause: { name: 'AuthSessionMissingError' } });
      expect(emulator.state.requests.at(-1)).toMatchObject({ path: '/user' });
    });

    it('user_not_found (the user was deleted) → session_expired', async () => {
      const { userId, send } = await linkedSend('+14155550152');
      emulator.deleteUser(userId);
      expect(await failure(send())).toMatchObject({ code: 'session_expired', status: 403, cause: { code: 'user_not_found' } });
    });

    it('bad_jwt (the access token expired on GoTrue\'s clock) → session_expired', async () => {
      const { send } = await linkedSend('+14155550153');
      emulator.clock.advance(3_600_000);
      expect(await failure(send())).toMatchObject({ code: 'session_expired', status: 403, cause: { code: 'bad_jwt' } });
    });

    it('no_authorization (401 with its code, unlike the gateway\'s bare 401) → session_expired', async () => {
      const { send } = await linkedSend('+14155550154');
      emulator.failNext(401, 'no_authorization', 'This endpoint requires a valid Bearer token');
      expect(await failure(send())).toMatchObject({ code: 'session_expired', status: 401, cause: { code: 'no_authorization' } });
    });

    it('sms_send_failed on the change → unknown', async () => {
      const { send } = await linkedSend('+14155550155');
      emulator.failSms();
      expect(await failure(send())).toMatchObject({ code: 'unknown', cause: { code: 'sms_send_failed' } });
    });
  });

  it('provider switched off (phone_provider_disabled) → not_configured', async () => {
    emulator.failNext(400, 'phone_provider_disabled', 'Unsupported phone provider');
    expect(await failure(adapter().sendCode({ channel: 'sms', to: '+14155550115', event: 'Register' }))).toMatchObject({ code: 'not_configured' });
  });
});

describe('createSupabaseAdapter: transport and shape failures', () => {
  it('a network failure → network, after exactly one request (sends are never retried)', async () => {
    emulator.injectFault('network');
    const error = await failure(adapter().sendCode({ channel: 'email', to: 'n@example.com', event: 'Register' }));
    expect(error).toMatchObject({ code: 'network', cause: { name: 'AuthRetryableFetchError' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(emulator.requestCount()).toBe(1);
  });

  it('a wrong anon key (the gateway 401, no error code) → not_configured', async () => {
    const a = createSupabaseAdapter({ client: supabaseClient(emulator.url, { key: 'wrong-key' }) });
    expect(await failure(a.sendCode({ channel: 'email', to: 'k@example.com', event: 'Register' }))).toMatchObject({ code: 'not_configured', status: 401 });
    emulator.state.violations.length = 0; // the wrong key was the point
  });

  it('a /verify 200 without a session → unknown', async () => {
    const a = adapter();
    const sent = await a.sendCode({ channel: 'email', to: 'm@example.com', event: 'Register' });
    emulator.injectFault('malformed');
    const error = await failure(a.verifyCode({ requestId: sent.requestId, channel: 'email', to: 'm@example.com', code: '123456', event: 'Register' }));
    expect(error.code).toBe('unknown');
  });

  it('a client created with throwOnError: errors it throws are mapped the same way', async () => {
    const a = createSupabaseAdapter({ client: supabaseClient(emulator.url, { throwOnError: true }) });
    expect(await failure(a.sendCode({ channel: 'email', to: 'nobody@example.com', event: 'SignIn' }))).toMatchObject({ code: 'not_configured', cause: { code: 'otp_disabled' } });
  });
});

describe('the GoTrue emulator enforces the spec', () => {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${emulator.url}/auth/v1${path}`, {
      method: 'POST',
      headers: { apikey: 'sb_publishable_verikit-test-anon-key', 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('refuses bodies outside the schema and the README rules, in the shape the request asked for', async () => {
    expect((await post('/otp', { email: 'a@example.com', channel: 'sms' })).status).toBe(400);
    expect((await post('/otp', { email: 'a@example.com', phone: '+14155550120' })).status).toBe(400);
    expect((await post('/otp', { phone: '+14155550120', channel: 'voice' })).status).toBe(400);
    expect((await post('/otp', { email: 'not-an-email' })).status).toBe(400);
    expect((await post('/verify', { email: 'a@example.com', token: '123456', type: 'otp' })).status).toBe(400);
    expect((await post('/resend', { email: 'a@example.com', type: 'magiclink' })).status).toBe(400);
    const legacy = await post('/recover', {});
    expect([legacy.status, await legacy.json()]).toEqual([400, { code: 400, error_code: 'validation_failed', msg: expect.stringMatching(/required property 'email'/) }]);
    expect(legacy.headers.get('x-sb-error-code')).toBe('validation_failed');
    const modern = await post('/recover', {}, { 'X-Supabase-Api-Version': '2024-01-01' });
    expect(await modern.json()).toEqual({ code: 'validation_failed', message: expect.any(String) });
    expect((await post('/resend', { type: 'sms', email: 'a@example.com' })).status).toBe(400);
    expect((await post('/resend', { type: 'phone_change', email: 'a@example.com', phone: '+14155550121' })).status).toBe(400);
    const violations = emulator.state.violations.join('\n');
    expect(violations).toMatch(/channel with an email/);
    expect(violations).toMatch(/exactly one of email and phone/);
    expect(violations).toMatch(/channel must be equal to one of the allowed values/);
    expect(violations).toMatch(/email must match format "email"/);
    expect(violations).toMatch(/type must be equal to one of the allowed values/);
    expect(violations).toMatch(/Type provided requires a phone number/);
    expect(violations).toMatch(/Only an email address or phone number should be provided/);
    emulator.state.violations.length = 0;
  });

  it('PUT /user: the bearer token first (none 401 no_authorization, unknown 403 bad_jwt), then the body against the schema', async () => {
    const put = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${emulator.url}/auth/v1/user`, {
        method: 'PUT',
        headers: { apikey: 'sb_publishable_verikit-test-anon-key', 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    const none = await put({ phone: '+14155550160' });
    expect([none.status, await none.json()]).toEqual([401, { code: 401, error_code: 'no_authorization', msg: expect.any(String) }]);
    const forged = await put({ phone: '+14155550160' }, { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln' });
    expect([forged.status, (await forged.json()).error_code]).toEqual([403, 'bad_jwt']);
    // A real session, from a verified email.
    const a = adapter();
    const token = await verifiedEmail(a, 'put@example.com');
    const bearer = { authorization: `Bearer ${token}` };
    expect((await put({ phone: '+14155550160', channel: 'voice' }, bearer)).status).toBe(400);
    expect((await put({ phone: 'not a phone' }, bearer)).status).toBe(400);
    expect(emulator.state.violations.join('\n')).toMatch(/channel must be equal to one of the allowed values[\s\S]*phone must match format "phone"/);
    emulator.state.violations.length = 0;
    const ok = await put({ phone: '+14155550160' }, bearer);
    expect([ok.status, await ok.json()]).toEqual([200, expect.objectContaining({ email: 'put@example.com', new_phone: '14155550160', phone_change_sent_at: expect.any(String) })]);
  });

  it('POST /resend phone_change given the NEW number finds nobody (GoTrue looks users up by their current address): 200, nothing sent', async () => {
    const a = adapter();
    const emailProof = await verifiedEmail(a, 'by-new@example.com');
    await a.sendCode({ channel: 'sms', to: '+14155550161', event: 'Register', emailProof });
    emulator.clock.advance(emulator.limits.cooldownMs);
    const byNewNumber = await post('/resend', { type: 'phone_change', phone: '+14155550161' });
    expect(byNewNumber.status).toBe(200);
    expect(emulator.outbox.messages.filter((m) => m.to === '+14155550161')).toHaveLength(1);
    const byEmail = await post('/resend', { type: 'phone_change', email: 'by-new@example.com' });
    expect(byEmail.status).toBe(200);
    expect(emulator.outbox.messages.filter((m) => m.to === '+14155550161')).toHaveLength(2);
  });
});
