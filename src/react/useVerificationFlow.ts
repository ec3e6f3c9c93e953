import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore } from 'react';
import type { SendCodeRequest } from '../adapters/types';
import { orderBlocker } from '../core/flow/ordering';
import { resumeFlow, type ConfirmedProof, type ProofClaim } from '../core/flow/persist';
import { flowReducer, type FlowAction } from '../core/flow/reducer';
import { canSend, canSendPhone, canVerify, currentStep, stepNumber } from '../core/flow/selectors';
import { createFlowState, type FlowState, type FlowStep } from '../core/flow/state';
import type { UnitAction } from '../core/flow/unit';
import { remainingMs } from '../core/timing';
import type { AccountType, Channel, IdentifierKind, InteractionEvent, SentCode, VerificationStatus, VerifiedCode } from '../core/types';
import { useVerificationContext } from './context';
import { clearFlow, readPersisted, resolveStorage, writeFlow, type PersistOptions } from './flowStorage';
import { useUnitRequests } from './useUnitRequests';
import type { UnitView } from './useVerificationUnit';

export interface UseVerificationFlowOptions {
  /** Individual accounts verify email then phone; business accounts email only. Default `'individual'`. */
  accountType?: AccountType;
  /** What the user is doing; picks the steps and the message template. Default `'Register'`. */
  event?: InteractionEvent;
  /**
   * The identifiers to verify, e.g. `['phone']`, `['email']` or `['email', 'phone']`; always
   * run email first when both are given. Default: from `accountType` and `event`.
   */
  steps?: readonly FlowStep[];
  /** Channel for the phone step: `'sms'`, `'voice'` or `'whatsapp'`. Default `'sms'`. */
  phoneChannel?: Channel;
  /** Country assumed for phone numbers typed without `+country`, e.g. `'US'`. Default none. */
  defaultCountry?: string;
  /**
   * Resume after a reload: `true` for sessionStorage under `verikit:flow:{event}`, or
   * `{ key, storage }`. Never stores a code. Stores each verified identifier's proof, and
   * counts it as verified again only once the adapter's `checkProof` confirms it (see
   * docs/security.md). Default `false`.
   */
  persist?: boolean | PersistOptions;
  /** Ask the adapter's `getStatus` on mount and skip what is already verified. Default `true`. */
  loadStatus?: boolean;
  /**
   * A step completes only with the backend's proof: a status or `already_verified` without
   * one does not skip it. Default: true when the adapter has `checkProof` (it issues proofs).
   */
  requireProofs?: boolean;
  /**
   * What the page already knows is verified, applied to the first state exactly as a
   * `getStatus` answer would be, without a request. Default none.
   */
  initialStatus?: VerificationStatus;
  /** Identifiers known up front, already normalised (e.g. the email of a signed-in user). */
  initialEmail?: string;
  initialPhone?: string;
  /** Called when an identifier is verified through this flow, with the backend's proof. */
  onVerified?: (kind: IdentifierKind, verified: VerifiedCode) => void;
  /** Called once when every step is verified, with each identifier and its proof. */
  onComplete?: (results: FlowResults) => void;
}

/** Each verified identifier with its proof (from this page, or confirmed by the backend after a reload). */
export interface FlowResults {
  email?: VerifiedCode;
  phone?: VerifiedCode;
}

/** One identifier's state plus what the UI may do with it now. */
export type IdentifierView = UnitView;

