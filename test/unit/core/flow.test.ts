import { describe, expect, it } from 'vitest';
import {
  canSend,
  canSendPhone,
  canVerify,
  createFlowState,
  currentStep,
  flowReducer,
  flowResult,
  isComplete,
  parseFlowState,
  parsePersistedFlow,
  resumeFlow,
  sendBlocker,
  serializeFlowState,
  stepNumber,
  stepsFor,
  type FlowAction,
  type FlowState,
} from '../../../src/core/flow';

const EMAIL = 'jane@example.com';
const PHONE = '+14155550132';
const sent = (to: string, channel: 'email' | 'sms', extra = {}) => ({ requestId: `req-${to}`, channel, to, ...extra });

function run(state: FlowState, ...actions: FlowAction[]): FlowState {
  return actions.reduce(flowReducer, state);
}

function emailVerified(state = createFlowState()): FlowState {
  return run(
    state,
    { type: 'identifier/set', kind: 'email', to: EMAIL },
    { type: 'send/success', kind: 'email', to: EMAIL, sent: sent(EMAIL, 'email'), now: 0 },
    { type: 'verify/success', kind: 'email', to: EMAIL, verified: { channel: 'email', to: EMAIL, proof: 'proof-email' } },
  );
}

describe('steps', () => {
  it('depend on account type and event', () => {
    expect(stepsFor('individual', 'Register')).toEqual(['email', 'phone']);
    expect(stepsFor('individual', 'SignIn')).toEqual(['email', 'phone']);
    expect(stepsFor('individual', 'ForgotPassword')).toEqual(['email']);
    expect(stepsFor('business', 'Register')).toEqual(['email']);
    expect(stepsFor('business', 'SignIn')).toEqual(['email']);
  });

  it('an individual goes email → phone → done, with step numbers', () => {
    let state = createFlowState({ accountType: 'individual' });
    expect(currentStep(state)).toBe('email');
    expect(stepNumber(state)).toBe(1);
    expect(canSendPhone(state)).toBe(false);
    state = emailVerified(state);
    expect(currentStep(state)).toBe('phone');
    expect(stepNumber(state)).toBe(2);
    expect(canSendPhone(state)).toBe(false); // no number yet
    state = run(
      state,
      { type: 'identifier/set', kind: 'phone', to: PHONE },
      { type: 'send/success', kind: 'phone', to: PHONE, sent: sent(PHONE, 'sms'), now: 0 },
    );
    expect(canVerify(state, 'phone')).toBe(true);
    state = flowReducer(state, { type: 'verify/success', kind: 'phone', to: PHONE, verified: { channel: 'sms', to: PHONE } });
    expect(currentStep(state)).toBe('done');
    expect(isComplete(state)).toBe(true);
    expect(stepNumber(state)).toBe(2);
  });

  it('a business account is done after the email', () => {
    const state = emailVerified(createFlowState({ accountType: 'business' }));
    expect(currentStep(state)).toBe('done');
    expect(sendBlocker(state, 'phone')).toBe('order_violation');
  });
});

describe('ordering', () => {
  it('refuses a phone send result before the email is verified, with order_violation', () => {
    const state = run(
      createFlowState(),
      { type: 'identifier/set', kind: 'phone', to: PHONE },
      { type: 'send/success', kind: 'phone', to: PHONE, sent: sent(PHONE, 'sms'), now: 0 },
    );
    expect(state.phone.status).toBe('idle');
    expect(state.phone.requestId).toBeNull();
    expect(state.phone.error).toEqual({ code: 'order_violation' });
    expect(canSend(state, 'phone')).toBe(false);
  });

  it('changing the email drops a phone code sent under the old one', () => {
    let state = run(
      emailVerified(),
      { type: 'identifier/set', kind: 'phone', to: PHONE },
      { type: 'send/success', kind: 'phone', to: PHONE, sent: sent(PHONE, 'sms'), now: 0 },
    );
    state = flowReducer(state, { type: 'identifier/change', kind: 'email' });
    expect(state.email.status).toBe('idle');
    expect(state.email.to).toBe(EMAIL);
    expect(state.phone).toMatchObject({ status: 'idle', requestId: null, to: PHONE });
    expect(currentStep(state)).toBe('email');
  });
});

