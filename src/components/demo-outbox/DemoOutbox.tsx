import { useId, useMemo, useSyncExternalStore, type CSSProperties } from 'react';
import type { Outbox } from '../../core/demo/outbox';
import { formatMessage } from '../../core/format';
import { isolateLtr } from '../../core/locale';
import { numberingLocale } from '../../core/numerals';
import { enChannels, enDemo } from '../../i18n/en';
import type { Messages } from '../../i18n/messages';
import { useOptionalVerificationContext } from '../../react/context';
import type { Theme } from '../../theme/tokens';
import { Heading, useRootAttributes, type HeadingLevel } from '../send-code/shared';

export interface DemoOutboxProps {
  /** The outbox to show: a memory adapter's `adapter.outbox` (or a demo engine's `engine.outbox`). */
  outbox: Outbox;
  /**
   * The catalog for the outbox's labels (`demo.*`, `channels.*`). Default: the surrounding
   * VerificationProvider's catalog, or English outside one.
   */
  messages?: Messages;
  /** The locale for `lang`/`dir`. Default: the provider's locale, or `'en'`. */
  locale?: string;
  /** The heading level of "Demo outbox", to fit the page outline. Default `2`. */
  headingLevel?: HeadingLevel;
  /** Shows a Clear button that empties the outbox. Default `true`. */
  clearable?: boolean;
  /** Leaves out the default skin (the `vk` class). Default `false`. */
  unstyled?: boolean;
  /** Tokens on top of the provider's theme. Default none. */
  theme?: Theme;
  /** Class on the root. Default none. */
  className?: string;
  /** Inline style on the root. Default none. */
  style?: CSSProperties;
}

const noServerMessages = [] as const;

/**
 * What a memory adapter "sent", oldest first: each message's channel, destination, text and
 * code, in a region named "Demo outbox" (localised). For demos and development only: a real
 * backend never shows codes to the page. New messages are announced politely.
 */
export function DemoOutbox({ outbox, headingLevel = 2, clearable = true, ...props }: DemoOutboxProps) {
  // Only the `demo` and `channels` sections are read, so outside a provider the fallback is those
  // two English sections rather than useFormat()'s whole catalog, error table and duration formatting.
  const context = useOptionalVerificationContext();
  const messages = props.messages ?? context?.messages;
  const demo = messages?.demo ?? enDemo;
  const channels = messages?.channels ?? enChannels;
  const providerLocale = context?.locale ?? 'en';
  const locale = props.locale ?? providerLocale;
  // Digits follow the provider, as useFormat() does: its locale and `numerals`.
  const numbering = useMemo(() => numberingLocale(providerLocale, context?.numerals), [providerLocale, context?.numerals]);
  const titleId = useId();
  const list = useSyncExternalStore(
    outbox.subscribe,
    () => outbox.messages,
    // The server has no outbox of the browser's memory adapter; the client fills it in after hydration.
    () => noServerMessages,
  );
  const rootAttributes = useRootAttributes('demo-outbox', props, locale);
  const [codeBefore = '', codeAfter = ''] = demo.code.split('{code}');

  return (
    <div role="region" aria-labelledby={titleId} {...rootAttributes}>
      <div data-part="header">
        <Heading level={headingLevel} id={titleId}>
          {demo.outbox}
        </Heading>
        {clearable && list.length > 0 ? (
          <button type="button" data-part="link" data-action="clear" onClick={() => outbox.clear()}>
            {demo.clear}
          </button>
        ) : null}
      </div>
      {/* Always in the page, so screen readers hear each new message as it arrives. */}
      <ol data-part="list" aria-live="polite" aria-relevant="additions">
        {list.map((message) => (
          <li key={message.id} data-part="message" data-channel={message.channel} data-to={message.to}>
            <p data-part="meta">
              {formatMessage(demo.sentTo, { channel: channels[message.channel], to: isolateLtr(message.to, locale) }, numbering)}
              {message.subject ? ` · ${message.subject}` : ''}
            </p>
            <p data-part="text">{message.text}</p>
            <p data-part="code">
              {codeBefore}
              <code data-code dir="ltr">
                {message.code}
              </code>
              {codeAfter}
            </p>
          </li>
        ))}
      </ol>
      {list.length === 0 ? <p data-part="empty">{demo.empty}</p> : null}
    </div>
  );
}
