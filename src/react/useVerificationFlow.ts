import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore } from 'react';
import { isVerificationError, type VerificationError } from '../core/errors';
import { flowReducer, type FlowAction } from '../core/flow/reducer';
import { canSend, canSendPhone, canVerify, currentStep, sendBlocker, stepNumber } from '../core/flow/selectors';
import { createFlowState, type FlowError, type FlowState, type FlowStep, type IdentifierState } from '../core/flow/state';
import { normalizeEmail } from '../core/identifiers/email';
import { normalizePhone } from '../core/identifiers/phone';
import { remainingMs } from '../core/timing';
import type { AccountType, Channel, IdentifierKind, InteractionEvent, SentCode, VerificationStatus, VerifiedCode } from '../core/types';
import { useVerificationContext } from './context';
import { clearFlow, readFlow, resolveStorage, writeFlow, type PersistOptions } from './flowStorage';
import { useAdapterMutation } from './useAdapterMutation';

export interface UseVerificationFlowOptions {
  /** Individual accounts verify email then phone; business accounts email only. Default `'individual'`. */
  accountType?: AccountType;
  /** What the user is doing; picks the steps and the message template. Default `'Register'`. */
  event?: InteractionEvent;
  /** Channel for the phone step: `'sms'`, `'voice'` or `'whatsapp'`. Default `'sms'`. */
  phoneChannel?: Channel;
  /** Country assumed for phone numbers typed without `+country`, e.g. `'US'`. Default none. */
  defaultCountry?: string;
  /**
   * Resume after a reload: `true` for sessionStorage under `verikit:flow:{event}`, or
   * `{ key, storage }`. The code and proofs are never stored. Default `false`.
   */
  persist?: boolean | PersistOptions;
  /** Ask the adapter's `getStatus` on mount and skip what is already verified. Default `true`. */
  loadStatus?: boolean;
  /**
   * What the page already knows is verified, applied to the first state exactly as a
   * `getStatus` answer would be, without a request (e.g. `{ email: { verified: true } }` for a
   * phone form shown after the page verified the email itself). Default none.
   */
  initialStatus?: VerificationStatus;
  /** Identifiers known up front, already normalised (e.g. the email of a signed-in user). */
  initialEmail?: string;
  initialPhone?: string;
  /** Called when an identifier is verified through this flow, with the backend's proof. */
  onVerified?: (kind: IdentifierKind, verified: VerifiedCode) => void;
  /** Called once when every step is verified. Results hold what was verified in this page's life. */
  onComplete?: (results: FlowResults) => void;
}

/** Verifications made while this page was open. Kept in memory only: proofs never reach storage. */
export interface FlowResults {
  email?: VerifiedCode;
  phone?: VerifiedCode;
}

/** One identifier's state plus what the UI may do with it now. */
export interface IdentifierView extends IdentifierState {
  isSending: boolean;
  isVerifying: boolean;
  /** A send is allowed now: right step, an identifier, not verified, no cooldown running. */
  canSend: boolean;
  /** A code is out and may be checked. */
  canVerify: boolean;
}

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
  /** The phone step is open: the flow has one and the email is verified. */
  canSendPhone: boolean;
  email: IdentifierView;
  phone: IdentifierView;
  /**
   * Normalises and sets an identifier without sending. Phone numbers go through
   * libphonenumber-js (loaded on first use). Resolves false (with `invalid_identifier` in the
   * state) when the input isn't valid.
   */
  setIdentifier: (kind: IdentifierKind, input: string) => Promise<boolean>;
  /**
   * Sends a code for `kind`, to `input` when given (normalised first) or to the identifier
   * already set. Refused locally, without a request, when the order or a cooldown forbids it.
   * `options.channel` switches the phone channel (`'sms'`, `'voice'`, `'whatsapp'`) first;
   * like any change of identifier, that starts the identifier over.
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

function toFlowError(error: VerificationError): FlowError {
  const flowError: FlowError = { code: error.code };
  if (error.retryAfterMs !== undefined) flowError.retryAfterMs = error.retryAfterMs;
  if (error.attemptsLeft !== undefined) flowError.attemptsLeft = error.attemptsLeft;
  return flowError;
}

/**
 * The whole verification flow: the core reducer plus the provider's adapter. Enforces the
 * ordering locally (no phone request before the email is verified), keeps one request per
 * identifier at a time, and aborts everything on unmount.
 */
