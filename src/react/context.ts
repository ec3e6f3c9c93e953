import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { VerificationAdapter } from '../adapters/types';
import type { Clock } from '../core/clock';
import type { Numerals } from '../core/numerals';
import type { Messages } from '../i18n/messages';
import type { Theme } from '../theme/tokens';
import type { LoadMessages } from './useLocaleCatalog';

export interface VerificationContextValue {
  adapter: VerificationAdapter;
  locale: string;
  /** Which digits numbers on screen use (`'latn'` unless the app asked for native digits). */
  numerals: Numerals;
  messages: Messages;
  /** How catalogs of unregistered locales are fetched (inherited by inner providers). */
  loadMessages?: LoadMessages;
  clock: Clock;
  /** The client verikit's mutations live in: the prop, the host's, or a private one. */
  queryClient: QueryClient;
  /** Design tokens every verikit component inside applies (its own `theme` prop wins). */
  theme?: Theme;
}

export const VerificationContext = createContext<VerificationContextValue | null>(null);

/** The provider's value, or null outside one (for hooks that have defaults). */
export function useOptionalVerificationContext(): VerificationContextValue | null {
  return useContext(VerificationContext);
}

/** The provider's value; throws a clear error outside one. */
export function useVerificationContext(hook: string): VerificationContextValue {
  const value = useContext(VerificationContext);
  if (!value) {
    throw new Error(
      `verikit: ${hook}() must be used inside <VerificationProvider adapter={…}>. ` +
        'Wrap the part of your app that verifies codes in a VerificationProvider.',
    );
  }
  return value;
}

/** The provider's theme, or undefined outside a provider. Components merge their own over it. */
export function useProviderTheme(): Theme | undefined {
  return useContext(VerificationContext)?.theme;
}
