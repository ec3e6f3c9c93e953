import type { ReactNode } from 'react';
import type { VerificationAdapter } from '../../adapters/types';
import type { DeepPartial } from '../../core/format';
import type { Messages } from '../../i18n/messages';
import { useOptionalVerificationContext } from '../../react/context';
import { VerificationProvider } from '../../react/VerificationProvider';

/**
 * Gives a component its own adapter, locale or messages when the props ask for them, on top
 * of what an outer VerificationProvider sets (clock, query client, theme, digits and the
 * locale loader are inherited). The inner provider merges `messages` over the outer catalog
 * when the locale is the same, or over the catalog of the component's own `locale`.
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
  const resolved = adapter ?? parent?.adapter;
  if (!resolved) {
    throw new Error(`verikit: <${component}> needs an adapter. Pass adapter={…} or render it inside <VerificationProvider adapter={…}>.`);
  }
  if (parent && !adapter && locale === undefined && !messages) return children;
  return (
    <VerificationProvider
      adapter={resolved}
      locale={locale ?? parent?.locale}
      messages={messages}
      clock={parent?.clock}
      queryClient={parent?.queryClient}
    >
      {children}
    </VerificationProvider>
  );
}
