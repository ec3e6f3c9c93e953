import { describe, expect, it } from 'vitest';
import {
  canSendUnit,
  canVerifyUnit,
  createFlowState,
  createUnit,
  currentStep,
  flowReducer,
  flowResult,
  orderSteps,
  parsePersistedFlow,
  parseFlowState,
  sendNeedsVerifiedEmail,
  stepsFor,
  unitReducer,
  type FlowAction,
  type FlowState,
  type UnitAction,
  type UnitState,
} from '../../../src/core/flow';

const PHONE = '+14155550132';
const EMAIL = 'jane@example.com';

function runUnit(unit: UnitState, ...actions: UnitAction[]): UnitState {
  return actions.reduce(unitReducer, unit);
}

function run(state: FlowState, ...actions: FlowAction[]): FlowState {
  return actions.reduce(flowReducer, state);
}

describe('single-identifier unit', () => {
  it('goes idle → sent → verified for a phone on its own, with no other identifier involved', () => {
    let unit = runUnit(createUnit('sms'), { type: 'identifier/set', to: PHONE });
    expect(canSendUnit(unit)).toBe(true);
    unit = unitReducer(unit, { type: 'send/success', to: PHONE, sent: { requestId: 'r1', channel: 'sms', to: PHONE, codeLength: 6 }, now: 1000 });
    expect(unit).toMatchObject({ status: 'sent', requestId: 'r1', codeLength: 6 });
    expect(unit.expiresAt).toBeGreaterThan(1000);
    expect(unit.resendAvailableAt).toBeGreaterThan(1000);
    expect(canVerifyUnit(unit)).toBe(true);
    unit = unitReducer(unit, { type: 'verify/failure', to: PHONE, error: { code: 'invalid_code', attemptsLeft: 2 }, now: 2000 });
    expect(unit).toMatchObject({ status: 'sent', attemptsLeft: 2, error: { code: 'invalid_code' } });
    unit = unitReducer(unit, { type: 'verify/success', to: PHONE, verified: { channel: 'sms', to: PHONE, proof: 'p' } });
    expect(unit).toMatchObject({ status: 'verified', to: PHONE, proof: 'p', requestId: null, error: null });
    expect(canSendUnit(unit)).toBe(false);
  });

  it('switching the phone channel starts the unit over; an email unit takes no phone channel', () => {
    const sent = runUnit(
      createUnit('sms'),
      { type: 'identifier/set', to: PHONE },
      { type: 'send/success', to: PHONE, sent: { requestId: 'r', channel: 'sms', to: PHONE }, now: 0 },
    );
    expect(unitReducer(sent, { type: 'identifier/set', to: PHONE, channel: 'voice' })).toMatchObject({ channel: 'voice', status: 'idle', requestId: null });
    const email = runUnit(createUnit('email'), { type: 'identifier/set', to: EMAIL });
    expect(unitReducer(email, { type: 'identifier/set', to: EMAIL, channel: 'sms' })).toBe(email);
  });

  it('rate_limited sets the cooldown; session_expired and code expiry start over', () => {
    const base = runUnit(createUnit('email'), { type: 'identifier/set', to: EMAIL });
    expect(unitReducer(base, { type: 'send/failure', to: EMAIL, error: { code: 'rate_limited', retryAfterMs: 5000 }, now: 100 }).resendAvailableAt).toBe(5100);
    const sent = unitReducer(base, { type: 'send/success', to: EMAIL, sent: { requestId: 'r', channel: 'email', to: EMAIL }, now: 0 });
    expect(unitReducer(sent, { type: 'verify/failure', to: EMAIL, error: { code: 'session_expired' }, now: 0 })).toMatchObject({ status: 'idle', requestId: null });
  });
});