export interface UseVerificationFlowResult {
  /** The serialisable state (see `FlowState`). */
  state: FlowState;
  /** The step to show, or `'done'`. */
  step: FlowStep | 'done';
  steps: readonly FlowStep[];
  /** 1-based, for "Step {current} of {total}". */
  stepNumber: number;
  totalSteps: number;
  isComplete: boolean;
  /**
   * True while the proofs of a persisted flow are being checked with the backend after a
   * reload: show no step yet (the state is still the fresh one).
   */
  isResuming: boolean;
  /** The phone step is open: the flow has one and the steps before it are verified. */
  canSendPhone: boolean;
  email: IdentifierView;
  phone: IdentifierView;
  /**
   * Normalises and sets an identifier without sending. Resolves false (with
   * `invalid_identifier` in the state) when the input isn't valid.
   */
  setIdentifier: (kind: IdentifierKind, input: string) => Promise<boolean>;
  /**
   * Sends a code for `kind`, to `input` when given (normalised first) or to the identifier
   * already set. Refused locally, without a request, when the order or a cooldown forbids it.
   * `options.channel` switches the phone channel first, which starts the identifier over.
   */
  send: (kind: IdentifierKind, input?: string, options?: { channel?: Channel }) => Promise<SentCode | undefined>;
  /** Checks a code for `kind` against the last send. */
  verify: (kind: IdentifierKind, code: string) => Promise<VerifiedCode | undefined>;
  /** "Change email" / "Change phone number": back to editing that identifier. */
  change: (kind: IdentifierKind) => void;
  /** Clears the error shown for `kind`. */
  clearError: (kind: IdentifierKind) => void;
  /** Starts over and forgets the persisted state. */
  reset: () => void;
  results: FlowResults;
}

const noSubscription = () => () => undefined;
const isHydrated = () => false;
const isServerOrHydrating = () => true;
/** useLayoutEffect in the browser, useEffect on the server (where neither runs, but React 18 warns about the first). */
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

function resultsOf(state: FlowState): FlowResults {
  const results: FlowResults = {};
  for (const kind of state.steps) {
    const { status, to, channel, proof } = state[kind];
    if (status === 'verified' && to) results[kind] = proof ? { channel, to, proof } : { channel, to };
  }
  return results;
}

/**
 * The whole verification flow: the core's composition of units plus the provider's adapter.
 * Enforces the ordering locally (no request for a step before the earlier ones are verified),
 * hands the email's proof to the backend with the phone send, keeps one request per identifier
 * at a time, resumes after a reload only what the backend confirms, and aborts everything on
 * unmount.
 */