describe('a backend refusing the phone because the email proof no longer holds', () => {
  const phoneSet = () => run(emailVerified(createFlowState({ requireProofs: true })), { type: 'identifier/set', kind: 'phone', to: PHONE });
  const phoneSent = () => run(phoneSet(), { type: 'send/success', kind: 'phone', to: PHONE, sent: sent(PHONE, 'sms'), now: 0 });

  it.each([
    ['send', 'order_violation', phoneSet],
    ['send', 'session_expired', phoneSet],
    ['resend', 'order_violation', phoneSent],
    ['verify', 'session_expired', phoneSent],
    ['verify', 'order_violation', phoneSent],
  ] as const)('a phone %s refused with %s reopens the email step (address kept, proof dropped, why shown there)', (phase, code, before) => {
    const type = phase === 'verify' ? 'verify/failure' : 'send/failure';
    const state = flowReducer(before(), { type, kind: 'phone', to: PHONE, error: { code }, now: 0 });
    expect(state.email).toEqual({ ...createFlowState().email, to: EMAIL, error: { code } });
    // The phone starts over too, its number kept as a draft for when the step comes back.
    expect(state.phone).toMatchObject({ status: 'idle', to: PHONE, requestId: null, error: null, proof: null });
    expect(currentStep(state)).toBe('email');
    expect(stepNumber(state)).toBe(1);
    expect(canSend(state, 'phone')).toBe(false);
    expect(canVerify(state, 'phone')).toBe(false);
    expect(canSend(state, 'email')).toBe(true);
    // What is stored follows: no email claim a reload could resume as verified.
    const parsed = parsePersistedFlow(serializeFlowState(state));
    expect(parsed?.claims).toEqual([]);
    expect(parsed?.state.email).toMatchObject({ status: 'idle', to: EMAIL, proof: null });
  });

  it('verifying the email again leads back to the phone step, and on to done with both proofs', () => {
    let state = flowReducer(phoneSet(), { type: 'send/failure', kind: 'phone', to: PHONE, error: { code: 'order_violation' }, now: 0 });
    state = run(
      state,
      { type: 'send/success', kind: 'email', to: EMAIL, sent: sent(EMAIL, 'email'), now: 1 },
      { type: 'verify/success', kind: 'email', to: EMAIL, verified: { channel: 'email', to: EMAIL, proof: 'proof-email-2' } },
    );
    expect(currentStep(state)).toBe('phone');
    expect(state.phone.to).toBe(PHONE);
    state = run(
      state,
      { type: 'send/success', kind: 'phone', to: PHONE, sent: sent(PHONE, 'sms'), now: 2 },
      { type: 'verify/success', kind: 'phone', to: PHONE, verified: { channel: 'sms', to: PHONE, proof: 'proof-phone' } },
    );
    expect(flowResult(state)).toEqual({ email: EMAIL, phone: PHONE, proofs: { email: 'proof-email-2', phone: 'proof-phone' } });
  });

  it('other refusals, late answers and single-step flows leave the verified email alone', () => {
    // Any other refusal is the phone's own business.
    const limited = flowReducer(phoneSet(), { type: 'send/failure', kind: 'phone', to: PHONE, error: { code: 'rate_limited' }, now: 0 });
    expect(limited.email.status).toBe('verified');
    // A late answer for a number the user has changed since says nothing about this one.
    const late = flowReducer(phoneSet(), { type: 'send/failure', kind: 'phone', to: '+14155550199', error: { code: 'order_violation' }, now: 0 });
    expect(late).toEqual(phoneSet());
    // A verify answer with no code out is a late one too.
    const noCode = flowReducer(phoneSet(), { type: 'verify/failure', kind: 'phone', to: PHONE, error: { code: 'session_expired' }, now: 0 });
    expect(noCode.email.status).toBe('verified');
    // The first step has nothing before it: session_expired is that unit's own (start the step again).
    const emailOnly = run(createFlowState({ steps: ['email'] }), { type: 'identifier/set', kind: 'email', to: EMAIL }, { type: 'send/success', kind: 'email', to: EMAIL, sent: sent(EMAIL, 'email'), now: 0 });
    expect(flowReducer(emailOnly, { type: 'verify/failure', kind: 'email', to: EMAIL, error: { code: 'session_expired' }, now: 0 }).email).toMatchObject({ status: 'idle', to: EMAIL, error: { code: 'session_expired' } });
    const phoneOnly = run(createFlowState({ steps: ['phone'] }), { type: 'identifier/set', kind: 'phone', to: PHONE }, { type: 'send/success', kind: 'phone', to: PHONE, sent: sent(PHONE, 'sms'), now: 0 });
    const expired = flowReducer(phoneOnly, { type: 'verify/failure', kind: 'phone', to: PHONE, error: { code: 'session_expired' }, now: 0 });
    expect(expired.phone).toMatchObject({ status: 'idle', to: PHONE, error: { code: 'session_expired' } });
    expect(currentStep(expired)).toBe('phone');
  });
});

