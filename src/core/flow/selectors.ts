import type { VerificationErrorCode } from '../errors';
import type { IdentifierKind } from '../types';
import type { FlowState, FlowStep } from './state';

/** The step the user is on: the first one not yet verified, or `'done'`. */
export function currentStep(state: FlowState): FlowStep | 'done' {
  return state.steps.find((step) => state[step].status !== 'verified') ?? 'done';
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
 * Why a send for `kind` may not happen now, or null when it may: `order_violation` when the
 * phone isn't a step of this flow or the email isn't verified yet, `invalid_identifier` when
 * there's nothing to send to. Cooldowns are the clock's business, see `useCooldown`.
 */
export function sendBlocker(state: FlowState, kind: IdentifierKind): VerificationErrorCode | null {
  if (!state.steps.includes(kind)) return 'order_violation';
  if (kind === 'phone' && state.email.status !== 'verified') return 'order_violation';
  if (!state[kind].to) return 'invalid_identifier';
  return null;
}

export function canSend(state: FlowState, kind: IdentifierKind): boolean {
  return sendBlocker(state, kind) === null && state[kind].status !== 'verified';
}

/** True when a phone code may be asked for: the flow has a phone step and the email is verified. */
export function canSendPhone(state: FlowState): boolean {
  return canSend(state, 'phone');
}

/** True when a code is out for `kind` and may be checked. */
export function canVerify(state: FlowState, kind: IdentifierKind): boolean {
  return state[kind].status === 'sent' && state[kind].requestId !== null && sendBlocker(state, kind) === null;
}
