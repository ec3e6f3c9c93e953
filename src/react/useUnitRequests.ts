import { useCallback } from 'react';
import type { SendCodeRequest } from '../adapters/types';
import { isVerificationError, type VerificationError, type VerificationErrorCode } from '../core/errors';
import type { FlowError, UnitAction, UnitState } from '../core/flow/unit';
import { normalizeEmail } from '../core/identifiers/email';
import { normalizePhone } from '../core/identifiers/phone';
import { remainingMs } from '../core/timing';
import type { Channel, IdentifierKind, InteractionEvent, VerifiedCode } from '../core/types';
import { useVerificationContext } from './context';
import { useAdapterMutation } from './useAdapterMutation';

export function toFlowError(error: VerificationError): FlowError {
  const flowError: FlowError = { code: error.code };
  if (error.retryAfterMs !== undefined) flowError.retryAfterMs = error.retryAfterMs;
  if (error.attemptsLeft !== undefined) flowError.attemptsLeft = error.attemptsLeft;
  if (error.proof !== undefined) flowError.proof = error.proof;
  return flowError;
}

export interface UnitRequestsOptions {
  kind: IdentifierKind;
  event: InteractionEvent;
  defaultCountry?: string;
  /** The unit as it stands right now (a ref, so two calls in one handler see each other). */
  read: () => UnitState;
  dispatch: (action: UnitAction) => void;
  /** A reason no send or verify may happen for this unit now (the composition's ordering), or null. */
  blocker?: () => VerificationErrorCode | null;
  /** Extra fields for the send request (the email's proof on a phone send). */
  extra?: () => Partial<SendCodeRequest>;
  onVerified?: (verified: VerifiedCode) => void;
}

/**
 * Sends and verifies for one unit through the provider's adapter: normalises what the user
 * typed, refuses locally (no request) what the order or a cooldown forbids, keeps one request
 * of each kind at a time, and dispatches the results as unit actions. Shared by
 * `useVerificationUnit` (one identifier) and `useVerificationFlow` (a composition).
 */
export function useUnitRequests(options: UnitRequestsOptions) {
  const { locale, clock } = useVerificationContext('useVerificationUnit');
  const { kind, event, defaultCountry, read, dispatch, blocker, extra, onVerified } = options;
  const sendMutation = useAdapterMutation('send');
  const verifyMutation = useAdapterMutation('verify');
  const sendExecute = sendMutation.execute;
  const verifyExecute = verifyMutation.execute;

  const normalize = useCallback(
    async (input: string): Promise<string | null> => {
      try {
        return kind === 'email' ? normalizeEmail(input) : await normalizePhone(input, { defaultCountry });
      } catch (error) {
        if (isVerificationError(error) && error.code !== 'invalid_identifier') {
          dispatch({ type: 'send/failure', to: read().to ?? '', error: toFlowError(error), now: clock.now() });
        } else {
          dispatch({ type: 'identifier/invalid' });
        }
        return null;
      }
    },
    [kind, defaultCountry, dispatch, read, clock],
  );

  const setIdentifier = useCallback(
    async (input: string) => {
      const to = await normalize(input);
      if (to === null) return false;
      dispatch({ type: 'identifier/set', to });
      return true;
    },
    [normalize, dispatch],
  );

  const send = useCallback(
    async (input?: string, sendOptions?: { channel?: Channel }) => {
      if (input !== undefined && !(await setIdentifier(input))) return undefined;
      const channelSwitch = sendOptions?.channel;
      if (kind === 'phone' && channelSwitch && channelSwitch !== 'email' && channelSwitch !== read().channel) {
        const to = read().to;
        if (to) dispatch({ type: 'identifier/set', to, channel: channelSwitch });
      }
      const { to, channel, status, resendAvailableAt } = read();
      const refused = blocker?.() ?? (to ? null : 'invalid_identifier');
      if (refused) {
        // The UI shouldn't have offered this; say why instead of asking the backend.
        dispatch(refused === 'invalid_identifier' ? { type: 'identifier/invalid' } : { type: 'send/failure', to: to ?? '', error: { code: refused }, now: clock.now() });
        return undefined;
      }
      if (!to || status === 'verified' || remainingMs(resendAvailableAt, clock.now()) > 0) return undefined;
      const result = await sendExecute({ channel, to, event, locale, ...extra?.() });
      if (result.joined) return result.status === 'success' ? result.data : undefined;
      if (result.status === 'success') {
        dispatch({ type: 'send/success', to, sent: result.data, now: clock.now() });
        return result.data;
      }
      if (result.status === 'error') {
        dispatch({ type: 'send/failure', to, error: toFlowError(result.error), now: clock.now() });
        // The backend vouched for this identifier with its proof (the flow takes it as verified):
        // the app hears of it as of a code verified.
        if (result.error.code === 'already_verified' && result.error.proof) onVerified?.({ channel, to, proof: result.error.proof });
      }
      return undefined;
    },
    [kind, setIdentifier, read, dispatch, blocker, clock, sendExecute, event, locale, extra, onVerified],
  );

  const verify = useCallback(
    async (code: string) => {
      const target = read();
      if (target.status !== 'sent' || !target.to || !target.requestId || blocker?.()) return undefined;
      const to = target.to;
      const result = await verifyExecute({ requestId: target.requestId, channel: target.channel, to, code, event });
      if (result.joined) return result.status === 'success' ? result.data : undefined;
      if (result.status === 'success') {
        dispatch({ type: 'verify/success', to, verified: result.data });
        onVerified?.(result.data);
        return result.data;
      }
      if (result.status === 'error') dispatch({ type: 'verify/failure', to, error: toFlowError(result.error), now: clock.now() });
      return undefined;
    },
    [read, blocker, verifyExecute, event, dispatch, onVerified, clock],
  );

  return { setIdentifier, send, verify, isSending: sendMutation.isPending, isVerifying: verifyMutation.isPending };
}