describe('composition and its ordering rule', () => {
  it('steps: from account type and event, or given, always email before phone', () => {
    expect(stepsFor('individual', 'Register')).toEqual(['email', 'phone']);
    expect(stepsFor('individual', 'ForgotPassword')).toEqual(['email']);
    expect(stepsFor('individual', 'ForgotPassword', ['phone'])).toEqual(['phone']);
    expect(stepsFor('business', 'Register', ['phone', 'email'])).toEqual(['email', 'phone']);
    expect(orderSteps(['phone', 'phone', 'fax'])).toEqual(['phone']);
    expect(orderSteps([])).toEqual(['email']);
  });

  it('a phone-only flow sends and completes the phone with no email step', () => {
    const state = run(
      createFlowState({ event: 'ForgotPassword', steps: ['phone'] }),
      { type: 'identifier/set', kind: 'phone', to: PHONE },
      { type: 'send/success', kind: 'phone', to: PHONE, sent: { requestId: 'r', channel: 'sms', to: PHONE }, now: 0 },
    );
    expect(currentStep(state)).toBe('phone');
    expect(state.phone.status).toBe('sent');
    const done = flowReducer(state, { type: 'verify/success', kind: 'phone', to: PHONE, verified: { channel: 'sms', to: PHONE, proof: 'pp' } });
    expect(flowResult(done)).toEqual({ phone: PHONE, proofs: { phone: 'pp' } });
  });

  it('with both steps given, the phone still waits for the email', () => {
    const state = run(
      createFlowState({ steps: ['phone', 'email'] }),
      { type: 'identifier/set', kind: 'phone', to: PHONE },
      { type: 'send/success', kind: 'phone', to: PHONE, sent: { requestId: 'r', channel: 'sms', to: PHONE }, now: 0 },
    );
    expect(state.phone).toMatchObject({ status: 'idle', error: { code: 'order_violation' } });
    expect(currentStep(state)).toBe('email');
  });

  it('with requireProofs, a backend statement without a proof completes nothing', () => {
    const start = run(createFlowState({ requireProofs: true }), { type: 'identifier/set', kind: 'email', to: EMAIL });
    const status = flowReducer(start, { type: 'status/loaded', status: { email: { to: EMAIL, verified: true } } });
    expect(currentStep(status)).toBe('email');
    const already = flowReducer(start, { type: 'send/failure', kind: 'email', to: EMAIL, error: { code: 'already_verified' }, now: 0 });
    expect(already.email).toMatchObject({ status: 'idle', error: { code: 'already_verified' } });
    const withProof = flowReducer(start, { type: 'status/loaded', status: { email: { to: EMAIL, verified: true, proof: 'p' } } });
    expect(withProof.email).toMatchObject({ status: 'verified', proof: 'p' });
    expect(currentStep(withProof)).toBe('phone');
  });

  it('a forged storage entry (verified, no proof) resumes at the first step', () => {
    const forged = JSON.stringify({
      version: 2,
      accountType: 'individual',
      event: 'Register',
      steps: ['email', 'phone'],
      email: { status: 'verified', to: 'ceo@victim.example', channel: 'email' },
      phone: { status: 'idle', to: null, channel: 'sms' },
    });
    expect(parsePersistedFlow(forged)?.claims).toEqual([]);
    const state = parseFlowState(forged) as FlowState;
    expect(currentStep(state)).toBe('email');
    expect(flowResult(state)).toBeNull();
  });
});

describe('the backends\u2019 ordering rule', () => {
  it('applies to individual phone sends, except a password reset or with ordering none', () => {
    expect(sendNeedsVerifiedEmail({ kind: 'phone', accountType: 'individual', event: 'Register' })).toBe(true);
    expect(sendNeedsVerifiedEmail({ kind: 'phone', accountType: 'individual', event: 'SignIn' })).toBe(true);
    expect(sendNeedsVerifiedEmail({ kind: 'phone', accountType: 'individual', event: 'ForgotPassword' })).toBe(false);
    expect(sendNeedsVerifiedEmail({ kind: 'phone', accountType: 'individual', event: 'Register', ordering: 'none' })).toBe(false);
    expect(sendNeedsVerifiedEmail({ kind: 'email', accountType: 'individual', event: 'Register' })).toBe(false);
    expect(sendNeedsVerifiedEmail({ kind: 'phone', accountType: 'business', event: 'Register' })).toBe(false);
  });
});
