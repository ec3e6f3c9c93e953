import { render, screen } from '@testing-library/react';
import { createMemoryAdapter } from '../../../src/adapters/memory';
import { useOptionalVerificationContext } from '../../../src/react/context';
import { VerificationProvider } from '../../../src/react';

function Probe() {
  const ctx = useOptionalVerificationContext()!;
  return (
    <output>
      {ctx.locale}|{ctx.messages.actions.resend}|{ctx.messages.actions.retry}|{ctx.theme?.primary}|{ctx.theme?.radius}
    </output>
  );
}

describe('nested VerificationProviders', () => {
  it('inherit locale, messages and theme from an outer provider and override what they set', () => {
    const outer = createMemoryAdapter({ seed: 1 });
    const inner = createMemoryAdapter({ seed: 2 });
    render(
      <VerificationProvider adapter={outer} locale="de" messages={{ actions: { resend: 'Code erneut senden' } }} theme={{ primary: '#123456', radius: 4 }}>
        <VerificationProvider adapter={inner} messages={{ actions: { retry: 'Erneut versuchen' } }} theme={{ radius: 12 }}>
          <Probe />
        </VerificationProvider>
      </VerificationProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('de|Code erneut senden|Erneut versuchen|#123456|12');
  });

  it('falls back to English and no theme without an outer provider', () => {
    render(
      <VerificationProvider adapter={createMemoryAdapter({ seed: 3 })}>
        <Probe />
      </VerificationProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('en|Resend code|Try again||');
  });
});
