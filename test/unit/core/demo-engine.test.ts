import { describe, expect, it, vi } from 'vitest';
import { createManualClock } from '../../../src/core/clock';
import { createDemoEngine, createRandom } from '../../../src/core/demo';
import type { VerificationError } from '../../../src/core/errors';

const email = 'jane@example.com';
const phone = '+14155550132';

function thrown(fn: () => unknown): VerificationError {
  try {
    fn();
  } catch (error) {
    return error as VerificationError;
  }
  throw new Error('expected a throw');
}

function setup(options: Parameters<typeof createDemoEngine>[0] = {}) {
  const clock = createManualClock(1_000_000);
  const engine = createDemoEngine({ seed: 42, clock, ...options });
  const verifyEmail = () => {
    const sent = engine.send({ channel: 'email', to: email, event: 'Register' });
    return engine.verify({ requestId: sent.requestId, channel: 'email', to: email, code: engine.lastCode(email) as string, event: 'Register' });
  };
  return { clock, engine, verifyEmail };
}

describe('demo engine', () => {
  it('is deterministic with a seed and varies without one', () => {
    const a = setup().engine.send({ channel: 'email', to: email, event: 'SignIn' });
    const b = setup().engine.send({ channel: 'email', to: email, event: 'SignIn' });
    expect(a).toEqual(b);
    const r1 = createRandom(1).digits(12);
    expect(createRandom(1).digits(12)).toBe(r1);
    expect(createRandom(2).digits(12)).not.toBe(r1);
  });

  it('sends codes of the configured length, with timing, and refuses lengths outside 4–8', () => {
    const { engine, clock } = setup({ codeLength: 8 });
    const sent = engine.send({ channel: 'email', to: email, event: 'Register' });
    expect(engine.lastCode(email)).toMatch(/^\d{8}$/);
    expect(sent).toMatchObject({ codeLength: 8, expiresAt: clock.now() + 600_000, resendAvailableAt: clock.now() + 30_000 });
    expect(() => createDemoEngine({ codeLength: 3 })).toThrow(RangeError);
    expect(() => createDemoEngine({ codeLength: 9 })).toThrow(RangeError);
    expect(() => createDemoEngine({ codeLength: 6.5 })).toThrow(RangeError);
  });

  it('writes the code into an outbox message with channel, template and locale, and notifies subscribers', () => {
    const { engine } = setup();
    const listener = vi.fn();
    const unsubscribe = engine.outbox.subscribe(listener);
    engine.send({ channel: 'email', to: email, event: 'ForgotPassword', locale: 'de' });
    const [message] = engine.outbox.messages;
    expect(message).toMatchObject({ channel: 'email', to: email, template: 'ForgotPassword', locale: 'de', code: engine.lastCode(email) });
    expect(message?.text).toContain(engine.lastCode(email));
    expect(message?.subject).toBe('Reset your password');
    expect(listener).toHaveBeenCalledWith(message, engine.outbox.messages);
    unsubscribe();
    const before = engine.outbox.messages;
    engine.send({ channel: 'email', to: 'other@example.com', event: 'SignIn' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(engine.outbox.messages).not.toBe(before);
    expect(engine.outbox.last()?.to).toBe('other@example.com');
    expect(engine.outbox.last(email)?.template).toBe('ForgotPassword');
  });

  it('notifies subscribers when the outbox is cleared, with null and the empty list', () => {
    const { engine } = setup();
    engine.send({ channel: 'email', to: email, event: 'SignIn' });
    const listener = vi.fn();
    engine.outbox.subscribe(listener);
    engine.outbox.clear();
    expect(engine.outbox.messages).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(null, []);
    expect(engine.outbox.last()).toBeUndefined();
  });

  it('refuses the phone before the email for individuals, and always for businesses', () => {
    const individual = setup();
    expect(thrown(() => individual.engine.send({ channel: 'sms', to: phone, event: 'Register' })).code).toBe('order_violation');
    individual.verifyEmail();
    expect(individual.engine.send({ channel: 'sms', to: phone, event: 'Register' }).channel).toBe('sms');
    const business = setup({ accountType: 'business' });
    business.verifyEmail();
    expect(thrown(() => business.engine.send({ channel: 'voice', to: phone, event: 'Register' })).code).toBe('order_violation');
  });

  it('rate-limits resends with the time left, and replaces the old code', () => {
    const { engine, clock } = setup();
    const first = engine.send({ channel: 'email', to: email, event: 'Register' });
    clock.advance(10_000);
    const error = thrown(() => engine.send({ channel: 'email', to: email, event: 'Register' }));
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterMs: 20_000 });
    clock.advance(20_000);
    const second = engine.send({ channel: 'email', to: email, event: 'Register' });
    expect(second.requestId).not.toBe(first.requestId);
    const code = engine.lastCode(email) as string;
    expect(thrown(() => engine.verify({ requestId: first.requestId, channel: 'email', to: email, code, event: 'Register' })).code).toBe('code_expired');
    expect(engine.verify({ requestId: second.requestId, channel: 'email', to: email, code, event: 'Register' }).proof).toMatch(/^demo_/);
  });

  it('counts attempts down and locks on the last one', () => {
    const { engine } = setup({ maxAttempts: 3 });
    const sent = engine.send({ channel: 'email', to: email, event: 'Register' });
    const code = engine.lastCode(email) as string;
    const wrong = code === '000000' ? '111111' : '000000';
    const attempt = (c: string) => thrown(() => engine.verify({ requestId: sent.requestId, channel: 'email', to: email, code: c, event: 'Register' }));
    expect(attempt(wrong)).toMatchObject({ code: 'invalid_code', attemptsLeft: 2 });
    expect(attempt(wrong)).toMatchObject({ code: 'invalid_code', attemptsLeft: 1 });
    expect(attempt(wrong)).toMatchObject({ code: 'too_many_attempts', attemptsLeft: 0 });
    expect(attempt(code)).toMatchObject({ code: 'too_many_attempts' });
  });

  it('expires codes after ttlMs on its clock', () => {
    const { engine, clock } = setup({ ttlMs: 60_000 });
    const sent = engine.send({ channel: 'email', to: email, event: 'Register' });
    clock.advance(59_999);
    const code = engine.lastCode(email) as string;
    const req = { requestId: sent.requestId, channel: 'email' as const, to: email, code, event: 'Register' as const };
    clock.advance(1);
    expect(thrown(() => engine.verify(req)).code).toBe('code_expired');
  });

  it('refuses unknown or swapped request ids with session_expired', () => {
    const { engine } = setup();
    const sent = engine.send({ channel: 'email', to: email, event: 'Register' });
    const code = engine.lastCode(email) as string;
    expect(thrown(() => engine.verify({ requestId: 'req_forged', channel: 'email', to: email, code, event: 'Register' })).code).toBe('session_expired');
    expect(thrown(() => engine.verify({ requestId: sent.requestId, channel: 'email', to: 'mallory@example.com', code, event: 'Register' })).code).toBe('session_expired');
  });

  it('says already_verified for verified identifiers, seeded or earned, and reports status', () => {
    const { engine, verifyEmail } = setup({ verified: ['seeded@example.com'] });
    expect(thrown(() => engine.send({ channel: 'email', to: 'seeded@example.com', event: 'SignIn' })).code).toBe('already_verified');
    verifyEmail();
    expect(thrown(() => engine.send({ channel: 'email', to: email, event: 'SignIn' })).code).toBe('already_verified');
    // Each verified identifier comes with the proof the engine handed out, which it can check.
    const status = engine.status();
    expect(status).toEqual({ email: { to: email, verified: true, proof: expect.stringMatching(/^demo_/) }, phone: { verified: false } });
    expect(engine.checkProof(status.email!.proof!)).toMatchObject({ channel: 'email', to: email });
    expect(() => engine.checkProof('demo_forged')).toThrow(expect.objectContaining({ code: 'session_expired' }));
    engine.reset();
    expect(engine.isVerified(email)).toBe(false);
    expect(engine.isVerified('seeded@example.com')).toBe(true);
    expect(engine.outbox.messages).toEqual([]);
  });

  it('orders email before phone for individual Register/SignIn only: not a password reset, not with ordering none', () => {
    const phone = '+14155550123';
    expect(thrown(() => setup().engine.send({ channel: 'sms', to: phone, event: 'SignIn' })).code).toBe('order_violation');
    expect(setup().engine.send({ channel: 'sms', to: phone, event: 'ForgotPassword' }).to).toBe(phone);
    expect(setup({ ordering: 'none' }).engine.send({ channel: 'sms', to: phone, event: 'Register' }).to).toBe(phone);
  });

  it('a snapshot restores the backend: verified identifiers, proofs, live codes and the outbox', () => {
    const { engine, verifyEmail } = setup();
    verifyEmail();
    const proof = engine.status().email!.proof!;
    engine.send({ channel: 'sms', to: '+14155550123', event: 'Register' });
    const restored = createDemoEngine({ snapshot: JSON.parse(JSON.stringify(engine.snapshot())) });
    expect(restored.checkProof(proof).to).toBe(email);
    expect(restored.lastCode('+14155550123')).toBe(engine.lastCode('+14155550123'));
    expect(restored.outbox.messages).toEqual(engine.outbox.messages);
  });

  it('refuses garbage identifiers with invalid_identifier and sends nothing', () => {
    const { engine } = setup();
    expect(thrown(() => engine.send({ channel: 'email', to: 'nope', event: 'Register' })).code).toBe('invalid_identifier');
    expect(thrown(() => engine.send({ channel: 'sms', to: '555', event: 'Register' })).code).toBe('invalid_identifier');
    expect(engine.outbox.messages).toHaveLength(0);
  });
});
