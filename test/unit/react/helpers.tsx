import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { VerificationAdapter } from '../../../src/adapters/types';
import type { Clock } from '../../../src/core/clock';
import { VerificationProvider, type VerificationProviderProps } from '../../../src/react';

/** A wrapper for renderHook: a VerificationProvider, optionally under a host QueryClientProvider. */
export function wrapperFor(adapter: VerificationAdapter, options: { clock?: Clock; host?: QueryClient } & Omit<VerificationProviderProps, 'adapter' | 'children'> = {}) {
  const { host, ...props } = options;
  return function Wrapper({ children }: { children: ReactNode }) {
    const inner = (
      <VerificationProvider adapter={adapter} {...props}>
        {children}
      </VerificationProvider>
    );
    return host ? <QueryClientProvider client={host}>{inner}</QueryClientProvider> : inner;
  };
}

/** A promise with its resolve/reject outside, for adapters that answer when the test says. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
