// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/core/clock';
import { logtoManagementProvider } from '../../../src/server/providers/logto-management';
import { createLogtoManagementEmulator } from '../../emulators/logto-management';
import { LOGTO_MAX_TRIES } from '../../emulators/logto-passcodes';
import { expectNoViolations, serveEmulators } from '../../emulators/serve';
import { createTestHandler, errorOf, post } from './helpers';

const CLIENT_ID = 'm2m-app-id';
const CLIENT_SECRET = 'm2m-client-secret-never-in-a-response';
const clock = createManualClock(Date.UTC(2026, 0, 1));
const emulator = createLogtoManagementEmulator({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, clock, tokenTtlSeconds: 3600 });
serveEmulators(emulator);

beforeEach(() => emulator.reset());
expectNoViolations(emulator);

const providerOptions = { endpoint: emulator.endpoint, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, timeoutMs: 300, now: clock.now };
const ctx = () => ({ subject: 'user-1', now: clock.now() });

function handlerWith(provider = logtoManagementProvider(providerOptions)) {
  // The provider's own behaviour is under test here; the handler's ordering has its own tests (ordering.test.ts).
  return createTestHandler(provider, { now: clock.now, ordering: 'none' });
}

describe('logtoManagementProvider: wire format', () => {
  it('sends {email} / {phone: digits}, verifies with verificationCode; success is 204', async () => {
    const handler = handlerWith();
    const sms = { channel: 'sms', to: '+14155550123', event: 'SignIn' };
    const sent = await post(handler, '/send', sms);
    expect(await sent.json()).toMatchObject({ channel: 'sms', to: '+14155550123', codeLength: 6 });
    const { requestId } = (await (await post(handler, '/send', { channel: 'email', to: 'jane@example.com', event: 'SignIn' })).json()) as { requestId: string };
    const code = emulator.lastCode({ email: 'jane@example.com' })!;
    const verified = await post(handler, '/verify', { requestId, channel: 'email', to: 'jane@example.com', code, event: 'SignIn' });
    expect(verified.status).toBe(200);
    expect(emulator.state.apiRequests.map((r) => [r.path, r.body])).toEqual([
      ['/api/verification-codes', { phone: '14155550123' }],
      ['/api/verification-codes', { email: 'jane@example.com' }],
      ['/api/verification-codes/verify', { email: 'jane@example.com', verificationCode: code }],
    ]);
  });
});

