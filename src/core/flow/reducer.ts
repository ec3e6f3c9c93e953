import type { VerificationErrorCode } from '../errors';
import type { IdentifierKind, VerificationStatus } from '../types';
import { orderBlocker } from './ordering';
import type { FlowState } from './state';
import { createUnit, unitReducer, type UnitAction } from './unit';

type Keyed<A> = A extends unknown ? A & { kind: IdentifierKind } : never;

/**
 * Everything that can happen to a flow: a unit's action addressed to one identifier (`kind`),
 * a backend's status answer, or a reset of the whole flow.
 */
export type FlowAction =
  | Keyed<Exclude<UnitAction, { type: 'reset' }>>
  | { type: 'status/loaded'; status: VerificationStatus }
  | { type: 'reset' }
  /** Replaces the units with a state resumed after a reload (`resumeFlow`), once its proofs were checked. */
  | { type: 'restore'; state: FlowState };

/** Actions that only exist because a request went out: refused for a unit the order hasn't reached. */
const RESULTS = new Set<FlowAction['type']>(['send/success', 'send/failure', 'verify/success', 'verify/failure']);

function withUnit(state: FlowState, kind: IdentifierKind, action: UnitAction): FlowState {
  const next = unitReducer(state[kind], action);
  return next === state[kind] ? state : { ...state, [kind]: next };
}

/**
 * A later unit never has a code out while an earlier one is unverified: a code sent to the
 * phone under an email that has since changed is not one the user may verify.
 */
function settle(state: FlowState): FlowState {
  let next = state;
  for (const kind of next.steps) {
    const unit = next[kind];
    if (unit.status === 'sent' && orderBlocker(next.steps, kind, (s) => next[s].status === 'verified')) {
      next = { ...next, [kind]: createUnit(unit.channel, unit.to) };
    }
  }
  return next;
}

/**
 * What a backend answers a later step with when the proof of an earlier one no longer holds:
 * `order_violation` (the email proof the phone send carried is expired, invalid or another
 * subject's) or `session_expired` (the session the earlier step ran in is gone).
 */
const STALE_EARLIER_PROOF = new Set<VerificationErrorCode>(['order_violation', 'session_expired']);

/**
 * A later step refused because the backend no longer accepts what the earlier steps proved:
 * every earlier step goes back to open (its address kept as a draft, its proof dropped, the
 * first one showing why), and the refused step and those after it start over too (a code sent
 * under an identifier that is no longer verified is not one the user may verify). Without this
 * the earlier steps stay `verified`, the later step stays on screen, and every retry is refused
 * the same way. Null when `action` is no such refusal: a result for an identifier not on
 * screen, for the first step (nothing earlier to reopen), or while an earlier step is open.
 */
function reopenEarlier(state: FlowState, action: Extract<FlowAction, { type: 'send/failure' | 'verify/failure' }>): FlowState | null {
  if (!STALE_EARLIER_PROOF.has(action.error.code)) return null;
  const { kind } = action;
  const index = state.steps.indexOf(kind);
  const unit = state[kind];
  if (index <= 0 || unit.to !== action.to || unit.status === 'verified') return null;
  // A verify's answer is about a code that is out; with none out, it is a late answer to drop.
  if (action.type === 'verify/failure' && unit.status !== 'sent') return null;
  // Only while every earlier step is verified (the ordering rule has nothing to block).
  if (orderBlocker(state.steps, kind, (step) => state[step].status === 'verified')) return null;
  // Every step reopens, earlier and later alike; the first one says why.
  let next = state;
  state.steps.forEach((step, i) => {
    const open = createUnit(state[step].channel, state[step].to);
    next = { ...next, [step]: i === 0 ? { ...open, error: { code: action.error.code } } : open };
  });
  return next;
}

function applyStatus(state: FlowState, status: VerificationStatus): FlowState {
  let next = state;
  for (const kind of next.steps) {
    const entry = status[kind];
    if (!entry?.verified) continue;
    // Without its proof, a backend that issues proofs hasn't vouched in a form a server can check.
    if (next.requireProofs && !entry.proof) continue;
    next = withUnit(next, kind, { type: 'verified/confirmed', ...(entry.to && { to: entry.to }), ...(entry.proof && { proof: entry.proof }) });
  }
  return next;
}

/**
 * The verification flow: an ordered composition of units. Each identifier is a unit
 * (`unitReducer`); the composition adds the ordering rule (`orderBlocker`, from `STEP_ORDER`):
 * no result is taken for a unit before every earlier step is verified, nor for one that isn't
 * a step (`order_violation`); a backend refusing a later step because an earlier proof no longer
 * holds reopens the earlier steps (`reopenEarlier`). With `requireProofs`, an identifier
 * completes only with its proof.
 */
export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'status/loaded':
      return settle(applyStatus(state, action.status));
    case 'reset':
      return { ...state, email: unitReducer(state.email, action), phone: unitReducer(state.phone, action) };
    case 'restore':
      // A resumed state (see `resumeFlow`): only the fields of a flow of this kind are taken.
      return action.state.accountType === state.accountType && action.state.event === state.event
        ? settle({ ...state, email: action.state.email, phone: action.state.phone })
        : state;
    default: {
      const { kind, ...unitAction } = action;
      const current = state[kind];
      // A failed send says nothing about order, except an `already_verified` that would skip a step.
      const result = RESULTS.has(action.type) && !(action.type === 'send/failure' && action.error.code !== 'already_verified');
      if (result && current.to === (action as { to?: string }).to) {
        const blocked = orderBlocker(state.steps, kind, (s) => state[s].status === 'verified');
        if (blocked && current.status !== 'verified') return withUnit(state, kind, { type: 'send/failure', to: current.to ?? '', error: { code: blocked }, now: 0 });
      }
      const reopened = action.type === 'send/failure' || action.type === 'verify/failure' ? reopenEarlier(state, action) : null;
      if (reopened) return reopened;
      if (
        state.requireProofs &&
        (action.type === 'send/failure' || action.type === 'verify/failure') &&
        action.error.code === 'already_verified' &&
        !action.error.proof
      ) {
        // "Already verified" without a proof: show it instead of completing a step on a claim.
        return state[kind].to === action.to && state[kind].status !== 'verified'
          ? { ...state, [kind]: { ...state[kind], error: action.error } }
          : state;
      }
      if (action.type === 'verified/confirmed' && !state.steps.includes(kind)) return state;
      if (action.type === 'verified/confirmed' && state.requireProofs && !action.proof) return state;
      return settle(withUnit(state, kind, unitAction as UnitAction));
    }
  }
}