describe('results and errors', () => {
  it('fills in default timing when the backend gives none', () => {
    const state = run(
      createFlowState(),
      { type: 'identifier/set', kind: 'email', to: EMAIL },
      { type: 'send/success', kind: 'email', to: EMAIL, sent: sent(EMAIL, 'email', { codeLength: 8 }), now: 1_000 },
    );
    expect(state.email).toMatchObject({ status: 'sent', codeLength: 8, resendAvailableAt: 31_000, expiresAt: 601_000 });
  });

  it('already_verified marks the identifier verified and moves on, from a send or a verify', () => {
    const fromSend = run(
      createFlowState(),
      { type: 'identifier/set', kind: 'email', to: EMAIL },
      { type: 'send/failure', kind: 'email', to: EMAIL, error: { code: 'already_verified' }, now: 0 },
    );
    expect(fromSend.email.status).toBe('verified');
    expect(fromSend.email.error).toBeNull();
    expect(currentStep(fromSend)).toBe('phone');
    const fromVerify = run(
      createFlowState(),
      { type: 'identifier/set', kind: 'email', to: EMAIL },
      { type: 'send/success', kind: 'email', to: EMAIL, sent: sent(EMAIL, 'email'), now: 0 },
      { type: 'verify/failure', kind: 'email', to: EMAIL, error: { code: 'already_verified' }, now: 0 },
    );
    expect(currentStep(fromVerify)).toBe('phone');
  });

  it('rate_limited sets the resend time from retryAfterMs, or 30 s', () => {
    const base = run(createFlowState(), { type: 'identifier/set', kind: 'email', to: EMAIL });
    expect(flowReducer(base, { type: 'send/failure', kind: 'email', to: EMAIL, error: { code: 'rate_limited', retryAfterMs: 5_000 }, now: 100 }).email.resendAvailableAt).toBe(5_100);
    expect(flowReducer(base, { type: 'send/failure', kind: 'email', to: EMAIL, error: { code: 'rate_limited' }, now: 100 }).email.resendAvailableAt).toBe(30_100);
  });

  it('keeps the code out after a wrong one, with attempts left', () => {
    const state = run(
      createFlowState(),
      { type: 'identifier/set', kind: 'email', to: EMAIL },
      { type: 'send/success', kind: 'email', to: EMAIL, sent: sent(EMAIL, 'email'), now: 0 },
      { type: 'verify/failure', kind: 'email', to: EMAIL, error: { code: 'invalid_code', attemptsLeft: 3 }, now: 0 },
    );
    expect(state.email).toMatchObject({ status: 'sent', attemptsLeft: 3, error: { code: 'invalid_code', attemptsLeft: 3 } });
    const locked = flowReducer(state, { type: 'verify/failure', kind: 'email', to: EMAIL, error: { code: 'too_many_attempts' }, now: 0 });
    expect(locked.email.attemptsLeft).toBe(0);
  });

  it('session_expired drops the send so the user starts the step again', () => {
    const state = run(
      createFlowState(),
      { type: 'identifier/set', kind: 'email', to: EMAIL },
      { type: 'send/success', kind: 'email', to: EMAIL, sent: sent(EMAIL, 'email'), now: 0 },
      { type: 'verify/failure', kind: 'email', to: EMAIL, error: { code: 'session_expired' }, now: 0 },
    );
    expect(state.email).toMatchObject({ status: 'idle', requestId: null, to: EMAIL, error: { code: 'session_expired' } });
  });

  it('ignores a late answer for an identifier the user has changed since', () => {
    const state = run(
      createFlowState(),
      { type: 'identifier/set', kind: 'email', to: EMAIL },
      { type: 'identifier/set', kind: 'email', to: 'other@example.com' },
      { type: 'send/success', kind: 'email', to: EMAIL, sent: sent(EMAIL, 'email'), now: 0 },
    );
    expect(state.email).toMatchObject({ to: 'other@example.com', status: 'idle', requestId: null });
  });

  it('changing an identifier resets that channel only', () => {
    let state = run(
      emailVerified(),
      { type: 'identifier/set', kind: 'phone', to: PHONE },
      { type: 'send/success', kind: 'phone', to: PHONE, sent: sent(PHONE, 'sms'), now: 0 },
    );
    state = flowReducer(state, { type: 'identifier/set', kind: 'phone', to: '+14155550199' });
    expect(state.phone).toMatchObject({ to: '+14155550199', status: 'idle', requestId: null });
    expect(state.email.status).toBe('verified');
    // Setting the same value again changes nothing.
    expect(flowReducer(state, { type: 'identifier/set', kind: 'phone', to: '+14155550199' })).toBe(state);
  });

  it('takes what getStatus says is verified, for the identifier on screen only', () => {
    const withEmail = run(createFlowState(), { type: 'identifier/set', kind: 'email', to: EMAIL });
    const other = flowReducer(withEmail, { type: 'status/loaded', status: { email: { to: 'x@example.com', verified: true } } });
    expect(other.email.status).toBe('idle');
    const same = flowReducer(withEmail, { type: 'status/loaded', status: { email: { to: EMAIL, verified: true }, phone: { verified: false } } });
    expect(currentStep(same)).toBe('phone');
  });
});

