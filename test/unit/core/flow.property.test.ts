import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canSend, canVerify, createFlowState, currentStep, flowReducer, flowResult, parsePersistedFlow, resumeFlow, serializeFlowState, type FlowAction, type FlowState } from '../../../src/core/flow';
import { VERIFICATION_ERROR_CODES } from '../../../src/core/errors';
import type { IdentifierKind } from '../../../src/core/types';

const kinds: IdentifierKind[] = ['email', 'phone'];
const emails = ['a@example.com', 'b@example.com'];
const phones = ['+14155550100', '+14155550101'];
const kind = fc.constantFrom(...kinds);
const to = fc.constantFrom(...emails, ...phones);
const now = fc.integer({ min: 0, max: 10 ** 9 });
const error = fc.record(
  { code: fc.constantFrom(...VERIFICATION_ERROR_CODES), retryAfterMs: fc.nat(60_000), attemptsLeft: fc.nat(5) },
  { requiredKeys: ['code'] },
);

// Any action in any order, including ones a well-behaved UI would never send: results for
// identifiers not on screen, phone results before the email, backend statuses, resets.
const action: fc.Arbitrary<FlowAction> = fc.oneof(
  fc.record({ type: fc.constant('identifier/set' as const), kind, to }),
  fc.record({ type: fc.constant('identifier/change' as const), kind }),
  fc.record({ type: fc.constant('identifier/invalid' as const), kind }),
  fc.record({
    type: fc.constant('send/success' as const),
    kind,
    to,
    now,
    sent: fc.record({ requestId: fc.string({ minLength: 1 }), channel: fc.constantFrom('email' as const, 'sms' as const), to }),
  }),
  fc.record({ type: fc.constant('send/failure' as const), kind, to, error, now }),
  fc.record({ type: fc.constant('verify/success' as const), kind, to, verified: fc.record({ channel: fc.constantFrom('email' as const, 'sms' as const), to }) }),
  fc.record({ type: fc.constant('verify/failure' as const), kind, to, error, now }),
  fc.record({
    type: fc.constant('status/loaded' as const),
    status: fc.record(
      { email: fc.record({ to: fc.constantFrom(...emails), verified: fc.boolean() }), phone: fc.record({ to: fc.constantFrom(...phones), verified: fc.boolean() }) },
      { requiredKeys: [] },
    ),
  }),
  fc.record({ type: fc.constant('error/clear' as const), kind }),
  fc.constant({ type: 'reset' as const }),
);

const setup = fc.record({ event: fc.constantFrom('Register' as const, 'SignIn' as const, 'ForgotPassword' as const) });

function states(initial: FlowState, actions: FlowAction[]): FlowState[] {
  const out = [initial];
  for (const a of actions) out.push(flowReducer(out[out.length - 1] as FlowState, a));
  return out;
}

