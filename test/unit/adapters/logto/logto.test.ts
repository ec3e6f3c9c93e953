import { beforeEach, describe, expect, it } from 'vitest';
import { createLogtoAdapter, LOGTO_EXPERIENCE_ERRORS } from '../../../../src/adapters/logto';
import { createManualClock } from '../../../../src/core/clock';
import { createLogtoExperienceEmulator } from '../../../emulators/logto-experience';
import { expectNoViolations, serveEmulators } from '../../../emulators/serve';

const clock = createManualClock(Date.UTC(2026, 0, 1));
const emulator = createLogtoExperienceEmulator({ clock, sentinel: { maxAttempts: 3, lockoutMs: 60 * 60_000 } });
serveEmulators(emulator);

beforeEach(() => emulator.reset());
expectNoViolations(emulator);

const adapter = (options: Parameters<typeof createLogtoAdapter>[0] = {}) => createLogtoAdapter({ endpoint: emulator.endpoint, clock, timeoutMs: 300, ...options });
const wrongOf = (code: string) => (code === '000000' ? '111111' : '000000');

describe('createLogtoAdapter: wire format', () => {
  it('starts the interaction, sends {identifier, interactionEvent}, verifies {identifier, verificationId, code}', async () => {
    const logto = adapter();
    const sent = await logto.sendCode({ channel: 'email', to: 'jane@example.com', event: 'Register' });
    expect(sent).toMatchObject({ channel: 'email', to: 'jane@example.com', codeLength: 6, expiresAt: clock.now() + 600_000 });
    const code = emulator.lastCode('email', 'jane@example.com')!;
    const verified = await logto.verifyCode({ requestId: sent.requestId, channel: 'email', to: 'jane@example.com', code, event: 'Register' });
    // The verificationId is both the requestId and the proof.
    expect(verified).toEqual({ channel: 'email', to: 'jane@example.com', proof: sent.requestId });
    expect(emulator.state.requests.map(({ method, path, body }) => [method, path, body])).toEqual([
      ['PUT', '/api/experience', { interactionEvent: 'Register' }],
      ['POST', '/api/experience/verification/verification-code', { identifier: { type: 'email', value: 'jane@example.com' }, interactionEvent: 'Register' }],
      ['POST', '/api/experience/verification/verification-code/verify', { identifier: { type: 'email', value: 'jane@example.com' }, verificationId: sent.requestId, code }],
    ]);
  });

  it('sends phone numbers as digits only, without the +', async () => {
    const logto = adapter();
    const sent = await logto.sendCode({ channel: 'sms', to: '+14155550123', event: 'SignIn' });
    expect(sent.to).toBe('+14155550123');
    expect(emulator.state.requests[1]!.body).toEqual({ identifier: { type: 'phone', value: '14155550123' }, interactionEvent: 'SignIn' });
    const code = emulator.lastCode('phone', '14155550123')!;
    await logto.verifyCode({ requestId: sent.requestId, channel: 'sms', to: '+14155550123', code, event: 'SignIn' });
  });

  it('starts the interaction once, switches SignIn ⇄ Register in place, and restarts for ForgotPassword', async () => {
    const logto = adapter();
    await logto.sendCode({ channel: 'email', to: 'a@example.com', event: 'SignIn' });
    await logto.sendCode({ channel: 'sms', to: '+14155550123', event: 'SignIn' });
    await logto.sendCode({ channel: 'email', to: 'b@example.com', event: 'Register' });
    await logto.sendCode({ channel: 'email', to: 'c@example.com', event: 'ForgotPassword' });
    expect(emulator.state.requests.filter((r) => r.method === 'PUT').map((r) => [r.path, r.body])).toEqual([
      ['/api/experience', { interactionEvent: 'SignIn' }],
      ['/api/experience/interaction-event', { interactionEvent: 'Register' }],
      ['/api/experience', { interactionEvent: 'ForgotPassword' }],
    ]);
    expect(emulator.interactionEvent).toBe('ForgotPassword');
  });

  it("leaves the interaction alone with interaction: 'external'", async () => {
    const logto = adapter({ interaction: 'external' });
    const error = await logto.sendCode({ channel: 'email', to: 'a@example.com', event: 'SignIn' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'session_expired', status: 404 });
    expect(emulator.state.requests.map((r) => r.method)).toEqual(['POST']);
  });

  it('restarts a vanished interaction once and sends (nothing was sent the first time)', async () => {
    const logto = adapter();
    await logto.sendCode({ channel: 'email', to: 'a@example.com', event: 'SignIn' });
    emulator.dropInteraction();
    await logto.sendCode({ channel: 'email', to: 'b@example.com', event: 'SignIn' });
    expect(emulator.state.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'PUT /api/experience',
      'POST /api/experience/verification/verification-code',
      'POST /api/experience/verification/verification-code',
      'PUT /api/experience',
      'POST /api/experience/verification/verification-code',
    ]);
    expect(emulator.lastCode('email', 'b@example.com')).toMatch(/^\d{6}$/);
  });

  it('refuses voice and WhatsApp before any request', async () => {
    const logto = adapter();
    await expect(logto.sendCode({ channel: 'voice', to: '+14155550123', event: 'SignIn' })).rejects.toMatchObject({ code: 'not_configured' });
    await expect(logto.verifyCode({ requestId: 'v', channel: 'whatsapp', to: '+14155550123', code: '123456', event: 'SignIn' })).rejects.toMatchObject({ code: 'not_configured' });
    expect(emulator.state.requests).toHaveLength(0);
  });
});

