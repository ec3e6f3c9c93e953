import { QueryClient, QueryClientContext } from '@tanstack/react-query';
import { useContext, useMemo, useState, type ReactNode } from 'react';
import type { VerificationAdapter } from '../adapters/types';
import { systemClock, type Clock } from '../core/clock';
import { deepMerge, type DeepPartial } from '../core/format';
import type { Numerals } from '../core/numerals';
import type { Messages } from '../i18n/messages';
import { mergeThemes, type Theme } from '../theme/tokens';
import { VerificationContext, type VerificationContextValue } from './context';
import { useLocaleCatalog, type LoadMessages } from './useLocaleCatalog';

export interface VerificationProviderProps {
  /** The backend: `createMemoryAdapter()`, `createHttpAdapter({ baseUrl })`, or your own. Required. */
  adapter: VerificationAdapter;
  /**
   * BCP 47 tag of the user's language: picks the catalog (the registered one that fits, see
   * `registerLocales` and `loadMessages`; `es-MX` finds `es-419`), formats numbers and plurals,
   * sets `lang`/`dir`, and is sent with each code.
   * @default an outer provider's, else 'en'
   */
  locale?: string;
  /**
   * Fetches the catalog for `locale` when none is registered, e.g.
   * `(locale) => import(\`verikit/locales/${locale}.js\`)`. Gets the shipped tag that fits best
   * (`es-MX` → `'es-419'`); the result is registered, so it loads once. English shows meanwhile.
   * @default an outer provider's, else none (unregistered locales show English)
   */
  loadMessages?: LoadMessages;
  /**
   * Which digits numbers on screen use (countdowns, "Step 1 of 2", attempts left):
   * `'latn'` (0–9) or `'native'`, the locale's own digits where it has some (Arabic-Indic for
   * `ar`, Persian for `fa`, Devanagari for `hi`, Bengali for `bn`, Thai for `th`). A `locale`
   * with a `-u-nu-` extension (`'ar-u-nu-arab'`) picks its digits itself.
   * @default an outer provider's, else 'latn' (the same on every browser, whatever its ICU version)
   */
  numerals?: Numerals;
  /**
   * A partial override of single strings, deep-merged over the catalog `locale` found (or an
   * outer provider's when the locale is the same), e.g. `{ templates: { SignIn: { title: 'Welcome back' } } }`.
   * A full catalog works too. @default none
   */
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
 * The catalog follows `locale`: register the locales an app ships (`registerLocales({ de, fr })`)
 * or give `loadMessages`, and `locale` alone is enough; English is built in.
 *
 * Providers nest: an inner one inherits what it doesn't set (locale, messages, clock, theme)
 * from an outer one, so an app can set its language and brand once and still give each
 * form its own adapter.
 */
export function VerificationProvider({
  adapter,
  locale: localeProp,
  numerals: numeralsProp,
  loadMessages: loadMessagesProp,
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
  const loadMessages = loadMessagesProp ?? parent?.loadMessages;
  const base = useLocaleCatalog(localeProp, parent, loadMessages);
  const merged = useMemo(() => (messages ? deepMerge(base, messages) : base), [base, messages]);
  const parentTheme = parent?.theme;
  const theme = useMemo(() => mergeThemes(parentTheme, themeProp), [parentTheme, themeProp]);
  const value = useMemo<VerificationContextValue>(
    () => ({ adapter, locale, numerals, loadMessages, messages: merged, clock, queryClient: client, theme }),
    [adapter, locale, numerals, loadMessages, merged, clock, client, theme],
  );
  return <VerificationContext.Provider value={value}>{children}</VerificationContext.Provider>;
}
