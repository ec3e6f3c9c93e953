import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import type { SendCodeRequest, VerifyCodeRequest } from '../adapters/types';
import { toVerificationError, type VerificationError } from '../core/errors';
import type { SentCode, VerifiedCode } from '../core/types';
import { useVerificationContext } from './context';

/**
 * How one call ended. `aborted`: cancelled or unmounted; nothing should react to it.
 * `joined`: this call arrived while another was running and shares its outcome; only the
 * call that started the request should act on it (callbacks, dispatches), or they'd run twice.
 */
export type CallResult<T> = ({ status: 'success'; data: T } | { status: 'error'; error: VerificationError } | { status: 'aborted' }) & {
  joined?: boolean;
};

/** What each kind of call sends and gets back. */
interface Calls {
  send: [SendCodeRequest, SentCode];
  verify: [VerifyCodeRequest, VerifiedCode];
}

interface Variables<Req> {
  req: Req;
  signal: AbortSignal;
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/**
 * The request rules shared by sends and verifies, on a TanStack Query mutation:
 * no retries; one call at a time (a second call while one runs gets the first one's
 * result, so a double click makes one request); unmounting aborts what is in flight, and
 * nothing resolves into state afterwards.
 */
export function useAdapterMutation<K extends keyof Calls>(name: K) {
  type Req = Calls[K][0];
  type Res = Calls[K][1];
  const { adapter, queryClient } = useVerificationContext(name === 'send' ? 'useSendCode' : 'useVerifyCode');
  const mutation = useMutation<Res, unknown, Variables<Req>>(
    {
      mutationKey: ['verikit', name],
      // Aborted before TanStack got round to running it (it starts a tick later): don't go out at all.
      // The adapter's sendCode or verifyCode, by name (one place, not an arrow function per caller).
      mutationFn: ({ req, signal }) =>
        (signal.aborted
          ? Promise.reject(signal.reason)
          : name === 'send'
            ? adapter.sendCode(req as SendCodeRequest, { signal })
            : adapter.verifyCode(req as VerifyCodeRequest, { signal })) as Promise<Res>,
      retry: 0,
      // Offline must surface as a `network` error from the adapter, not a silently paused mutation.
      networkMode: 'always',
    },
    queryClient,
  );
  const { mutateAsync, reset } = mutation;
  const inFlight = useRef<{ promise: Promise<CallResult<Res>>; controller: AbortController } | null>(null);
  const mounted = useRef(false);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      inFlight.current?.controller.abort(new DOMException('The component unmounted.', 'AbortError'));
      inFlight.current = null;
    };
  }, []);

  const execute = useCallback(
    (req: Req): Promise<CallResult<Res>> => {
      if (inFlight.current) return inFlight.current.promise.then((result) => ({ ...result, joined: true }));
      const controller = new AbortController();
      // Settles at the abort itself, so callers never wait on an adapter that ignores its signal.
      const aborted = new Promise<never>((_resolve, reject) => {
        controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
      });
      const promise = Promise.race([mutateAsync({ req, signal: controller.signal }), aborted]).then(
        (data): CallResult<Res> => (mounted.current && !controller.signal.aborted ? { status: 'success', data } : { status: 'aborted' }),
        (error: unknown): CallResult<Res> =>
          !mounted.current || controller.signal.aborted || isAbort(error) ? { status: 'aborted' } : { status: 'error', error: toVerificationError(error) },
      );
      const entry = { promise, controller };
      inFlight.current = entry;
      void promise.then(() => {
        if (inFlight.current === entry) inFlight.current = null;
      });
      return promise;
    },
    [mutateAsync],
  );

  const cancel = useCallback(() => {
    inFlight.current?.controller.abort(new DOMException('Cancelled.', 'AbortError'));
    inFlight.current = null;
    reset();
  }, [reset]);

  const error = mutation.error && !isAbort(mutation.error) ? toVerificationError(mutation.error) : null;
  return {
    execute,
    cancel,
    reset,
    data: mutation.data,
    error,
    isPending: mutation.isPending,
    status: error ? ('error' as const) : mutation.isError ? ('idle' as const) : mutation.status,
  };
}
