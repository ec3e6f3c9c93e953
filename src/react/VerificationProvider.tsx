import { QueryClient, QueryClientContext } from '@tanstack/react-query';
import { useContext, useMemo, useState, type ReactNode } from 'react';
import type { VerificationAdapter } from '../adapters/types';
import { systemClock, type Clock } from '../core/clock';
import { deepMerge, type DeepPartial } from '../core/format';
import type { Numerals } from '../core/numerals';
import { en } from '../i18n/en';
import type { Messages } from '../i18n/messages';
import { mergeThemes, type Theme } from '../theme/tokens';
import { VerificationContext, type VerificationContextValue } from './context';

export interface VerificationProviderProps {
  /** The backend: `createMemoryAdapter()`, `createHttpAdapter({ baseUrl })`, or your own. Required. */
  adapter: VerificationAdapter;
  /** BCP 47 tag for number and plural formatting, also sent with each code. Default: an outer provider's, else `'en'`. */
  locale?: string;
  /**
   * Which digits numbers on screen use (countdowns, "Step 1 of 2", attempts left):
   * `'latn'` (0–9) or `'native'`, the locale's own digits where it has some (Arabic-Indic for
   * `ar`, Persian for `fa`, Devanagari for `hi`, Bengali for `bn`, Thai for `th`). A `locale`
   * with a `-u-nu-` extension (`'ar-u-nu-arab'`) picks its digits itself.
   * @default an outer provider's, else 'latn' (the same on every browser, whatever its ICU version)
   */
  numerals?: Numerals;
  /** Message catalog, or a partial override (deep-merged over an outer provider's catalog, else English). Default English. */
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
 * Gives the verikit hooks and components their adapter, locale, messages, clock and theme. It
 * does not add a QueryClientProvider: that would hide the host's client from the host's own
 * components inside. verikit passes its client to its mutations directly instead.
 *
 * Providers nest: an inner one inherits what it doesn't set (locale, messages, clock, theme)
 * from an outer one, so an app can set its language and brand once and still give each
 * form its own adapter.
 */
export function VerificationProvider({
  adapter,
  locale: localeProp,
  numerals: numeralsProp,
  messages,
  clock: clockProp,
  queryClient,
  theme: themeProp,
  children,
}: VerificationProviderProps) {
  const parent = useContext(VerificationContext);
  const hostClient = useContext(QueryClientContext);
  // Always made (it is only a few empty caches), so a host provider that comes or goes
  // later never leaves verikit without a client, and hook order stays fixed.
  const [privateClient] = useState(createPrivateClient);
  const client = queryClient ?? hostClient ?? parent?.queryClient ?? privateClient;
  const locale = localeProp ?? parent?.locale ?? 'en';
  const numerals = numeralsProp ?? parent?.numerals ?? 'latn';
  const clock = clockProp ?? parent?.clock ?? systemClock;
  const base = parent?.messages ?? en;
  const merged = useMemo(() => (messages ? deepMerge(base, messages) : base), [base, messages]);
  const parentTheme = parent?.theme;
  const theme = useMemo(() => mergeThemes(parentTheme, themeProp), [parentTheme, themeProp]);
  const value = useMemo<VerificationContextValue>(
    () => ({ adapter, locale, numerals, messages: merged, clock, queryClient: client, theme }),
    [adapter, locale, numerals, merged, clock, client, theme],
  );
  return <VerificationContext.Provider value={value}>{children}</VerificationContext.Provider>;
}