describe('createLogtoAdapter: error mapping', () => {
  it('429 request.message_rate_limited → rate_limited, with Retry-After when Logto sends one', async () => {
    const logto = adapter();
    emulator.state.rateLimit = { retryAfterSeconds: 40 };
    await expect(logto.sendCode({ channel: 'email', to: 'a@example.com', event: 'SignIn' })).rejects.toMatchObject({ code: 'rate_limited', retryAfterMs: 40_000, status: 429 });
  });

  it('501 connector.not_found → not_configured; 422 session.captcha_required → captcha_required', async () => {
    const logto = adapter();
    emulator.state.connectors.sms = false;
    await expect(logto.sendCode({ channel: 'sms', to: '+14155550123', event: 'SignIn' })).rejects.toMatchObject({ code: 'not_configured', status: 501 });
    emulator.state.captchaRequired = true;
    await expect(logto.sendCode({ channel: 'email', to: 'a@example.com', event: 'SignIn' })).rejects.toMatchObject({ code: 'captcha_required', status: 422 });
  });

  it('verification_code.code_mismatch → invalid_code; expired → code_expired; exceed_max_try → too_many_attempts', async () => {
    const logto = createLogtoAdapter({ endpoint: emulator.endpoint, clock, timeoutMs: 300 });
    const sent = await logto.sendCode({ channel: 'email', to: 'a@example.com', event: 'SignIn' });
    const code = emulator.lastCode('email', 'a@example.com')!;
    const verify = (c: string) => logto.verifyCode({ requestId: sent.requestId, channel: 'email', to: 'a@example.com', code: c, event: 'SignIn' });
    await expect(verify(wrongOf(code))).rejects.toMatchObject({ code: 'invalid_code' });
    clock.advance(10 * 60_000 + 1);
    await expect(verify(code)).rejects.toMatchObject({ code: 'code_expired' });
    expect(LOGTO_EXPERIENCE_ERRORS['verification_code.exceed_max_try']).toBe('too_many_attempts');
  });

  it('the sentinel lockout → too_many_attempts, even for the right code', async () => {
    const logto = adapter();
    const sent = await logto.sendCode({ channel: 'email', to: 'a@example.com', event: 'SignIn' });
    const code = emulator.lastCode('email', 'a@example.com')!;
    const verify = (c: string) => logto.verifyCode({ requestId: sent.requestId, channel: 'email', to: 'a@example.com', code: c, event: 'SignIn' });
    await expect(verify(wrongOf(code))).rejects.toMatchObject({ code: 'invalid_code' });
    await expect(verify(wrongOf(code))).rejects.toMatchObject({ code: 'invalid_code' });
    await expect(verify(wrongOf(code))).rejects.toMatchObject({ code: 'too_many_attempts', status: 400 });
    await expect(verify(code)).rejects.toMatchObject({ code: 'too_many_attempts' });
  });

  it('404 session.verification_session_not_found → session_expired (unknown or replaced verificationId)', async () => {
    const logto = adapter();
    const first = await logto.sendCode({ channel: 'email', to: 'a@example.com', event: 'SignIn' });
    await logto.sendCode({ channel: 'email', to: 'a@example.com', event: 'SignIn' });
    const code = emulator.lastCode('email', 'a@example.com')!;
    await expect(logto.verifyCode({ requestId: first.requestId, channel: 'email', to: 'a@example.com', code, event: 'SignIn' })).rejects.toMatchObject({ code: 'session_expired', status: 404 });
    await expect(logto.verifyCode({ requestId: 'vrf_forged', channel: 'email', to: 'a@example.com', code, event: 'SignIn' })).rejects.toMatchObject({ code: 'session_expired' });
  });

  it('maps every documented Logto code, and keeps Logto text out of the message', async () => {
    expect(Object.keys(LOGTO_EXPERIENCE_ERRORS).filter((k) => k.startsWith('verification_code.')).sort()).toEqual(
      ['code_mismatch', 'email_mismatch', 'exceed_max_try', 'expired', 'not_found', 'phone_email_empty', 'phone_mismatch'].map((c) => `verification_code.${c}`),
    );
    expect(LOGTO_EXPERIENCE_ERRORS).toMatchObject({
      'request.message_rate_limited': 'rate_limited',
      'session.verification_blocked_too_many_attempts': 'too_many_attempts',
      'session.verification_session_not_found': 'session_expired',
      'connector.not_found': 'not_configured',
      'session.captcha_required': 'captcha_required',
    });
    const { logtoError } = await import('../../../../src/adapters/logto/errors');
    const error = logtoError(400, new Headers(), { code: 'verification_code.code_mismatch', message: 'Invalid verification code.' }, 'verify', 0);
    expect(error.message).not.toContain('Invalid verification code.');
    expect(logtoError(400, new Headers(), { code: 'guard.invalid_input' }, 'send', 0).code).toBe('invalid_identifier');
    expect(logtoError(400, new Headers(), { code: 'guard.invalid_input' }, 'verify', 0).code).toBe('invalid_code');
    expect(logtoError(500, new Headers(), '<html>', 'send', 0).code).toBe('unknown');
  });
});