describe('flow properties', () => {
  it('an individual account never reaches the phone step, a phone send or a phone code before the email is verified', () => {
    fc.assert(
      fc.property(setup, fc.array(action, { maxLength: 60 }), ({ event }, actions) => {
        for (const state of states(createFlowState({ accountType: 'individual', event }), actions)) {
          if (state.email.status !== 'verified') {
            expect(currentStep(state)).not.toBe('phone');
            expect(canSend(state, 'phone')).toBe(false);
            expect(canVerify(state, 'phone')).toBe(false);
            expect(state.phone.status).not.toBe('sent');
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a business account never reaches a phone step, nor sends or verifies a phone', () => {
    fc.assert(
      fc.property(setup, fc.array(action, { maxLength: 60 }), ({ event }, actions) => {
        for (const state of states(createFlowState({ accountType: 'business', event }), actions)) {
          expect(currentStep(state)).not.toBe('phone');
          expect(state.steps).toEqual(['email']);
          expect(canSend(state, 'phone')).toBe(false);
          expect(state.phone.status).not.toBe('sent');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('every state survives serialisation unchanged once its proofs are confirmed', () => {
    fc.assert(
      fc.property(fc.constantFrom('individual' as const, 'business' as const), fc.array(action, { maxLength: 40 }), (accountType, actions) => {
        const state = states(createFlowState({ accountType }), actions).at(-1) as FlowState;
        const parsed = parsePersistedFlow(serializeFlowState(state));
        expect(parsed?.state).toEqual(state);
        const confirmed = Object.fromEntries(parsed!.claims.map((c) => [c.kind, { to: c.to, channel: c.channel, proof: c.proof }]));
        const resumed = resumeFlow(parsed!.state, confirmed);
        // Only a verified step without a proof (a backend statement) is asked for again, and a
        // later step's pending code under a step shown again is dropped (the order holds).
        let earlierOpen = false;
        for (const k of state.steps) {
          const unit = state[k];
          if (unit.status === 'verified' && !unit.proof) {
            expect(resumed[k].status).toBe('idle');
            expect(resumed[k].to).toBe(unit.to);
          } else if (earlierOpen && unit.status === 'sent') {
            expect(resumed[k]).toMatchObject({ status: 'idle', to: unit.to, requestId: null });
          } else {
            expect(resumed[k]).toEqual(unit);
          }
          if (resumed[k].status !== 'verified') earlierOpen = true;
        }
      }),
      { numRuns: 300 },
    );
  });

  // The backend: which proof it issued for which identifier. Only these check out.
  const issued = new Map<string, string>([
    ['proof:a@example.com', 'a@example.com'],
    ['proof:b@example.com', 'b@example.com'],
    ['proof:+14155550100', '+14155550100'],
    ['proof:+14155550101', '+14155550101'],
  ]);
  const proof = fc.constantFrom(...issued.keys(), 'forged', 'proof:a@example.com.x');
  const channel = fc.constantFrom('email' as const, 'sms' as const);
  // With proofs: verifications carry a proof (real or not), statuses may or may not.
  const provingAction: fc.Arbitrary<FlowAction> = fc.oneof(
    action.filter((a) => a.type !== 'verify/success' && a.type !== 'status/loaded'),
    fc.record({ type: fc.constant('verify/success' as const), kind, to, verified: fc.record({ channel, to, proof: fc.option(proof, { nil: undefined }) }, { requiredKeys: ['channel', 'to'] }) }),
    fc.record({
      type: fc.constant('status/loaded' as const),
      status: fc.record(
        {
          email: fc.record({ to: fc.constantFrom(...emails), verified: fc.boolean(), proof }, { requiredKeys: ['verified'] }),
          phone: fc.record({ to: fc.constantFrom(...phones), verified: fc.boolean(), proof }, { requiredKeys: ['verified'] }),
        },
        { requiredKeys: [] },
      ),
    }),
  );
  // A reload, optionally with storage edited in between: a field of a unit replaced.
  const tamper = fc.option(
    fc.record({
      kind,
      field: fc.constantFrom('to', 'status', 'proof', 'channel', 'requestId'),
      value: fc.constantFrom('verified', 'sent', 'a@example.com', '+14155550100', 'proof:a@example.com', 'forged', 'email', 'sms', null),
    }),
    { nil: undefined },
  );
  // The backend refusing the phone on screen because the email's proof no longer holds (expired,
  // another session's, the session gone): what `verikit/server` or an adapter answers.
  type Refusal = { type: 'refuse'; phase: 'send/failure' | 'verify/failure'; code: 'order_violation' | 'session_expired' };
  type Step = { type: 'action'; action: FlowAction } | { type: 'reload'; tamper?: { kind: IdentifierKind; field: string; value: string | null } } | { type: 'advance' } | Refusal;
  const refusal: fc.Arbitrary<Refusal> = fc.record({
    type: fc.constant('refuse' as const),
    phase: fc.constantFrom('send/failure' as const, 'verify/failure' as const),
    code: fc.constantFrom('order_violation' as const, 'session_expired' as const),
  });
  const step: fc.Arbitrary<Step> = fc.oneof(
    { weight: 5, arbitrary: provingAction.map((a) => ({ type: 'action' as const, action: a })) },
    { weight: 1, arbitrary: tamper.map((t) => ({ type: 'reload' as const, ...(t && { tamper: t }) })) },
    // The user's next move on the happy path, so sequences often reach the phone step to be refused on.
    { weight: 2, arbitrary: fc.constant({ type: 'advance' as const }) },
    { weight: 1, arbitrary: refusal },
  );
  const refuse = (state: FlowState, r: Refusal): FlowAction => ({ type: r.phase, kind: 'phone', to: state.phone.to ?? '', error: { code: r.code }, now: 0 });
  /** The step on screen, one move further: give the identifier, get its code sent, enter it (the backend's proof). */
  function advance(state: FlowState): FlowAction[] {
    const k = currentStep(state);
    if (k === 'done') return [];
    const unit = state[k];
    const target = unit.to ?? (k === 'email' ? emails[0]! : phones[0]!);
    if (!unit.to) return [{ type: 'identifier/set', kind: k, to: target }];
    if (unit.status !== 'sent') return [{ type: 'send/success', kind: k, to: target, now: 0, sent: { requestId: `r-${target}`, channel: unit.channel, to: target } }];
    return [{ type: 'verify/success', kind: k, to: target, verified: { channel: unit.channel, to: target, proof: `proof:${target}` } }];
  }

  function reload(state: FlowState, edit?: { kind: IdentifierKind; field: string; value: string | null }): FlowState {
    const raw = JSON.parse(serializeFlowState(state)) as Record<string, Record<string, unknown>>;
    if (edit) raw[edit.kind]![edit.field] = edit.value;
    const fresh = createFlowState({ accountType: state.accountType, event: state.event, requireProofs: true });
    const parsed = parsePersistedFlow(JSON.stringify(raw), { accountType: state.accountType, event: state.event });
    if (!parsed) return fresh;
    // The backend check: a claim is confirmed for the identifier its proof was issued for.
    const confirmed = Object.fromEntries(
      parsed.claims.filter((c) => issued.has(c.proof)).map((c) => [c.kind, { to: issued.get(c.proof)!, channel: c.channel, proof: c.proof }]),
    );
    return flowReducer(fresh, { type: 'restore', state: resumeFlow(parsed.state, confirmed) });
  }

  /**
   * Runs steps from a fresh individual flow, checking after each: no completion without a proof
   * for every identifier, no phone send before the email is verified, and after a refusal of the
   * phone for a stale email proof, the email reopened and no phone send until it is verified again.
   * Returns how many refusals reopened the email.
   */
  function runChecked(event: FlowState['event'], steps: Step[]): number {
    let reopenings = 0;
    let state = createFlowState({ accountType: 'individual', event, requireProofs: true });
    // Set by a refusal that reopened the email; cleared once the email is verified again.
    let reopened = false;
    for (const s of steps) {
      const before = state;
      if (s.type === 'reload') state = reload(state, s.tamper);
      else if (s.type === 'advance') state = advance(state).reduce(flowReducer, state);
      else state = flowReducer(state, s.type === 'refuse' ? refuse(state, s) : s.action);
      if (
        s.type === 'refuse' &&
        state.steps.includes('phone') &&
        before.email.status === 'verified' &&
        before.phone.to !== null &&
        before.phone.status !== 'verified' &&
        (s.phase === 'send/failure' || before.phone.status === 'sent')
      ) {
        // The email step is open again: its address kept, its proof gone (from storage too),
        // the reason shown there; the phone is back to a draft.
        expect(state.email).toMatchObject({ status: 'idle', to: before.email.to, proof: null, error: { code: s.code } });
        expect(state.phone).toMatchObject({ status: 'idle', to: before.phone.to, requestId: null });
        expect(currentStep(state)).toBe('email');
        expect(parsePersistedFlow(serializeFlowState(state))?.claims.some((c) => c.kind === 'email')).toBe(false);
        reopened = true;
        reopenings += 1;
      }
      if (state.email.status === 'verified') reopened = false;
      if (reopened) {
        expect(canSend(state, 'phone')).toBe(false);
        expect(canVerify(state, 'phone')).toBe(false);
        expect(currentStep(state)).not.toBe('phone');
      }
      const result = flowResult(state);
      if (result) {
        for (const k of state.steps) {
          expect(result[k], `${k} reported`).toBeTruthy();
          expect(result.proofs[k], `${k} proof`).toBeTruthy();
        }
      }
      if (state.steps.includes('phone') && state.email.status !== 'verified') {
        expect(canSend(state, 'phone')).toBe(false);
        expect(state.phone.status).not.toBe('sent');
      }
    }
    return reopenings;
  }

  it('no sequence of events, refusals and reloads (storage edited or not) completes without a proof for every identifier, or sends to the phone before the email is verified', () => {
    fc.assert(
      fc.property(setup, fc.array(step, { maxLength: 50 }), ({ event }, steps) => {
        runChecked(event, steps);
      }),
      { numRuns: 500 },
    );
  });

  it('after the backend refuses the phone for a stale email proof, no phone send or code is possible before the email is verified again', () => {
    // Mostly the user's own moves, so most runs reach the phone step and get refused there.
    const pathStep: fc.Arbitrary<Step> = fc.oneof(
      { weight: 6, arbitrary: fc.constant({ type: 'advance' as const }) },
      { weight: 2, arbitrary: refusal },
      { weight: 1, arbitrary: provingAction.map((a) => ({ type: 'action' as const, action: a })) },
      { weight: 1, arbitrary: tamper.map((t) => ({ type: 'reload' as const, ...(t && { tamper: t }) })) },
    );
    let reopenings = 0;
    fc.assert(
      fc.property(fc.array(pathStep, { minLength: 4, maxLength: 40, size: 'max' }), (steps) => {
        reopenings += runChecked('Register', steps);
      }),
      { numRuns: 300 },
    );
    // The property above is only worth something if the refusal happened: it must, often.
    expect(reopenings).toBeGreaterThan(100);
  });

  it('a tampered field never resumes past the first step whose proof does not check out', () => {
    fc.assert(
      fc.property(setup, fc.array(provingAction, { maxLength: 40 }), tamper, ({ event }, actions, edit) => {
        const state = states(createFlowState({ accountType: 'individual', event, requireProofs: true }), actions).at(-1) as FlowState;
        const resumed = reload(state, edit);
        for (const k of resumed.steps) {
          const unit = resumed[k];
          if (unit.status === 'verified') {
            // Verified after a reload only with a proof the backend issued for exactly this identifier.
            expect(unit.proof).not.toBeNull();
            expect(issued.get(unit.proof!)).toBe(unit.to);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a step once verified is only left by changing or resetting it, or by a later step refused for its stale proof', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
        let state = createFlowState();
        for (const a of actions) {
          const next = flowReducer(state, a);
          for (const k of kinds) {
            if (state[k].status === 'verified' && next[k].status !== 'verified') {
              // Or by the backend refusing a later step because this one's proof no longer holds.
              const stale =
                (a.type === 'send/failure' || a.type === 'verify/failure') &&
                (a.error.code === 'order_violation' || a.error.code === 'session_expired') &&
                state.steps.indexOf(a.kind) > state.steps.indexOf(k);
              const resets = stale || a.type === 'reset' || (a.type === 'identifier/change' && a.kind === k) || (a.type === 'identifier/set' && a.kind === k);
              expect(resets, `${k} unverified by ${a.type}`).toBe(true);
            }
          }
          state = next;
        }
      }),
      { numRuns: 300 },
    );
  });
});