describe('persistence', () => {
  it('round-trips through JSON with the proof, never a code, and trusts no verified step by itself', () => {
    const state = run(
      emailVerified(),
      { type: 'identifier/set', kind: 'phone', to: PHONE },
      { type: 'send/success', kind: 'phone', to: PHONE, sent: sent(PHONE, 'sms'), now: 0 },
    );
    const json = serializeFlowState(state);
    expect(json).not.toMatch(/code"\s*:\s*"/);
    const parsed = parsePersistedFlow(json);
    expect(parsed?.state).toEqual(state);
    expect(parsed?.claims).toEqual([{ kind: 'email', to: EMAIL, channel: 'email', proof: 'proof-email' }]);
    // Nothing confirmed: the email is asked for again (its address kept as a draft) and the
    // phone code sent under it is dropped.
    const unconfirmed = parseFlowState(json) as FlowState;
    expect(unconfirmed.email).toMatchObject({ status: 'idle', to: EMAIL, proof: null });
    expect(unconfirmed.phone).toMatchObject({ status: 'idle', to: PHONE, requestId: null });
    expect(currentStep(unconfirmed)).toBe('email');
    // Confirmed for this very address and proof: resumes exactly where it was.
    expect(resumeFlow(parsed!.state, { email: { to: EMAIL, channel: 'email', proof: 'proof-email' } })).toEqual(state);
    // A confirmation for another address (an edited `to`) or another proof confirms nothing.
    expect(resumeFlow(parsed!.state, { email: { to: 'x@example.com', channel: 'email', proof: 'proof-email' } }).email.status).toBe('idle');
    expect(resumeFlow(parsed!.state, { email: { to: EMAIL, channel: 'email', proof: 'other' } }).email.status).toBe('idle');
  });

  it('drops smuggled fields, corrupt JSON, other versions and mismatched flows', () => {
    const state = createFlowState();
    const smuggled = JSON.parse(serializeFlowState(state)) as Record<string, Record<string, unknown>>;
    (smuggled.email as Record<string, unknown>).code = '123456';
    (smuggled as Record<string, unknown>).steps = ['phone'];
    const parsed = parseFlowState(JSON.stringify(smuggled));
    expect(parsed?.email).not.toHaveProperty('code');
    expect(parsed?.steps).toEqual(['email', 'phone']);
    expect(parseFlowState('{')).toBeNull();
    expect(parseFlowState(null)).toBeNull();
    expect(parseFlowState(JSON.stringify({ ...state, version: 1 }))).toBeNull();
    expect(parseFlowState(serializeFlowState(state), { accountType: 'business' })).toBeNull();
    expect(parseFlowState(serializeFlowState(state), { event: 'SignIn' })).toBeNull();
  });

  it('refuses a stored phone code without a verified email', () => {
    const state = createFlowState();
    const tampered = { ...state, phone: { ...state.phone, to: PHONE, status: 'sent', requestId: 'r' } };
    const parsed = parseFlowState(JSON.stringify(tampered));
    expect(parsed?.phone.status).toBe('idle');
    expect(currentStep(parsed as FlowState)).toBe('email');
  });
});

describe('already_verified carrying the backend’s proof', () => {
  const refusedWith = (state: FlowState, kind: 'email' | 'phone', to: string, proof?: string) =>
    run(state, { type: 'send/failure', kind, to, error: { code: 'already_verified', ...(proof && { proof }) }, now: 0 });

  it('verifies the identifier with that proof, also where the flow requires proofs', () => {
    const state = refusedWith(run(createFlowState({ requireProofs: true }), { type: 'identifier/set', kind: 'email', to: EMAIL }), 'email', EMAIL, 'proof-again');
    expect(state.email).toMatchObject({ status: 'verified', to: EMAIL, proof: 'proof-again', error: null });
    expect(currentStep(state)).toBe('phone');
  });

  it('without a proof stays a refusal where the flow requires proofs', () => {
    const state = refusedWith(run(createFlowState({ requireProofs: true }), { type: 'identifier/set', kind: 'email', to: EMAIL }), 'email', EMAIL);
    expect(state.email).toMatchObject({ status: 'idle', error: { code: 'already_verified' } });
  });

  it('completes no phone step ahead of the email, proof or not', () => {
    const start = run(createFlowState({ requireProofs: true }), { type: 'identifier/set', kind: 'phone', to: PHONE });
    const state = refusedWith(start, 'phone', PHONE, 'proof-phone');
    expect(state.phone.status).not.toBe('verified');
    expect(state.phone.error).toMatchObject({ code: 'order_violation' });
  });
});
