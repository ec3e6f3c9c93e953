import { useMemo, type ReactNode } from 'react';
import type { VerificationAdapter } from '../../adapters/types';
import { deepMerge, type DeepPartial } from '../../core/format';
import type { Messages } from '../../i18n/messages';
import { useOptionalVerificationContext } from '../../react/context';
import { VerificationProvider } from '../../react/VerificationProvider';

/**
 * Gives a component its own adapter, locale or messages when the props ask for them, on top
 * of what an outer VerificationProvider sets (clock, query client and theme are inherited).
 * Without such props the outer provider is used as it is.
 */
export function ComponentScope({
  component,
  adapter,
  locale,
  messages,
  children,
}: {
  component: string;
  adapter?: VerificationAdapter;
  locale?: string;
  messages?: DeepPartial<Messages>;
  children: ReactNode;
}) {
  const parent = useOptionalVerificationContext();
  const parentMessages = parent?.messages;
  const merged = useMemo(() => (messages && parentMessages ? deepMerge(parentMessages, messages) : messages), [messages, parentMessages]);
  const resolved = adapter ?? parent?.adapter;
  if (!resolved) {
    throw new Error(`verikit: <${component}> needs an adapter. Pass adapter={…} or render it inside <VerificationProvider adapter={…}>.`);
  }
  if (parent && !adapter && locale === undefined && !messages) return children;
  return (
    <VerificationProvider
      adapter={resolved}
      locale={locale ?? parent?.locale}
      messages={merged}
      clock={parent?.clock}
      queryClient={parent?.queryClient}
    >
      {children}
    </VerificationProvider>
  );
}
