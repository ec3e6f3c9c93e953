import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canSend, canVerify, createFlowState, currentStep, flowReducer, parseFlowState, serializeFlowState, type FlowAction, type FlowState } from '../../../src/core/flow';
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

  it('every state survives serialisation unchanged', () => {
    fc.assert(
      fc.property(fc.constantFrom('individual' as const, 'business' as const), fc.array(action, { maxLength: 40 }), (accountType, actions) => {
        const state = states(createFlowState({ accountType }), actions).at(-1) as FlowState;
        expect(parseFlowState(serializeFlowState(state))).toEqual(state);
      }),
      { numRuns: 300 },
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
