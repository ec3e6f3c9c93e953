import { retryAt, sendTiming } from '../timing';
import type { Channel, IdentifierKind, SentCode, VerifiedCode } from '../types';
import type { VerificationErrorCode } from '../errors';

/**
 * Where one identifier stands. `idle`: nothing sent (or the identifier changed); `sent`: a code
 * is out and can be verified; `verified`: done. In-flight requests are not state here: they
 * belong to the mutation that runs them and don't survive a reload anyway.
 */
export type IdentifierStatus = 'idle' | 'sent' | 'verified';

/** The last refusal for an identifier, as a UI needs it. Never backend text. */
export interface FlowError {
  code: VerificationErrorCode;
  retryAfterMs?: number;
  attemptsLeft?: number;
  /** `already_verified` only: the backend's proof for the identifier, when it vouched with one. */
  proof?: string;
}

/**
 * One identifier's verification: the state of a single-identifier unit. Plain JSON, so a
 * composition of units can be written to sessionStorage.
 */
export interface UnitState {
  /** Normalised email address or E.164 number, or null until the user gives one. */
  to: string | null;
  /** For phone: sms, voice or whatsapp. Always `email` for an email unit. */
  channel: Channel;
  status: IdentifierStatus;
  /** The send to verify against. Opaque; not the code. */
  requestId: string | null;
  codeLength: number | null;
  /** Epoch ms. */
  expiresAt: number | null;
  /** Epoch ms from which a resend may be asked for; also set by `rate_limited`. */
  resendAvailableAt: number | null;
  attemptsLeft: number | null;
  error: FlowError | null;
  /**
   * The backend's proof of the verification, when it gave one (null otherwise). Evidence only
   * for a server that checks it (`verifyProof`); the UI never treats it as such by itself.
   */
  proof: string | null;
}

/** The state of one identifier in a flow; the same shape as a unit. */
export type IdentifierState = UnitState;

/**
 * Everything that can happen to one identifier. Results carry the `to` they were requested
 * for, so a late answer for an identifier the user has since changed is dropped instead of
 * applied to the new one. Times (`now`) come in with the action: the reducer stays pure.
 */
export type UnitAction =
  | { type: 'identifier/set'; to: string; channel?: Channel }
  | { type: 'identifier/change' }
  /** What the user typed could not be normalised; the identifier stays as it was. */
  | { type: 'identifier/invalid' }
  | { type: 'send/success'; to: string; sent: SentCode; now: number }
  | { type: 'send/failure'; to: string; error: FlowError; now: number }
  | { type: 'verify/success'; to: string; verified: VerifiedCode }
  | { type: 'verify/failure'; to: string; error: FlowError; now: number }
  /**
   * The backend vouched for this identifier: a status answer, or a persisted proof it checked.
   * Taken only for the identifier on screen (or before one is given).
   */
  | { type: 'verified/confirmed'; to?: string; proof?: string; channel?: Channel }
  | { type: 'error/clear' }
  | { type: 'reset' };

export function createUnit(channel: Channel, to: string | null = null): UnitState {
  return {
    to,
    channel,
    status: 'idle',
    requestId: null,
    codeLength: null,
    expiresAt: null,
    resendAvailableAt: null,
    attemptsLeft: null,
    error: null,
    proof: null,
  };
}

/** The kind of identifier a unit verifies, from its channel. */
export function unitKind(unit: Pick<UnitState, 'channel'>): IdentifierKind {
  return unit.channel === 'email' ? 'email' : 'phone';
}

function patch(unit: UnitState, changes: Partial<UnitState>): UnitState {
  return { ...unit, ...changes };
}

function markVerified(unit: UnitState, proof: string | null, to?: string | null, channel?: Channel): UnitState {
  return { ...createUnit(channel ?? unit.channel, to ?? unit.to), status: 'verified', proof };
}

