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
  type Step = { type: 'action'; action: FlowAction } | { type: 'reload'; tamper?: { kind: IdentifierKind; field: string; value: string | null } };
  const step: fc.Arbitrary<Step> = fc.oneof(
    { weight: 5, arbitrary: provingAction.map((a) => ({ type: 'action' as const, action: a })) },
    { weight: 1, arbitrary: tamper.map((t) => ({ type: 'reload' as const, ...(t && { tamper: t }) })) },
  );

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

  it('no sequence of events and reloads (storage edited or not) completes without a proof for every identifier, or sends to the phone before the email is verified', () => {
    fc.assert(
      fc.property(setup, fc.array(step, { maxLength: 50 }), ({ event }, steps) => {
        let state = createFlowState({ accountType: 'individual', event, requireProofs: true });
        for (const s of steps) {
          state = s.type === 'reload' ? reload(state, s.tamper) : flowReducer(state, s.action);
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
      }),
      { numRuns: 500 },
    );
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

  it('a step once verified is only left by changing or resetting it', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
        let state = createFlowState();
        for (const a of actions) {
          const next = flowReducer(state, a);
          for (const k of kinds) {
            if (state[k].status === 'verified' && next[k].status !== 'verified') {
              const resets = a.type === 'reset' || (a.type === 'identifier/change' && a.kind === k) || (a.type === 'identifier/set' && a.kind === k);
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