export function useVerificationFlow(options: UseVerificationFlowOptions = {}): UseVerificationFlowResult {
  const { adapter, locale, clock } = useVerificationContext('useVerificationFlow');
  const accountType = options.accountType ?? 'individual';
  const event = options.event ?? 'Register';
  const { persist, defaultCountry, onVerified, onComplete } = options;
  const loadStatus = options.loadStatus ?? true;

  const [storage] = useState(() => resolveStorage(persist, event));
  // While hydrating server HTML, the first render must match the server's, which had no storage:
  // the persisted flow is read right after hydration instead (see the layout effect below).
  const hydrating = useSyncExternalStore(noSubscription, isHydrated, isServerOrHydrating);
  const withStatus = (start: FlowState) =>
    options.initialStatus ? flowReducer(start, { type: 'status/loaded', status: options.initialStatus }) : start;
  const [initial] = useState<FlowState>(() =>
    withStatus(
      (hydrating ? null : readFlow(storage, { accountType, event })) ??
        createFlowState({ accountType, event, phoneChannel: options.phoneChannel, email: options.initialEmail, phone: options.initialPhone }),
    ),
  );
  const restoreAfterHydration = useRef(hydrating);
  const [state, rawDispatch] = useReducer(flowReducer, initial);
  // Mirrors the reducer synchronously, so two calls in one event handler see each other's effect.
  const stateRef = useRef(initial);
  const dispatch = useCallback((action: FlowAction) => {
    stateRef.current = flowReducer(stateRef.current, action);
    rawDispatch(action);
  }, []);
  const [results, setResults] = useState<FlowResults>({});

  const sendEmail = useAdapterMutation<Parameters<typeof adapter.sendCode>[0], SentCode>('send', (a, req, signal) => a.sendCode(req, { signal }));
  const sendPhone = useAdapterMutation<Parameters<typeof adapter.sendCode>[0], SentCode>('send', (a, req, signal) => a.sendCode(req, { signal }));
  const verifyEmail = useAdapterMutation<Parameters<typeof adapter.verifyCode>[0], VerifiedCode>('verify', (a, req, signal) => a.verifyCode(req, { signal }));
  const verifyPhone = useAdapterMutation<Parameters<typeof adapter.verifyCode>[0], VerifiedCode>('verify', (a, req, signal) => a.verifyCode(req, { signal }));
  const sendEmailExecute = sendEmail.execute;
  const sendPhoneExecute = sendPhone.execute;
  const verifyEmailExecute = verifyEmail.execute;
  const verifyPhoneExecute = verifyPhone.execute;

  // Declared before the write below, so the persisted flow is read before the fresh one could overwrite it.
  useIsomorphicLayoutEffect(() => {
    if (!restoreAfterHydration.current) return;
    restoreAfterHydration.current = false;
    const saved = readFlow(storage, { accountType, event });
    if (saved) dispatch({ type: 'flow/restore', state: withStatus(saved) });
    // Once, on mount: the options are the first render's, as for useState above.
  }, []);

  useEffect(() => {
    if (storage) writeFlow(storage, state);
  }, [storage, state]);

  useEffect(() => {
    if (!loadStatus || !adapter.getStatus) return undefined;
    const controller = new AbortController();
    adapter.getStatus({ signal: controller.signal }).then(
      (status) => {
        if (!controller.signal.aborted) dispatch({ type: 'status/loaded', status });
      },
      // A backend that can't tell (not_configured) or a failed look-up just means: ask as usual.
      () => undefined,
    );
    return () => controller.abort(new DOMException('The component unmounted.', 'AbortError'));
  }, [adapter, loadStatus, dispatch]);

  const complete = currentStep(state) === 'done';
  const completedRef = useRef(complete);
  useEffect(() => {
    if (complete && !completedRef.current) onComplete?.(results);
    completedRef.current = complete;
  }, [complete, results, onComplete]);

  const normalize = useCallback(
    async (kind: IdentifierKind, input: string): Promise<string | null> => {
      try {
        return kind === 'email' ? normalizeEmail(input) : await normalizePhone(input, { defaultCountry });
      } catch (error) {
        if (isVerificationError(error) && error.code !== 'invalid_identifier') {
          dispatch({ type: 'send/failure', kind, to: stateRef.current[kind].to ?? '', error: toFlowError(error), now: clock.now() });
        } else {
          dispatch({ type: 'identifier/invalid', kind });
        }
        return null;
      }
    },
    [clock, defaultCountry, dispatch],
  );

  const setIdentifier = useCallback(
    async (kind: IdentifierKind, input: string) => {
      const to = await normalize(kind, input);
      if (to === null) return false;
      dispatch({ type: 'identifier/set', kind, to });
      return true;
    },
    [normalize, dispatch],
  );

  const send = useCallback(
    async (kind: IdentifierKind, input?: string, sendOptions?: { channel?: Channel }) => {
      if (input !== undefined && !(await setIdentifier(kind, input))) return undefined;
      const channelSwitch = sendOptions?.channel;
      if (kind === 'phone' && channelSwitch && channelSwitch !== 'email' && channelSwitch !== stateRef.current.phone.channel) {
        const to = stateRef.current.phone.to;
        if (to) dispatch({ type: 'identifier/set', kind, to, channel: channelSwitch });
      }
      const current = stateRef.current;
      const { to, channel, status, resendAvailableAt } = current[kind];
      const blocker = sendBlocker(current, kind);
      if (blocker) {
        // The UI shouldn't have offered this; say why instead of asking the backend.
        dispatch(blocker === 'invalid_identifier' ? { type: 'identifier/invalid', kind } : { type: 'send/failure', kind, to: to ?? '', error: { code: blocker }, now: clock.now() });
        return undefined;
      }
      if (!to || status === 'verified' || remainingMs(resendAvailableAt, clock.now()) > 0) return undefined;
      const execute = kind === 'email' ? sendEmailExecute : sendPhoneExecute;
      const result = await execute({ channel, to, event: current.event, locale });
      if (result.joined) return result.status === 'success' ? result.data : undefined;
      if (result.status === 'success') {
        dispatch({ type: 'send/success', kind, to, sent: result.data, now: clock.now() });
        return result.data;
      }
      if (result.status === 'error') dispatch({ type: 'send/failure', kind, to, error: toFlowError(result.error), now: clock.now() });
      return undefined;
    },
    [setIdentifier, dispatch, clock, locale, sendEmailExecute, sendPhoneExecute],
  );

  const verify = useCallback(
    async (kind: IdentifierKind, code: string) => {
      const current = stateRef.current;
      const target = current[kind];
      if (!canVerify(current, kind) || !target.to || !target.requestId) return undefined;
      const execute = kind === 'email' ? verifyEmailExecute : verifyPhoneExecute;
      const to = target.to;
      const result = await execute({ requestId: target.requestId, channel: target.channel, to, code, event: current.event });
      if (result.joined) return result.status === 'success' ? result.data : undefined;
      if (result.status === 'success') {
        dispatch({ type: 'verify/success', kind, to, verified: result.data });
        setResults((prev) => ({ ...prev, [kind]: result.data }));
        onVerified?.(kind, result.data);
        return result.data;
      }
      if (result.status === 'error') dispatch({ type: 'verify/failure', kind, to, error: toFlowError(result.error), now: clock.now() });
      return undefined;
    },
    [dispatch, clock, onVerified, verifyEmailExecute, verifyPhoneExecute],
  );

  const change = useCallback((kind: IdentifierKind) => dispatch({ type: 'identifier/change', kind }), [dispatch]);
  const clearError = useCallback((kind: IdentifierKind) => dispatch({ type: 'error/clear', kind }), [dispatch]);
  const reset = useCallback(() => {
    clearFlow(storage);
    setResults({});
    dispatch({ type: 'reset' });
  }, [storage, dispatch]);

  const now = clock.now();
  const view = (kind: IdentifierKind): IdentifierView => ({
    ...state[kind],
    isSending: kind === 'email' ? sendEmail.isPending : sendPhone.isPending,
    isVerifying: kind === 'email' ? verifyEmail.isPending : verifyPhone.isPending,
    // Evaluated at render: pair it with useCooldown(resendAvailableAt), which re-renders when the wait ends.
    canSend: canSend(state, kind) && remainingMs(state[kind].resendAvailableAt, now) === 0,
    canVerify: canVerify(state, kind),
  });

  const steps = useMemo(() => state.steps, [state.steps]);
  return {
    state,
    step: currentStep(state),
    steps,
    stepNumber: stepNumber(state),
    totalSteps: state.steps.length,
    isComplete: complete,
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