function applyFailure(unit: UnitState, error: FlowError, now: number, phase: 'send' | 'verify'): UnitState {
  switch (error.code) {
    case 'already_verified':
      // The backend knows better: this identifier is done, move on (with its proof when it gave one).
      return markVerified(unit, error.proof ?? null);
    case 'rate_limited':
      return patch(unit, { error, resendAvailableAt: retryAt(error, now) });
    case 'invalid_code':
      return patch(unit, { error, attemptsLeft: error.attemptsLeft ?? unit.attemptsLeft });
    case 'too_many_attempts':
      return patch(unit, { error, attemptsLeft: 0 });
    case 'session_expired':
    case 'invalid_identifier':
      return { ...createUnit(unit.channel, unit.to), error };
    default:
      // A failed send leaves an earlier code usable; a failed verify leaves the code in place.
      return phase === 'send' || unit.status === 'sent' ? patch(unit, { error }) : unit;
  }
}

/**
 * The single-identifier verification unit as a pure reducer: idle → sent → verified, with
 * errors, cooldown (`resendAvailableAt`) and expiry (`expiresAt`). A verified unit stays
 * verified until its identifier changes or it is reset. It knows nothing of other
 * identifiers: ordering between units is the composition's rule (see `orderBlocker`).
 */
export function unitReducer(unit: UnitState, action: UnitAction): UnitState {
  switch (action.type) {
    case 'identifier/set': {
      const channel = unitKind(unit) === 'email' ? 'email' : (action.channel ?? unit.channel);
      // A unit never changes kind: an email unit takes no phone channel, nor the reverse.
      if (channel === 'email' && unitKind(unit) === 'phone') return unit;
      if (unit.to === action.to && unit.channel === channel) return unit;
      // A reset identifier keeps its value as a draft for the user to edit.
      return createUnit(channel, action.to);
    }
    case 'identifier/change':
      return unit.status === 'idle' && !unit.error ? unit : createUnit(unit.channel, unit.to);
    case 'identifier/invalid':
      return patch(unit, { error: { code: 'invalid_identifier' } });
    case 'send/success': {
      if (unit.to !== action.to || unit.status === 'verified') return unit;
      const timing = sendTiming(action.sent, action.now);
      return patch(unit, {
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
      if (unit.to !== action.to || unit.status === 'verified') return unit;
      return applyFailure(unit, action.error, action.now, 'send');
    case 'verify/success':
      if (unit.to !== action.to || unit.status !== 'sent') return unit;
      return markVerified(unit, action.verified.proof ?? null);
    case 'verify/failure':
      if (unit.to !== action.to || unit.status !== 'sent') return unit;
      return applyFailure(unit, action.error, action.now, 'verify');
    case 'verified/confirmed': {
      if (unit.to !== null && action.to && action.to !== unit.to) return unit;
      // Verified what? A statement that names no identifier, for a unit without one, says nothing.
      if (!(action.to ?? unit.to)) return unit;
      if (unit.status === 'verified' && unit.proof && !action.proof) return unit;
      const channel = action.channel && (action.channel === 'email') === (unitKind(unit) === 'email') ? action.channel : unit.channel;
      return markVerified(unit, action.proof ?? null, action.to ?? unit.to, channel);
    }
    case 'error/clear':
      return unit.error ? patch(unit, { error: null }) : unit;
    case 'reset':
      return createUnit(unitKind(unit) === 'email' ? 'email' : unit.channel);
    default:
      return unit;
  }
}

/** Why this unit may not send now (ignoring cooldowns), or null: `invalid_identifier` with nothing to send to. */
export function unitSendBlocker(unit: UnitState): VerificationErrorCode | null {
  return unit.to ? null : 'invalid_identifier';
}

/** A send is possible: an identifier, not yet verified. Cooldowns are the clock's business (`useCooldown`). */
export function canSendUnit(unit: UnitState): boolean {
  return unitSendBlocker(unit) === null && unit.status !== 'verified';
}

/** A code is out and may be checked. */
export function canVerifyUnit(unit: UnitState): boolean {
  return unit.status === 'sent' && unit.requestId !== null;
}
