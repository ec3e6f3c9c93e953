// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/core/clock';
import type { VerificationHandlerOptions } from '../../../src/server/handler';
import type { VerificationProvider } from '../../../src/server/provider';
import { logtoManagementProvider } from '../../../src/server/providers/logto-management';
import { memoryProvider } from '../../../src/server/providers/memory';
import { sfoxProvider } from '../../../src/server/providers/sfox';
import { twilioVerifyProvider } from '../../../src/server/providers/twilio';
import { ycloudProvider } from '../../../src/server/providers/ycloud';
import { verifyProof } from '../../../src/server/token';
import { createLogtoManagementEmulator } from '../../emulators/logto-management';
import { expectNoViolations, serveEmulators } from '../../emulators/serve';
import { createSfoxEmulator } from '../../emulators/sfox';
import { createTwilioEmulator } from '../../emulators/twilio-verify';
import { createYcloudEmulator } from '../../emulators/ycloud';
import { createTestHandler, errorOf, post, SECRET } from './helpers';

/**
 * Email-then-phone enforced by verikit/server itself, whatever the provider: a phone send for an
 * individual account needs `emailProof`, a valid email proof for the same subject. Each refusal
 * is `order_violation` and happens before the provider is called.
 */
const clock = createManualClock(Date.UTC(2026, 0, 1));
const sfox = createSfoxEmulator({ apiKey: 'sfox-key-ordering-0123456789', clock });
const ycloud = createYcloudEmulator({ apiKey: 'ycloud-key-ordering-0123', clock });
const logto = createLogtoManagementEmulator({ clientId: 'm2m', clientSecret: 'm2m-secret-ordering', clock });
const TWILIO = { accountSid: `AC${'2'.repeat(32)}`, authToken: 'twilio-auth-token-ordering', serviceSid: `VA${'b'.repeat(32)}` };
const twilio = createTwilioEmulator({ ...TWILIO, clock });
serveEmulators(sfox, ycloud, logto, twilio);

beforeEach(() => {
  sfox.reset();
  ycloud.reset();
  logto.reset();
  twilio.reset();
  for (const [user, n] of [['user-1', '0123'], ['victim', '0999']] as const) {
    sfox.register(user, { accountType: 'individual', email: `${user}@example.com`, phone: `+1415555${n}` });
  }
});
expectNoViolations(sfox, ycloud, logto, twilio);

interface Case {
  name: string;
  provider: () => VerificationProvider;
  /** The code the provider sent to `to` for `subject`. */
  code: (provider: VerificationProvider, subject: string, to: string) => string | undefined;
}

const memory = () => memoryProvider({ seed: 5, clock });
const cases: Case[] = [
  { name: 'memory', provider: memory, code: (p, subject, to) => (p as ReturnType<typeof memoryProvider>).engine(subject).lastCode(to) },
  {
    name: 'sfox',
    provider: () => sfoxProvider({ apiKey: 'sfox-key-ordering-0123456789', accountType: 'individual', timeoutMs: 300 }),
    code: (_p, subject, to) => sfox.lastCode(subject, to.startsWith('+') ? 'sms' : 'email'),
  },
  { name: 'ycloud', provider: () => ycloudProvider({ apiKey: 'ycloud-key-ordering-0123', timeoutMs: 300 }), code: (_p, _s, to) => ycloud.lastCode(to) },
  {
    name: 'logto-management',
    provider: () => logtoManagementProvider({ endpoint: logto.endpoint, clientId: 'm2m', clientSecret: 'm2m-secret-ordering', timeoutMs: 300, now: clock.now }),
    code: (_p, _s, to) => logto.lastCode(to.startsWith('+') ? { phone: to.slice(1) } : { email: to }),
  },
  { name: 'twilio', provider: () => twilioVerifyProvider({ ...TWILIO, timeoutMs: 2_000 }), code: (_p, _s, to) => twilio.lastCode(to) },
];

