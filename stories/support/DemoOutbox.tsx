import { useSyncExternalStore } from 'react';
import type { Outbox } from '../../src/core/demo/outbox';
import { isolateLtr } from '../../src/core/locale';
import { useFormat } from '../../src/react';

const styles = {
  region: {
    fontFamily: 'system-ui, sans-serif',
    fontSize: 14,
    border: '1px dashed #64748b',
    borderRadius: 8,
    padding: 12,
    minInlineSize: 0,
    background: '#f8fafc',
    color: '#0f172a',
  },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 },
  item: { borderBlockStart: '1px solid #cbd5e1', paddingBlockStart: 8 },
  code: { fontSize: 18, fontWeight: 700, letterSpacing: 2 },
  meta: { color: '#475569' },
} as const;

/**
 * What the memory adapter "sent", newest last: what would have arrived by email, text, call or
 * WhatsApp. Stories show it beside the component; their play functions read the code here.
 * Its labels are the catalog's `demo.*` strings, so it follows the locale toolbar.
 */
export function DemoOutbox({ outbox }: { outbox: Outbox }) {
  const format = useFormat();
  const copy = format.messages.demo;
  // "Code: {code}" around the code element, which play functions read.
  const [codeBefore = '', codeAfter = ''] = copy.code.split('{code}');
  const messages = useSyncExternalStore(
    outbox.subscribe,
    () => outbox.messages,
    () => outbox.messages,
  );
  return (
    <section aria-label={copy.outbox} data-testid="demo-outbox" style={styles.region}>
      <h2 style={{ fontSize: 14, margin: '0 0 8px' }}>{copy.outbox}</h2>
      {messages.length === 0 ? (
        <p style={styles.meta}>{copy.empty}</p>
      ) : (
        <ol style={styles.list}>
          {messages.map((message) => (
            <li key={message.id} style={styles.item} data-channel={message.channel} data-to={message.to}>
              <div style={styles.meta}>
                {format.format(copy.sentTo, { channel: format.messages.channels[message.channel], to: isolateLtr(message.to, format.locale) })}
                {message.subject ? ` · ${message.subject}` : ''}
              </div>
              <div>{message.text}</div>
              <div>
                {codeBefore}
                <code data-code dir="ltr" style={styles.code}>
                  {message.code}
                </code>
                {codeAfter}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
