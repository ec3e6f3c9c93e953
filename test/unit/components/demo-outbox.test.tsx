import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryAdapter } from '../../../src/adapters/memory';
import { DemoOutbox } from '../../../src/entry/demo';
import fr from '../../../src/entry/locales/fr';
import { VerificationProvider } from '../../../src/react';
import { EMAIL, expectNoAxeViolations, PHONE } from './helpers';

describe('DemoOutbox (verikit/demo)', () => {
  it('shows each message with its channel, destination, text and code in a region named "Demo outbox"', async () => {
    const adapter = createMemoryAdapter({ seed: 3 });
    const { container } = render(<DemoOutbox outbox={adapter.outbox} />);
    const region = screen.getByRole('region', { name: 'Demo outbox' });
    expect(within(region).getByText('No messages yet.')).toBeInTheDocument();

    await act(() => adapter.sendCode({ channel: 'email', to: EMAIL, event: 'SignIn' }));
    adapter.engine.markVerified(EMAIL);
    await act(() => adapter.sendCode({ channel: 'voice', to: PHONE, event: 'SignIn' }));
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const [email, call] = adapter.outbox.messages;
    expect(items[0]).toHaveTextContent(`Email to ${EMAIL}`);
    expect(items[0]).toHaveTextContent(email!.text);
    expect(items[0]!.querySelector('[data-code]')).toHaveTextContent(email!.code);
    expect(items[0]).toHaveTextContent(`Code: ${email!.code}`);
    expect(items[1]).toHaveTextContent(`Phone call to ${PHONE}`);
    expect(items[1]).toHaveAttribute('data-channel', 'voice');
    expect(items[1]!.querySelector('[data-code]')).toHaveTextContent(call!.code);
    expect(within(region).queryByText('No messages yet.')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('follows the provider catalog (French)', async () => {
    const adapter = createMemoryAdapter({ seed: 4 });
    render(
      <VerificationProvider adapter={adapter} locale="fr" messages={fr}>
        <DemoOutbox outbox={adapter.outbox} />
      </VerificationProvider>,
    );
    await act(() => adapter.sendCode({ channel: 'email', to: EMAIL, event: 'SignIn', locale: 'fr' }));
    const region = screen.getByRole('region', { name: fr.demo.outbox });
    expect(region).toHaveAttribute('lang', 'fr');
    expect(within(region).getByRole('listitem')).toHaveTextContent(`E-mail à ${EMAIL}`);
    expect(within(region).getByRole('listitem')).toHaveTextContent(`Code : ${adapter.outbox.messages[0]!.code}`);
    expect(within(region).getByRole('button', { name: fr.demo.clear })).toBeInTheDocument();
  });

  it('empties when the outbox is cleared, from its Clear button or from code', async () => {
    const user = userEvent.setup();
    const adapter = createMemoryAdapter({ seed: 5 });
    render(<DemoOutbox outbox={adapter.outbox} />);
    await act(() => adapter.sendCode({ channel: 'email', to: EMAIL, event: 'SignIn' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText('No messages yet.')).toBeInTheDocument();

    await act(() => adapter.sendCode({ channel: 'email', to: 'other@example.com', event: 'SignIn' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    act(() => adapter.outbox.clear());
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });
});
