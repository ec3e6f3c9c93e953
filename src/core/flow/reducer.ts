import { retryAt, sendTiming } from '../timing';
import type { Channel, IdentifierKind, SentCode, VerificationStatus, VerifiedCode } from '../types';
import { sendBlocker } from './selectors';
import { emptyIdentifier, type FlowError, type FlowState, type IdentifierState } from './state';

/**
 * Everything that can happen to a flow. Results carry the `to` they were requested for, so a
 * late answer for an identifier the user has since changed is dropped instead of applied to
 * the new one. Times (`now`) come in with the action: the reducer stays pure.
 */
export type FlowAction =
  | { type: 'identifier/set'; kind: IdentifierKind; to: string; channel?: Channel }
  | { type: 'identifier/change'; kind: IdentifierKind }
  /** What the user typed could not be normalised; the identifier stays as it was. */
  | { type: 'identifier/invalid'; kind: IdentifierKind }
  | { type: 'send/success'; kind: IdentifierKind; to: string; sent: SentCode; now: number }
  | { type: 'send/failure'; kind: IdentifierKind; to: string; error: FlowError; now: number }
  | { type: 'verify/success'; kind: IdentifierKind; to: string; verified: VerifiedCode }
  | { type: 'verify/failure'; kind: IdentifierKind; to: string; error: FlowError; now: number }
  | { type: 'status/loaded'; status: VerificationStatus }
  | { type: 'error/clear'; kind: IdentifierKind }
  /** A persisted flow, read once the page has hydrated, takes the place of the fresh one. */
  | { type: 'flow/restore'; state: FlowState }
  | { type: 'reset' };

function update(state: FlowState, kind: IdentifierKind, patch: Partial<IdentifierState>): FlowState {
  return { ...state, [kind]: { ...state[kind], ...patch } };
}

function markVerified(state: FlowState, kind: IdentifierKind, to?: string | null): FlowState {
  return update(state, kind, {
    ...emptyIdentifier(state[kind].channel, to ?? state[kind].to),
    status: 'verified',
  });
}

/** A reset identifier keeps its value as a draft for the user to edit. */
function resetIdentifier(state: FlowState, kind: IdentifierKind, to: string | null, channel?: Channel): FlowState {
  let next = update(state, kind, emptyIdentifier(channel ?? state[kind].channel, to));
  // The phone step hangs on a verified email: a code sent to the phone under the old email
  // is no longer one the user may verify.
  if (kind === 'email' && next.phone.status === 'sent') {
    next = update(next, 'phone', emptyIdentifier(next.phone.channel, next.phone.to));
  }
  return next;
}

function refuse(state: FlowState, kind: IdentifierKind, code: FlowError['code']): FlowState {
  return update(state, kind, { error: { code } });
}

function applyFailure(state: FlowState, kind: IdentifierKind, error: FlowError, now: number, phase: 'send' | 'verify'): FlowState {
  const current = state[kind];
  switch (error.code) {
    case 'already_verified':
      // The backend knows better: this identifier is done, move on.
      return markVerified(state, kind);
    case 'rate_limited':
      return update(state, kind, { error, resendAvailableAt: retryAt(error, now) });
    case 'invalid_code':
      return update(state, kind, { error, attemptsLeft: error.attemptsLeft ?? current.attemptsLeft });
    case 'too_many_attempts':
      return update(state, kind, { error, attemptsLeft: 0 });
    case 'session_expired':
    case 'invalid_identifier':
      return update(state, kind, { ...emptyIdentifier(current.channel, current.to), error });
    default:
      // A failed send leaves an earlier code usable; a failed verify leaves the code in place.
      return phase === 'send' || current.status === 'sent' ? update(state, kind, { error }) : state;
  }
}

/**
 * The verification flow as a pure reducer. Its rules: steps come from account type and event
 * (see `stepsFor`); nothing happens on the phone before the email is verified, and nothing
 * at all for an account without a phone step (`order_violation`); `already_verified` from a
 * backend marks the identifier verified; changing an identifier resets it.
 */
export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'identifier/set': {
      const current = state[action.kind];
      const channel = action.kind === 'email' ? 'email' : (action.channel ?? current.channel);
      if (channel === 'email' && action.kind === 'phone') return state;
      if (current.to === action.to && current.channel === channel) return state;
      return resetIdentifier(state, action.kind, action.to, channel);
    }
    case 'identifier/change': {
      const current = state[action.kind];
      if (current.status === 'idle' && !current.error) return state;
      return resetIdentifier(state, action.kind, current.to);
    }
    case 'identifier/invalid':
      return refuse(state, action.kind, 'invalid_identifier');
    case 'send/success': {
      if (state[action.kind].to !== action.to) return state;
      const blocker = sendBlocker(state, action.kind);
      if (blocker === 'order_violation') return refuse(state, action.kind, blocker);
      if (state[action.kind].status === 'verified') return state;
      const timing = sendTiming(action.sent, action.now);
      return update(state, action.kind, {
        status: 'sent',
        requestId: action.sent.requestId,
        codeLength: action.sent.codeLength ?? null,
        expiresAt: timing.expiresAt,
        resendAvailableAt: timing.resendAvailableAt,
        attemptsLeft: null,
        error: null,
      });
    }
    case 'send/failure':
      // A verified identifier stays verified: only changing it or a reset undoes that.
      if (state[action.kind].to !== action.to || state[action.kind].status === 'verified') return state;
      if (action.error.code === 'already_verified' && sendBlocker(state, action.kind) === 'order_violation') {
        return refuse(state, action.kind, 'order_violation');
      }
      return applyFailure(state, action.kind, action.error, action.now, 'send');
    case 'verify/success': {
      const current = state[action.kind];
      if (current.to !== action.to || current.status !== 'sent') return state;
      if (sendBlocker(state, action.kind) === 'order_violation') return refuse(state, action.kind, 'order_violation');
      return markVerified(state, action.kind);
    }
    case 'verify/failure': {
      const current = state[action.kind];
      if (current.to !== action.to || current.status !== 'sent') return state;
      if (sendBlocker(state, action.kind) === 'order_violation') return refuse(state, action.kind, 'order_violation');
      return applyFailure(state, action.kind, action.error, action.now, 'verify');
    }
    case 'status/loaded': {
      let next = state;
      const { email, phone } = action.status;
      // Only facts about the identifier on screen (or before one is given) are taken over.
      if (email?.verified && (next.email.to === null || !email.to || email.to === next.email.to)) {
        next = markVerified(next, 'email', email.to ?? next.email.to);
      }
      if (phone?.verified && next.steps.includes('phone') && (next.phone.to === null || !phone.to || phone.to === next.phone.to)) {
        next = markVerified(next, 'phone', phone.to ?? next.phone.to);
      }
      return next;
    }
    case 'error/clear':
      return state[action.kind].error ? update(state, action.kind, { error: null }) : state;
    case 'flow/restore':
      return action.state;
    case 'reset':
      return {
        ...state,
        email: emptyIdentifier('email'),
        phone: emptyIdentifier(state.phone.channel),
      };
    default:
      return state;
  }
}
