import { useCallback } from 'react';
import type { VerifyCodeRequest } from '../adapters/types';
import type { VerificationError } from '../core/errors';
import type { VerifiedCode } from '../core/types';
import { useAdapterMutation } from './useAdapterMutation';

export interface UseVerifyCodeOptions {
  /** Called after a code was accepted (not after unmount). */
  onSuccess?: (verified: VerifiedCode, req: VerifyCodeRequest) => void;
  /** Called with the VerificationError of a rejected code or failed call (not for aborts, not after unmount). */
  onError?: (error: VerificationError, req: VerifyCodeRequest) => void;
}

export interface UseVerifyCodeResult {
  /**
   * Checks a code. Resolves with the VerifiedCode, or undefined when it failed (see `error`)
   * or was aborted; never rejects. A call while one is running returns the running one, so
   * auto-submit plus Enter checks the code once (each check can burn an attempt).
   */
  verify: (req: VerifyCodeRequest) => Promise<VerifiedCode | undefined>;
  data: VerifiedCode | undefined;
  error: VerificationError | null;
  isPending: boolean;
  status: 'idle' | 'pending' | 'success' | 'error';
  cancel: () => void;
  reset: () => void;
}

/** Verifies codes through the provider's adapter. */
export function useVerifyCode(options: UseVerifyCodeOptions = {}): UseVerifyCodeResult {
  const mutation = useAdapterMutation('verify');
  const { execute } = mutation;
  const { onSuccess, onError } = options;
  const verify = useCallback(
    async (req: VerifyCodeRequest) => {
      const result = await execute(req);
      if (result.status === 'success') {
        if (!result.joined) onSuccess?.(result.data, req);
        return result.data;
      }
      if (result.status === 'error' && !result.joined) onError?.(result.error, req);
      return undefined;
    },
    [execute, onSuccess, onError],
  );
  return { verify, data: mutation.data, error: mutation.error, isPending: mutation.isPending, status: mutation.status, cancel: mutation.cancel, reset: mutation.reset };
}
