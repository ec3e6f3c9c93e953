import { QueryClient, QueryClientContext } from '@tanstack/react-query';
import { useContext, useMemo, useState, type ReactNode } from 'react';
import type { VerificationAdapter } from '../adapters/types';
import { systemClock, type Clock } from '../core/clock';
import { deepMerge, type DeepPartial } from '../core/format';
import { en } from '../i18n/en';
import type { Messages } from '../i18n/messages';
import type { Theme } from '../theme/tokens';
import { VerificationContext, type VerificationContextValue } from './context';

export interface VerificationProviderProps {
  /** The backend: `createMemoryAdapter()`, `createHttpAdapter({ baseUrl })`, or your own. Required. */
  adapter: VerificationAdapter;
  /** BCP 47 tag for number and plural formatting, also sent with each code. Default `'en'`. */
  locale?: string;
  /** Message catalog, or a partial override of the English one (deep-merged over it). Default English. */
  messages?: DeepPartial<Messages>;
  /** Time source for cooldowns and expiry. Default the system clock; inject one in tests. */
  clock?: Clock;
  /**
   * TanStack Query client for verikit's mutations. Default: the host app's client when there
   * is a QueryClientProvider above, else a private one.
   */
  queryClient?: QueryClient;
  /** Design tokens for every verikit component inside; a component's own `theme` prop wins. @default none (the skin's light preset) */
  theme?: Theme;
  children?: ReactNode;
}

function createPrivateClient(): QueryClient {
  // Sends must never retry (each can text someone); verifies shouldn't either (each burns an attempt).
  return new QueryClient({ defaultOptions: { mutations: { retry: 0, networkMode: 'always' } } });
}

/**
 * Gives the verikit hooks and components their adapter, locale, messages and clock. It does
 * not add a QueryClientProvider: that would hide the host's client from the host's own
 * components inside. verikit passes its client to its mutations directly instead.
 */
export function VerificationProvider({
  adapter,
  locale = 'en',
  messages,
  clock = systemClock,
  queryClient,
  theme,
  children,
}: VerificationProviderProps) {
  const hostClient = useContext(QueryClientContext);
  // Always made (it is only a few empty caches), so a host provider that comes or goes
  // later never leaves verikit without a client, and hook order stays fixed.
  const [privateClient] = useState(createPrivateClient);
  const client = queryClient ?? hostClient ?? privateClient;
  const merged = useMemo(() => (messages ? deepMerge(en, messages) : en), [messages]);
  const value = useMemo<VerificationContextValue>(
    () => ({ adapter, locale, messages: merged, clock, queryClient: client, theme }),
    [adapter, locale, merged, clock, client, theme],
  );
  return <VerificationContext.Provider value={value}>{children}</VerificationContext.Provider>;
}