describe('logtoManagementProvider: the M2M token', () => {
  it('fetches one token with client credentials and caches it', async () => {
    const provider = logtoManagementProvider(providerOptions);
    await provider.send({ channel: 'email', to: 'a@example.com', event: 'SignIn' }, ctx());
    await provider.send({ channel: 'email', to: 'b@example.com', event: 'SignIn' }, ctx());
    expect(emulator.state.tokenRequests).toBe(1);
    expect(emulator.state.apiRequests.every((r) => r.authorization === emulator.state.apiRequests[0]!.authorization)).toBe(true);
  });

  it('concurrent calls share one token request', async () => {
    const provider = logtoManagementProvider(providerOptions);
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => provider.send({ channel: 'email', to: `c${i}@example.com`, event: 'SignIn' }, ctx())),
    );
    expect(emulator.state.tokenRequests).toBe(1);
    expect(emulator.state.apiRequests).toHaveLength(8);
  });

  it('refreshes before expiry: a minute early, never with a token about to expire', async () => {
    const provider = logtoManagementProvider(providerOptions);
    await provider.send({ channel: 'email', to: 'a@example.com', event: 'SignIn' }, ctx());
    clock.advance(3600_000 - 61_000);
    await provider.send({ channel: 'email', to: 'b@example.com', event: 'SignIn' }, ctx());
    expect(emulator.state.tokenRequests).toBe(1);
    clock.advance(2_000); // 59 s left on the token: refresh now, not at 0
    await provider.send({ channel: 'email', to: 'c@example.com', event: 'SignIn' }, ctx());
    expect(emulator.state.tokenRequests).toBe(2);
  });

  it('a revoked token (401) is replaced once, and the call goes through', async () => {
    const provider = logtoManagementProvider(providerOptions);
    await provider.send({ channel: 'email', to: 'a@example.com', event: 'SignIn' }, ctx());
    emulator.revokeTokens();
    await provider.send({ channel: 'email', to: 'b@example.com', event: 'SignIn' }, ctx());
    expect(emulator.state.tokenRequests).toBe(2);
    expect(emulator.lastCode({ email: 'b@example.com' })).toMatch(/^\d{6}$/);
  });

  it('wrong client credentials → not_configured; the secret is in no response or error', async () => {
    const provider = logtoManagementProvider({ ...providerOptions, clientSecret: 'wrong-secret-value-xyz' });
    const error = await provider.send({ channel: 'email', to: 'a@example.com', event: 'SignIn' }, ctx()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'not_configured', status: 401 });
    const dump = JSON.stringify(error, (_k, v: unknown) => (v instanceof Error ? { message: v.message, cause: v.cause } : v));
    expect(dump).not.toContain('wrong-secret-value-xyz');
    const text = await (await post(handlerWith(logtoManagementProvider({ ...providerOptions, clientSecret: CLIENT_SECRET.replace('never', 'NEVER') })), '/send', { channel: 'email', to: 'a@example.com', event: 'SignIn' })).text();
    expect(text).not.toContain('NEVER');
    expect(text).not.toContain(CLIENT_SECRET);
    expect(emulator.state.apiRequests).toHaveLength(0);
  });

  it('a failed token request is not cached', async () => {
    const provider = logtoManagementProvider(providerOptions);
    emulator.injectFault('network');
    await expect(provider.send({ channel: 'email', to: 'a@example.com', event: 'SignIn' }, ctx())).rejects.toMatchObject({ code: 'network' });
    await provider.send({ channel: 'email', to: 'a@example.com', event: 'SignIn' }, ctx());
    expect(emulator.state.tokenRequests).toBe(2);
  });
});

