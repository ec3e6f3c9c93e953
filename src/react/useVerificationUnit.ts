import { useCallback, useReducer, useRef, useState } from 'react';
import { canSendUnit, canVerifyUnit, createUnit, unitKind, unitReducer, type UnitAction, type UnitState } from '../core/flow/unit';
import { remainingMs } from '../core/timing';
import { PHONE_CHANNELS, type Channel, type IdentifierKind, type InteractionEvent, type SentCode, type VerifiedCode } from '../core/types';
import { useVerificationContext } from './context';
import { useUnitRequests } from './useUnitRequests';

export interface UseVerificationUnitOptions {
  /** How the code travels: `'email'`, or a phone channel (`'sms'`, `'voice'`, `'whatsapp'`). Picks the kind of identifier. Default `'email'`. */
  channel?: Channel;
  /** What the user is doing; passed to the backend for its message template. Default `'SignIn'`. */
  event?: InteractionEvent;
  /** Country assumed for phone numbers typed without `+country`, e.g. `'US'`. Default none. */
  defaultCountry?: string;
  /** The identifier known up front, already normalised. Default none. */
  initialValue?: string;
  /** Called when the identifier is verified, with the backend's proof. */
  onVerified?: (verified: VerifiedCode) => void;
}

/** A unit's state plus what the UI may do with it now. */
export interface UnitView extends UnitState {
  isSending: boolean;
  isVerifying: boolean;
  /** A send is allowed now: an identifier, not verified, no cooldown running. */
  canSend: boolean;
  /** A code is out and may be checked. */
  canVerify: boolean;
}

export interface UseVerificationUnitResult extends UnitView {
  kind: IdentifierKind;
  /** The serialisable unit state. */
  state: UnitState;
  /** Normalises and sets the identifier without sending; false (with `invalid_identifier`) when it isn't valid. */
  setIdentifier: (input: string) => Promise<boolean>;
  /**
   * Sends a code, to `input` when given (normalised first) or to the identifier already set.
   * `options.channel` switches the phone channel first, which starts the unit over.
   */
  send: (input?: string, options?: { channel?: Channel }) => Promise<SentCode | undefined>;
  /** Checks a code against the last send. */
  verify: (code: string) => Promise<VerifiedCode | undefined>;
  /** Back to editing the identifier. */
  change: () => void;
  clearError: () => void;
  reset: () => void;
}

/**
 * Verifies one identifier, on its own: the core's single-identifier unit plus the provider's
 * adapter. No ordering and no steps: a page that needs email-then-phone uses
 * `useVerificationFlow` (the backend still enforces its own order).
 */
export function useVerificationUnit(options: UseVerificationUnitOptions = {}): UseVerificationUnitResult {
  const { clock } = useVerificationContext('useVerificationUnit');
  const requested = options.channel ?? 'email';
  const channel = requested === 'email' || PHONE_CHANNELS.includes(requested) ? requested : 'email';
  const [initial] = useState(() => createUnit(channel, options.initialValue ?? null));
  const [state, rawDispatch] = useReducer(unitReducer, initial);
  const ref = useRef(initial);
  const dispatch = useCallback((action: UnitAction) => {
    ref.current = unitReducer(ref.current, action);
    rawDispatch(action);
  }, []);
  const read = useCallback(() => ref.current, []);
  const kind = unitKind(initial);
  const requests = useUnitRequests({
    kind,
    event: options.event ?? 'SignIn',
    defaultCountry: options.defaultCountry,
    read,
    dispatch,
    onVerified: options.onVerified,
  });
  const change = useCallback(() => dispatch({ type: 'identifier/change' }), [dispatch]);
  const clearError = useCallback(() => dispatch({ type: 'error/clear' }), [dispatch]);
  const reset = useCallback(() => dispatch({ type: 'reset' }), [dispatch]);
  return {
    ...state,
    kind,
    state,
    isSending: requests.isSending,
    isVerifying: requests.isVerifying,
    // Evaluated at render: pair it with useCooldown(resendAvailableAt), which re-renders when the wait ends.
    canSend: canSendUnit(state) && remainingMs(state.resendAvailableAt, clock.now()) === 0,
    canVerify: canVerifyUnit(state),
    setIdentifier: requests.setIdentifier,
    send: requests.send,
    verify: requests.verify,
    change,
    clearError,
    reset,
  };
}
