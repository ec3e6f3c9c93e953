import { useRef, useState, type ReactNode } from 'react';
import { createMemoryAdapter } from '../../../src/adapters/memory';
import { SendCode, VerificationWizard } from '../../../src/components';
import { OtpInput } from '../../../src/components/otp-input';
import { VerificationProvider } from '../../../src/react';
import { themeStyle, type ThemePresetName } from '../../../src/theme';
import { contrastReport } from '../../../src/theme/contrast';
import { DemoOutbox } from '../../../src/entry/demo';
import { changedTokens, themeFromArgs, themeSnippet, type PlaygroundArgs } from './tokens';

// The report and the copy panel keep fixed, readable colours of their own: a designer trying a
// low-contrast theme must still be able to read what is wrong with it.
const panel = {
  fontFamily: 'system-ui, sans-serif',
  fontSize: 14,
  color: '#0f172a',
  background: '#ffffff',
  border: '1px solid #64748b',
  borderRadius: 8,
  padding: 12,
  minInlineSize: 0,
} as const;

// auto-fill with a min() floor: columns wrap before they overflow, from 320 px phones to 1440 px screens.
const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))', gap: 16 } as const;

function Tile({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} style={{ display: 'grid', gap: 8, alignContent: 'start', minInlineSize: 0 }}>
      <h3 style={{ margin: 0, fontSize: 13, fontWeight: 600 }}>{title}</h3>
      {children}
    </section>
  );
}

function ContrastTable({ args }: { args: PlaygroundArgs }) {
  const rows = contrastReport(themeFromArgs(args));
  const failing = rows.filter((r) => !r.pass).length;
  return (
    <section aria-labelledby="vk-playground-contrast" style={panel}>
      <h2 id="vk-playground-contrast" style={{ fontSize: 15, margin: '0 0 4px' }}>
        Contrast (WCAG AA)
      </h2>
      <p style={{ margin: '0 0 8px' }} data-testid="contrast-summary">
        {failing === 0 ? 'Every pair passes AA.' : `${failing} ${failing === 1 ? 'pair fails' : 'pairs fail'} AA.`}
      </p>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', inlineSize: '100%' }}>
          <thead>
            <tr style={{ textAlign: 'start' }}>
              <th scope="col" style={{ textAlign: 'start', paddingInlineEnd: 8 }}>Pair</th>
              <th scope="col" style={{ textAlign: 'start', paddingInlineEnd: 8 }}>Used for</th>
              <th scope="col" style={{ textAlign: 'end', paddingInlineEnd: 8 }}>Ratio</th>
              <th scope="col" style={{ textAlign: 'start' }}>AA</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.fg}/${r.bg}`} data-pair={`${r.fg}/${r.bg}`} data-pass={r.pass} style={{ borderBlockStart: '1px solid #cbd5e1' }}>
                <th scope="row" style={{ textAlign: 'start', fontWeight: 400, paddingInlineEnd: 8 }}>
                  <span aria-hidden style={{ display: 'inline-block', padding: '0 6px', marginInlineEnd: 6, borderRadius: 4, color: r.fgColor, background: r.bgColor, border: '1px solid #64748b' }}>
                    Aa
                  </span>
                  {r.fg} on {r.bg}
                </th>
                <td style={{ paddingInlineEnd: 8 }}>{r.usage}</td>
                <td style={{ textAlign: 'end', paddingInlineEnd: 8, fontVariantNumeric: 'tabular-nums' }}>
                  {r.ratio === null ? 'unknown' : `${r.ratio.toFixed(2)}:1`}
                </td>
                <td style={{ color: r.pass ? '#166534' : '#b91c1c', fontWeight: 600 }}>
                  {r.pass ? 'Pass' : `Fail (needs ${r.required}:1)`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Storybook's preview is an iframe; where the clipboard API is refused, a selected textarea and
    // execCommand still copy on a user's click.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function CopyTheme({ preset, args }: { preset: ThemePresetName; args: PlaygroundArgs }) {
  const snippet = themeSnippet(preset, changedTokens(args));
  const [announcement, setAnnouncement] = useState('');
  return (
    <section aria-labelledby="vk-playground-copy" style={panel}>
      <h2 id="vk-playground-copy" style={{ fontSize: 15, margin: '0 0 8px' }}>
        Your theme
      </h2>
      <pre data-testid="theme-snippet" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', margin: '0 0 8px', fontSize: 13 }}>
        {snippet}
      </pre>
      <button
        type="button"
        style={{ font: 'inherit', padding: '8px 14px', minBlockSize: 44, borderRadius: 6, border: '1px solid #0f172a', background: '#0f172a', color: '#ffffff', cursor: 'pointer' }}
        onClick={async () => {
          // Clear first so a second copy is announced again.
          setAnnouncement('');
          const ok = await copyText(snippet);
          setAnnouncement(ok ? 'Copied' : 'Copy failed: select the text above');
        }}
      >
        Copy theme
      </button>
      <span role="status" style={{ marginInlineStart: 12 }}>
        {announcement}
      </span>
    </section>
  );
}

/**
 * Every state of the three components under the theme the args describe, with a live contrast
 * report and the `theme` object to copy. The flows run on a memory backend (the play function
 * drives the code step, the error and the success states).
 */
export function ThemePlayground({ args }: { args: PlaygroundArgs }) {
  const theme = themeFromArgs(args);
  const adapterRef = useRef<ReturnType<typeof createMemoryAdapter> | null>(null);
  adapterRef.current ??= createMemoryAdapter({ seed: 11 });
  const adapter = adapterRef.current;
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <VerificationProvider adapter={adapter} theme={theme}>
        <div
          className="vk"
          data-part="root"
          data-testid="playground-preview"
          data-color-scheme={theme.colorScheme}
          style={{ ...themeStyle(theme), background: theme.background, color: theme.text, fontFamily: theme.fontFamily, padding: 16, borderRadius: 12, ...grid }}
        >
          <Tile title="Code field">
            <OtpInput aria-label="Empty code" />
            <OtpInput aria-label="Partly filled code" defaultValue="482" />
            <OtpInput aria-label="Invalid code" defaultValue="482913" error="That code isn’t right." />
            <OtpInput aria-label="Disabled code" defaultValue="48" disabled />
            <OtpInput aria-label="Masked code" defaultValue="482913" mask />
          </Tile>
          <Tile title="Send code: first step">
            <SendCode event="SignIn" headingLevel={4} />
          </Tile>
          <Tile title="Send code: code step">
            <SendCode event="Register" headingLevel={4} />
          </Tile>
          <Tile title="Wizard: step indicator">
            <VerificationWizard accountType="individual" event="Register" persist={false} loadStatus={false} headingLevel={4} />
          </Tile>
          <Tile title="Error">
            <SendCode event="SignIn" headingLevel={4} />
          </Tile>
          <Tile title="Success">
            <SendCode event="SignIn" headingLevel={4} />
          </Tile>
        </div>
      </VerificationProvider>
      <div style={grid}>
        <ContrastTable args={args} />
        <CopyTheme preset={args.preset} args={args} />
        <DemoOutbox outbox={adapter.outbox} />
      </div>
    </div>
  );
}
