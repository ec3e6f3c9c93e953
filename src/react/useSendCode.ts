import { useCallback } from 'react';
import type { SendCodeRequest } from '../adapters/types';
import type { VerificationError } from '../core/errors';
import type { SentCode } from '../core/types';
import { useVerificationContext } from './context';
import { useAdapterMutation } from './useAdapterMutation';

export interface UseSendCodeOptions {
  /** Called after a successful send (not after unmount). */
  onSuccess?: (sent: SentCode, req: SendCodeRequest) => void;
  /** Called with the VerificationError of a failed send (not for aborts, not after unmount). */
  onError?: (error: VerificationError, req: SendCodeRequest) => void;
}

export interface UseSendCodeResult {
  /**
   * Sends a code. Resolves with the SentCode, or undefined when it failed (see `error`) or
   * was aborted; it never rejects, so it can go straight into an onClick. While a send is
   * running, calling it again returns the running send instead of making a second request.
   * `locale` defaults to the provider's.
   */
  send: (req: SendCodeRequest) => Promise<SentCode | undefined>;
  /** The last successful send. */
  data: SentCode | undefined;
  /** The last failure, already a VerificationError; null after success or reset. */
  error: VerificationError | null;
  isPending: boolean;
  status: 'idle' | 'pending' | 'success' | 'error';
  /** Aborts the running send, if any, and clears data and error. */
  cancel: () => void;
  /** Clears data and error. */
  reset: () => void;
}

/** Sends codes through the provider's adapter. Never retries: each send can text a person. */
export function useSendCode(options: UseSendCodeOptions = {}): UseSendCodeResult {
  const { locale } = useVerificationContext('useSendCode');
  const mutation = useAdapterMutation('send');
  const { execute } = mutation;
  const { onSuccess, onError } = options;
  const send = useCallback(
    async (req: SendCodeRequest) => {
      const full = { ...req, locale: req.locale ?? locale };
      const result = await execute(full);
      if (result.status === 'success') {
        if (!result.joined) onSuccess?.(result.data, full);
        return result.data;
      }
      if (result.status === 'error' && !result.joined) onError?.(result.error, full);
      return undefined;
    },
    [execute, locale, onSuccess, onError],
  );
  return { send, data: mutation.data, error: mutation.error, isPending: mutation.isPending, status: mutation.status, cancel: mutation.cancel, reset: mutation.reset };
}