export function useVerificationFlow(options: UseVerificationFlowOptions = {}): UseVerificationFlowResult {
  const { adapter, clock } = useVerificationContext('useVerificationFlow');
  const accountType = options.accountType ?? 'individual';
  const event = options.event ?? 'Register';
  const { persist, defaultCountry, onVerified, onComplete } = options;
  const loadStatus = options.loadStatus ?? true;
  const requireProofs = options.requireProofs ?? typeof adapter.checkProof === 'function';

  const [storage] = useState(() => resolveStorage(persist, event));
  // While hydrating server HTML, the first render must match the server's, which had no storage:
  // the persisted flow is read right after hydration instead (see the layout effect below).
  const hydrating = useSyncExternalStore(noSubscription, isHydrated, isServerOrHydrating);
  const expected = { accountType, event, ...(options.steps && { steps: options.steps }) };
  // What storage holds, with the claims (persisted verified steps) the backend has to confirm.
  const [persisted, setPersisted] = useState(() => (hydrating ? null : readPersisted(storage, expected)));
  const canCheck = typeof adapter.checkProof === 'function';
  const needsCheck = (p: typeof persisted) => !!p && canCheck && p.claims.length > 0;
  const withStatus = (start: FlowState) =>
    options.initialStatus ? flowReducer(start, { type: 'status/loaded', status: options.initialStatus }) : start;
  const [initial] = useState<FlowState>(() => {
    const fresh = createFlowState({
      accountType,
      event,
      ...(options.steps && { steps: options.steps }),
      phoneChannel: options.phoneChannel,
      email: options.initialEmail,
      phone: options.initialPhone,
      requireProofs,
    });
    // With claims to check, start fresh and restore once the backend has answered.
    const start = persisted && !needsCheck(persisted) ? flowReducer(fresh, { type: 'restore', state: resumeFlow(persisted.state, {}) }) : fresh;
    return withStatus(start);
  });
  const [resuming, setResuming] = useState(() => needsCheck(persisted));
  // Mirrors `resuming` for the write below, which must not overwrite storage while a check runs.
  const resumingRef = useRef(resuming);
  const restoreAfterHydration = useRef(hydrating);
  const [state, rawDispatch] = useReducer(flowReducer, initial);
  // Mirrors the reducer synchronously, so two calls in one event handler see each other's effect.
  const stateRef = useRef(initial);
  const dispatch = useCallback((action: FlowAction) => {
    stateRef.current = flowReducer(stateRef.current, action);
    rawDispatch(action);
  }, []);

  // Declared before the write below, so the persisted flow is read before the fresh one could overwrite it.
  useIsomorphicLayoutEffect(() => {
    if (!restoreAfterHydration.current) return;
    restoreAfterHydration.current = false;
    const saved = readPersisted(storage, expected);
    if (!saved) return;
    if (needsCheck(saved)) {
      resumingRef.current = true;
      setPersisted(saved);
      setResuming(true);
    } else {
      dispatch({ type: 'restore', state: withStatus(resumeFlow(saved.state, {})) });
    }
    // Once, on mount: the options are the first render's, as for useState above.
  }, []);

  useEffect(() => {
    // Not while resuming: a reload during the check must still find what was stored.
    if (storage && !resumingRef.current) writeFlow(storage, state);
  }, [storage, state, resuming]);

  // After a reload: each persisted proof is checked with the backend; only what it confirms
  // for the very same identifier is resumed as verified.
  useEffect(() => {
    if (!resuming || !persisted || !adapter.checkProof) return undefined;
    const controller = new AbortController();
    const check = (claim: ProofClaim) =>
      adapter
        .checkProof!({ proof: claim.proof, channel: claim.channel, to: claim.to, event }, { signal: controller.signal })
        .then((verified): [IdentifierKind, ConfirmedProof] | null => [claim.kind, { to: verified.to, channel: verified.channel, proof: claim.proof }], () => null);
    void Promise.all(persisted.claims.map(check)).then((answers) => {
      if (controller.signal.aborted) return;
      const confirmed = Object.fromEntries(answers.filter((a) => a !== null));
      dispatch({ type: 'restore', state: resumeFlow(persisted.state, confirmed) });
      resumingRef.current = false;
      setResuming(false);
    });
    return () => controller.abort(new DOMException('The component unmounted.', 'AbortError'));
  }, [resuming, persisted, adapter, event, dispatch]);

  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const loadStatusNow = useCallback(
    (signal?: AbortSignal) => {
      if (!adapter.getStatus) return;
      adapter.getStatus({ signal }).then(
        (status) => {
          // No state update after unmount (the look-up after `already_verified` has no signal).
          if (!signal?.aborted && mounted.current) dispatch({ type: 'status/loaded', status });
        },
        // A backend that can't tell (not_configured) or a failed look-up just means: ask as usual.
        () => undefined,
      );
    },
    [adapter, dispatch],
  );

  useEffect(() => {
    if (!loadStatus || resuming) return undefined;
    const controller = new AbortController();
    loadStatusNow(controller.signal);
    return () => controller.abort(new DOMException('The component unmounted.', 'AbortError'));
  }, [loadStatus, resuming, loadStatusNow]);

  // Each identifier's view of the flow for its requests: its state, its actions (tagged with the
  // kind), and the ordering rule. Built once for both kinds (they change only with the adapter).
  const units = useMemo(() => {
    const unit = (kind: IdentifierKind) => ({
      read: () => stateRef.current[kind],
      dispatch: (action: UnitAction) => {
        dispatch(action.type === 'reset' ? action : ({ ...action, kind } as FlowAction));
        // "Already verified" without a proof: the status may hand one over.
        if (
          stateRef.current.requireProofs &&
          (action.type === 'send/failure' || action.type === 'verify/failure') &&
          action.error.code === 'already_verified' &&
          !action.error.proof
        ) {
          loadStatusNow();
        }
      },
      blocker: () => orderBlocker(stateRef.current.steps, kind, (s) => stateRef.current[s].status === 'verified'),
    });
    return { email: unit('email'), phone: unit('phone') };
  }, [dispatch, loadStatusNow]);
  // The phone send carries the email's proof, so the backend can keep email-then-phone itself.
  const phoneExtra = useCallback((): Partial<SendCodeRequest> => {
    const { email, steps } = stateRef.current;
    return steps.includes('email') && email.status === 'verified' && email.proof ? { emailProof: email.proof } : {};
  }, []);
  const onEmailVerified = useCallback((verified: VerifiedCode) => onVerified?.('email', verified), [onVerified]);
  const onPhoneVerified = useCallback((verified: VerifiedCode) => onVerified?.('phone', verified), [onVerified]);

  const emailRequests = useUnitRequests({ kind: 'email', event, defaultCountry, ...units.email, onVerified: onEmailVerified });
  const phoneRequests = useUnitRequests({ kind: 'phone', event, defaultCountry, ...units.phone, extra: phoneExtra, onVerified: onPhoneVerified });
  const requestsFor = (kind: IdentifierKind) => (kind === 'email' ? emailRequests : phoneRequests);
  const emailSend = emailRequests.send;
  const phoneSend = phoneRequests.send;
  const emailVerify = emailRequests.verify;
  const phoneVerify = phoneRequests.verify;
  const emailSet = emailRequests.setIdentifier;
  const phoneSet = phoneRequests.setIdentifier;

  const results = useMemo(() => resultsOf(state), [state]);
  const complete = !resuming && currentStep(state) === 'done';
  const completedRef = useRef(complete);
  useEffect(() => {
    if (complete && !completedRef.current) onComplete?.(results);
    completedRef.current = complete;
  }, [complete, results, onComplete]);

  const setIdentifier = useCallback((kind: IdentifierKind, input: string) => (kind === 'email' ? emailSet(input) : phoneSet(input)), [emailSet, phoneSet]);
  const send = useCallback(
    (kind: IdentifierKind, input?: string, sendOptions?: { channel?: Channel }) => (kind === 'email' ? emailSend(input, sendOptions) : phoneSend(input, sendOptions)),
    [emailSend, phoneSend],
  );
  const verify = useCallback((kind: IdentifierKind, code: string) => (kind === 'email' ? emailVerify(code) : phoneVerify(code)), [emailVerify, phoneVerify]);
  const change = useCallback((kind: IdentifierKind) => dispatch({ type: 'identifier/change', kind }), [dispatch]);
  const clearError = useCallback((kind: IdentifierKind) => dispatch({ type: 'error/clear', kind }), [dispatch]);
  const reset = useCallback(() => {
    clearFlow(storage);
    dispatch({ type: 'reset' });
  }, [storage, dispatch]);

  const now = clock.now();
  const view = (kind: IdentifierKind): IdentifierView => ({
    ...state[kind],
    isSending: requestsFor(kind).isSending,
    isVerifying: requestsFor(kind).isVerifying,
    // Evaluated at render: pair it with useCooldown(resendAvailableAt), which re-renders when the wait ends.
    canSend: !resuming && canSend(state, kind) && remainingMs(state[kind].resendAvailableAt, now) === 0,
    canVerify: !resuming && canVerify(state, kind),
  });

  const steps = useMemo(() => state.steps, [state.steps]);
  return {
    state,
    step: currentStep(state),
    steps,
    stepNumber: stepNumber(state),
    totalSteps: state.steps.length,
    isComplete: complete,
    isResuming: resuming,
    canSendPhone: canSendPhone(state),
    email: view('email'),
    phone: view('phone'),
    setIdentifier,
    send,
    verify,
    change,
    clearError,
    reset,
    results,
  };
}
