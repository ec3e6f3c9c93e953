import type { VerificationErrorCode } from '../errors';
import type { IdentifierKind } from '../types';
import { orderBlocker } from './ordering';
import type { FlowState, FlowStep } from './state';
import { canVerifyUnit, unitSendBlocker } from './unit';

/** A step is done: verified, and with its proof when the backend issues proofs. */
function isDone(state: FlowState, kind: IdentifierKind): boolean {
  return state[kind].status === 'verified' && (!state.requireProofs || state[kind].proof !== null);
}

/** The step the user is on: the first one not yet verified, or `'done'`. */
export function currentStep(state: FlowState): FlowStep | 'done' {
  return state.steps.find((step) => !isDone(state, step)) ?? 'done';
}

/** The steps of this flow, in order. */
export function flowSteps(state: FlowState): readonly FlowStep[] {
  return state.steps;
}

/** 1-based number of the current step for "Step {current} of {total}"; `total` when done. */
export function stepNumber(state: FlowState): number {
  const step = currentStep(state);
  return step === 'done' ? state.steps.length : state.steps.indexOf(step) + 1;
}

export function isComplete(state: FlowState): boolean {
  return currentStep(state) === 'done';
}

export function isVerified(state: FlowState, kind: IdentifierKind): boolean {
  return state[kind].status === 'verified';
}

/**
 * Why a send for `kind` may not happen now, or null when it may: `order_violation` when it
 * isn't a step of this flow or an earlier step isn't verified yet, `invalid_identifier` when
 * there's nothing to send to. Cooldowns are the clock's business, see `useCooldown`.
 */
export function sendBlocker(state: FlowState, kind: IdentifierKind): VerificationErrorCode | null {
  return orderBlocker(state.steps, kind, (s) => isVerified(state, s)) ?? unitSendBlocker(state[kind]);
}

export function canSend(state: FlowState, kind: IdentifierKind): boolean {
  return sendBlocker(state, kind) === null && state[kind].status !== 'verified';
}

/** True when a phone code may be asked for: the flow has a phone step and the steps before it are verified. */
export function canSendPhone(state: FlowState): boolean {
  return canSend(state, 'phone');
}

/** True when a code is out for `kind` and may be checked. */
export function canVerify(state: FlowState, kind: IdentifierKind): boolean {
  return canVerifyUnit(state[kind]) && sendBlocker(state, kind) === null;
}

/**
 * What a finished flow reports: each step's identifier with its proof. Null until every step
 * is done. With `requireProofs`, every identifier it reports has its proof (the flow doesn't
 * finish otherwise).
 */
export function flowResult(state: FlowState): { email?: string; phone?: string; proofs: { email?: string; phone?: string } } | null {
  if (!isComplete(state)) return null;
  const result: { email?: string; phone?: string; proofs: { email?: string; phone?: string } } = { proofs: {} };
  for (const step of state.steps) {
    const { to, proof } = state[step];
    if (to) result[step] = to;
    if (proof) result.proofs[step] = proof;
  }
  return result;
}