/** The provider, with its sends counted: a refusal must come before any of them. */
function counted(provider: VerificationProvider) {
  let sends = 0;
  const wrapped: VerificationProvider = {
    name: provider.name,
    channels: provider.channels,
    send: (input, ctx) => {
      sends += 1;
      return provider.send(input, ctx);
    },
    verify: (input, ctx) => provider.verify(input, ctx),
    ...(provider.getStatus && { getStatus: (ctx) => provider.getStatus!(ctx) }),
  };
  return { wrapped, sends: () => sends };
}

describe.each(cases)('verikit/server ordering with the $name provider', ({ provider: make, code }) => {
  function setup(options: Partial<VerificationHandlerOptions> = {}) {
    const provider = make();
    const { wrapped, sends } = counted(provider);
    const handler = createTestHandler(wrapped, { now: clock.now, ...options });
    async function emailProof(subject: string): Promise<string> {
      const to = `${subject}@example.com`;
      const send = await post(handler, '/send', { channel: 'email', to, event: 'Register' }, { 'x-user': subject });
      expect(send.status).toBe(200);
      const { requestId } = (await send.json()) as { requestId: string };
      const verify = await post(handler, '/verify', { requestId, channel: 'email', to, code: code(provider, subject, to), event: 'Register' }, { 'x-user': subject });
      expect(verify.status).toBe(200);
      return ((await verify.json()) as { proof: string }).proof;
    }
    return { handler, sends, emailProof };
  }
  const phone = { channel: 'sms', to: '+14155550123', event: 'Register' };

  it('refuses a phone send without an email proof, before the provider is called', async () => {
    const { handler, sends } = setup();
    const response = await post(handler, '/send', phone);
    expect([response.status, (await errorOf(response)).code]).toEqual([409, 'order_violation']);
    const garbage = await post(handler, '/send', { ...phone, emailProof: 'vk1.forged.signature' });
    expect((await errorOf(garbage)).code).toBe('order_violation');
    expect(sends()).toBe(0);
  });

  it("refuses another subject's email proof and a requestId passed as a proof", async () => {
    const { handler, sends, emailProof } = setup();
    const theirs = await emailProof('victim');
    expect((await verifyProof(theirs, SECRET, { now: clock.now() })).subject).toBe('victim');
    const before = sends();
    expect((await errorOf(await post(handler, '/send', { ...phone, emailProof: theirs }))).code).toBe('order_violation');
    const sent = (await (await post(handler, '/send', { channel: 'email', to: 'user-1@example.com', event: 'Register' })).json()) as { requestId: string };
    expect((await errorOf(await post(handler, '/send', { ...phone, emailProof: sent.requestId }))).code).toBe('order_violation');
    expect(sends()).toBe(before + 1);
  });

  it('refuses an expired email proof', async () => {
    const { handler, sends, emailProof } = setup({ proofTtlMs: 60_000 });
    const mine = await emailProof('user-1');
    clock.advance(61_000);
    const before = sends();
    const response = await post(handler, '/send', { ...phone, emailProof: mine });
    expect((await errorOf(response)).code).toBe('order_violation');
    expect(sends()).toBe(before);
  });

  it('sends with a valid email proof of the same subject', async () => {
    const { handler, sends, emailProof } = setup();
    const mine = await emailProof('user-1');
    const before = sends();
    const response = await post(handler, '/send', { ...phone, emailProof: mine });
    expect(response.status).toBe(200);
    expect(sends()).toBe(before + 1);
  });

  it("with ordering: 'none', or for a password reset, the phone goes to the provider without an email proof", async () => {
    const none = setup({ ordering: 'none' });
    await post(none.handler, '/send', phone);
    expect(none.sends()).toBe(1);
    const reset = setup();
    await post(reset.handler, '/send', { ...phone, event: 'ForgotPassword' });
    expect(reset.sends()).toBe(1);
  });

  it('business accounts are not asked for an email proof by the handler (the provider decides)', async () => {
    const { handler, sends } = setup({ accountType: 'business' });
    await post(handler, '/send', phone);
    expect(sends()).toBe(1);
  });
});