describe('logtoManagementProvider: error mapping', () => {
  async function sent(to = 'jane@example.com') {
    const provider = logtoManagementProvider(providerOptions);
    await provider.send({ channel: 'email', to, event: 'SignIn' }, ctx());
    const verify = (code: string) => provider.verify({ channel: 'email', to, code, event: 'SignIn' }, ctx());
    return { provider, verify, code: emulator.lastCode({ email: to })! };
  }

  it('code_mismatch → invalid_code; after 10 tries exceed_max_try → too_many_attempts', async () => {
    const { verify, code } = await sent();
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < LOGTO_MAX_TRIES; i += 1) await expect(verify(wrong)).rejects.toMatchObject({ code: 'invalid_code' });
    await expect(verify(code)).rejects.toMatchObject({ code: 'too_many_attempts' });
  });

  it('expired → code_expired; consumed or never sent (not_found) → code_expired', async () => {
    const { verify, code } = await sent();
    clock.advance(10 * 60_000 + 1);
    await expect(verify(code)).rejects.toMatchObject({ code: 'code_expired' });
    const fresh = await sent('k@example.com');
    await fresh.verify(fresh.code);
    await expect(fresh.verify(fresh.code)).rejects.toMatchObject({ code: 'code_expired' });
    const provider = logtoManagementProvider(providerOptions);
    await expect(provider.verify({ channel: 'email', to: 'never@example.com', code: '123456', event: 'SignIn' }, ctx())).rejects.toMatchObject({ code: 'code_expired' });
  });

  it('429 request.message_rate_limited → rate_limited with Retry-After when given', async () => {
    const provider = logtoManagementProvider(providerOptions);
    emulator.rateLimit({ retryAfterSeconds: 45 });
    await expect(provider.send({ channel: 'email', to: 'a@example.com', event: 'SignIn' }, ctx())).rejects.toMatchObject({ code: 'rate_limited', retryAfterMs: 45_000 });
    emulator.rateLimit({});
    const error = await provider.send({ channel: 'email', to: 'a@example.com', event: 'SignIn' }, ctx()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'rate_limited' });
    expect((error as { retryAfterMs?: number }).retryAfterMs).toBeUndefined();
  });

  it('501 connector.not_found → not_configured; voice and WhatsApp are refused before any call', async () => {
    emulator.state.connectors.sms = false;
    const handler = handlerWith();
    const sms = await post(handler, '/send', { channel: 'sms', to: '+14155550123', event: 'SignIn' });
    expect([sms.status, (await errorOf(sms)).code]).toEqual([501, 'not_configured']);
    const before = emulator.state.apiRequests.length;
    const voice = await post(handler, '/send', { channel: 'voice', to: '+14155550123', event: 'SignIn' });
    expect((await errorOf(voice)).code).toBe('not_configured');
    expect(emulator.state.apiRequests).toHaveLength(before);
  });

  it('maps every verification_code.* code and the guard error', async () => {
    const { LOGTO_MANAGEMENT_ERRORS, mapLogtoManagementError } = await import('../../../src/server/providers/logto-errors');
    const response = (status: number, code?: string) => ({ status, headers: new Headers(), body: code ? { code, message: 'x' } : undefined });
    expect(Object.keys(LOGTO_MANAGEMENT_ERRORS).filter((k) => k.startsWith('verification_code.')).sort()).toEqual(
      ['code_mismatch', 'email_mismatch', 'exceed_max_try', 'expired', 'not_found', 'phone_email_empty', 'phone_mismatch'].map((c) => `verification_code.${c}`),
    );
    expect(mapLogtoManagementError(response(400, 'verification_code.email_mismatch'), 'verify', 0).code).toBe('session_expired');
    expect(mapLogtoManagementError(response(400, 'guard.invalid_input'), 'send', 0).code).toBe('invalid_identifier');
    expect(mapLogtoManagementError(response(400, 'guard.invalid_input'), 'verify', 0).code).toBe('invalid_code');
    expect(mapLogtoManagementError(response(403, 'auth.forbidden'), 'send', 0).code).toBe('not_configured');
    expect(mapLogtoManagementError(response(500), 'send', 0).code).toBe('unknown');
  });
});

describe('logtoManagementProvider: codes are keyed by address, so an address belongs to one subject at a time', () => {
  it("refuses another subject's send while a code is live, and never lets its guesses reach the first subject's code", async () => {
    const handler = handlerWith();
    const to = 'shared@example.com';
    const body = { channel: 'email', to, event: 'SignIn' };
    // B sends first and keeps its requestId.
    const old = (await (await post(handler, '/send', body, { 'x-user': 'b' })).json()) as { requestId: string };
    clock.advance(10 * 60_000 + 1);
    // A's turn: B's code expired, A gets a fresh one.
    const a = (await (await post(handler, '/send', body, { 'x-user': 'a' })).json()) as { requestId: string };
    const code = logtoCode(to);
    // B can't send while A's code is live…
    const calls = emulator.state.apiRequests.length;
    const refused = await post(handler, '/send', body, { 'x-user': 'b' });
    expect(refused.status).toBe(429);
    expect((await errorOf(refused)).code).toBe('rate_limited');
    // …and B's guesses with its old requestId never reach Logto, so they can't burn A's tries.
    for (let i = 0; i < 12; i += 1) {
      const guess = await post(handler, '/verify', { ...body, requestId: old.requestId, code: String(100000 + i) }, { 'x-user': 'b' });
      // code_expired from the provider, then the handler's per-code budget: never Logto's answer.
      expect(['code_expired', 'too_many_attempts']).toContain((await errorOf(guess)).code);
    }
    expect(emulator.state.apiRequests.length).toBe(calls);
    const verified = await post(handler, '/verify', { ...body, requestId: a.requestId, code }, { 'x-user': 'a' });
    expect(verified.status).toBe(200);
    // Once A verified, the address is free again.
    expect((await post(handler, '/send', body, { 'x-user': 'b' })).status).toBe(200);
  });
});

function logtoCode(email: string): string {
  return emulator.lastCode({ email })!;
}
