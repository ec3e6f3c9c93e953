import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../../src/adapters/memory';
import { VerificationWizard } from '../../../src/components';
import { VerificationError } from '../../../src/core/errors';
import { VerificationProvider } from '../../../src/react';
import { codeFor, EMAIL, expectNoAxeViolations, PHONE, setup } from './helpers';

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.restoreAllMocks());

type User = ReturnType<typeof userEvent.setup>;

async function passEmail(user: User, adapter: ReturnType<typeof createMemoryAdapter>) {
  await user.type(screen.getByLabelText('Email address'), EMAIL);
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  await screen.findByLabelText('Verification code');
  await user.keyboard(codeFor(adapter, EMAIL));
  return screen.findByRole('heading', { name: 'Verify your phone number' });
}

async function passPhone(user: User, adapter: ReturnType<typeof createMemoryAdapter>) {
  await user.type(screen.getByLabelText('Phone number'), '(415) 555-0132');
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  await screen.findByLabelText('Verification code');
  await user.keyboard(codeFor(adapter, PHONE));
  return screen.findByRole('heading', { name: 'Your account is verified.' });
}

// Whole flows in jsdom, phone metadata included, take a few seconds each.
describe('VerificationWizard', { timeout: 30_000 }, () => {
  it('verifies email then phone, with a step indicator, focus on each new heading and a completion announcement', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    const onStepChange = vi.fn();
    const { adapter, container } = setup(<VerificationWizard onComplete={onComplete} onStepChange={onStepChange} />);
    const sendSpy = vi.spyOn(adapter, 'sendCode');
    expect(screen.getByText('Step 1 of 2')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Verify your email address to create your account' })).toBeInTheDocument();
    // The phone step does not exist before the email is verified: not rendered, not active.
    expect(screen.queryByLabelText('Phone number')).toBeNull();
    expect(container.querySelector('[data-kind="phone"]')).toBeNull();
    const phoneHeading = await passEmail(user, adapter);
    expect(phoneHeading).toHaveFocus();
    expect(screen.getByText('Step 2 of 2')).toBeInTheDocument();
    const done = await passPhone(user, adapter);
    expect(done).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Verification complete. Your account is verified.');
    expect(screen.queryByText(/Step \d of/)).toBeNull();
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    expect(onComplete).toHaveBeenCalledWith({
      email: EMAIL,
      phone: PHONE,
      proofs: { email: expect.stringMatching(/^demo_/), phone: expect.stringMatching(/^demo_/) },
    });
    expect(onStepChange.mock.calls).toEqual([['phone'], ['done']]);
    expect(sendSpy.mock.calls.map(([req]) => [req.channel, req.event])).toEqual([
      ['email', 'Register'],
      ['sms', 'Register'],
    ]);
  });

  it('stops after the email for a business account', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    const { adapter } = setup(<VerificationWizard accountType="business" onComplete={onComplete} />, { accountType: 'business' });
    expect(screen.getByText('Step 1 of 1')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Email address'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByLabelText('Verification code');
    await user.keyboard(codeFor(adapter, EMAIL));
    expect(await screen.findByRole('heading', { name: 'Your account is verified.' })).toHaveFocus();
    await waitFor(() => expect(onComplete).toHaveBeenCalledWith({ email: EMAIL, proofs: { email: expect.any(String) } }));
  });

  it('starts at the phone step when getStatus says the email is verified, without stealing focus', async () => {
    setup(<VerificationWizard />, { verified: [EMAIL] });
    const heading = await screen.findByRole('heading', { name: 'Verify your phone number' });
    expect(screen.getByText('Step 2 of 2')).toBeInTheDocument();
    expect(heading).not.toHaveFocus();
  });

  it('skips a step the backend answers already_verified for, once the backend hands over its proof', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    const { adapter } = setup(<VerificationWizard loadStatus={false} onComplete={onComplete} />);
    adapter.engine.markVerified(EMAIL);
    await user.type(screen.getByLabelText('Email address'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByRole('heading', { name: 'Verify your phone number' })).toHaveFocus();
    await user.type(screen.getByLabelText('Phone number'), '4155550132');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByLabelText('Verification code');
    await user.keyboard(codeFor(adapter, '+14155550132'));
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    const { proofs } = onComplete.mock.calls[0]![0] as { proofs: { email?: string; phone?: string } };
    expect(adapter.engine.checkProof(proofs.email!).to).toBe(EMAIL);
    expect(adapter.engine.checkProof(proofs.phone!).to).toBe('+14155550132');
  });

  it('does not skip a step on an already_verified that comes without a proof', async () => {
    const user = userEvent.setup();
    const { adapter } = setup(<VerificationWizard loadStatus={false} />);
    adapter.failNext(new VerificationError('already_verified', 'done before'), 'send');
    await user.type(screen.getByLabelText('Email address'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(adapter.requestCount).toBe(2)); // the send, then the status look-up
    expect(screen.getByRole('heading', { name: 'Verify your email address to create your account' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Phone number')).toBeNull();
  });

  it('offers "Change email" on the phone step, until completion', async () => {
    const user = userEvent.setup();
    const { adapter } = setup(<VerificationWizard />);
    await passEmail(user, adapter);
    await user.click(screen.getByRole('button', { name: 'Change email address' }));
    expect(await screen.findByRole('heading', { name: 'Verify your email address to create your account' })).toHaveFocus();
    expect(screen.getByText('Step 1 of 2')).toBeInTheDocument();
    expect(screen.getByLabelText('Email address')).toHaveValue(EMAIL);
    expect(screen.queryByLabelText('Phone number')).toBeNull();
  });

  it('offers a call or WhatsApp on the phone step when phoneChannels allow', async () => {
    const user = userEvent.setup();
    const { adapter } = setup(<VerificationWizard phoneChannels={['sms', 'voice', 'whatsapp']} />);
    await passEmail(user, adapter);
    const choice = screen.getByRole('group', { name: 'Send the code by' });
    await user.click(within(choice).getByRole('radio', { name: 'WhatsApp' }));
    await user.type(screen.getByLabelText('Phone number'), '(415) 555-0132');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByText('We’ve sent a code to +1 ••• ••• ••32 on WhatsApp.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Text me instead' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Call me instead' })).toBeInTheDocument();
    expect(adapter.outbox.last(PHONE)?.channel).toBe('whatsapp');
  });

  it('resumes after a reload from sessionStorage, which never holds a code', async () => {
    const user = userEvent.setup();
    const adapter = createMemoryAdapter({ seed: 5 });
    const ui = (
      <VerificationProvider adapter={adapter}>
        <VerificationWizard />
      </VerificationProvider>
    );
    const first = render(ui);
    await user.type(screen.getByLabelText('Email address'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByLabelText('Verification code');
    const code = codeFor(adapter, EMAIL);
    await user.keyboard(code.slice(0, 4));
    const stored = sessionStorage.getItem('verikit:flow:Register') ?? '';
    expect(stored).toContain('"status":"sent"');
    expect(stored).not.toContain(code.slice(0, 4));
    first.unmount();

    render(ui);
    const input = await screen.findByLabelText('Verification code');
    expect(input).toHaveValue('');
    expect(screen.getByText('We’ve sent a code to j•••@example.com.')).toBeInTheDocument();
    await user.click(input);
    await user.keyboard(code);
    await screen.findByRole('heading', { name: 'Verify your phone number' });
    // The email's proof is kept for the next reload; the code never is.
    const saved = sessionStorage.getItem('verikit:flow:Register') ?? '';
    expect(saved).not.toContain(`"${code}"`);
    expect(adapter.engine.checkProof(JSON.parse(saved).email.proof).to).toBe(EMAIL);
  });

  it('does not persist with persist={false}', async () => {
    const user = userEvent.setup();
    setup(<VerificationWizard persist={false} />);
    await user.type(screen.getByLabelText('Email address'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByLabelText('Verification code');
    expect(sessionStorage.length).toBe(0);
  });

  it('inside a host form: no nested form, the host form is never submitted, and every button is type=button', async () => {
    const user = userEvent.setup();
    const onHostSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    const adapter = createMemoryAdapter({ seed: 11 });
    const { container } = render(
      <VerificationProvider adapter={adapter}>
        <form onSubmit={onHostSubmit}>
          <VerificationWizard />
          <button type="submit">Create account</button>
        </form>
      </VerificationProvider>,
    );
    const wizard = container.querySelector<HTMLElement>('[data-scope="wizard"]')!;
    expect(wizard).toHaveAttribute('data-in-form');
    await user.type(screen.getByLabelText('Email address'), `${EMAIL}{Enter}`);
    await screen.findByLabelText('Verification code');
    await user.keyboard(codeFor(adapter, EMAIL));
    await screen.findByRole('heading', { name: 'Verify your phone number' });
    await user.type(screen.getByLabelText('Phone number'), '4155550132{Enter}');
    await screen.findByLabelText('Verification code');
    expect(container.querySelectorAll('form')).toHaveLength(1);
    for (const button of within(wizard).getAllByRole('button')) expect(button).toHaveAttribute('type', 'button');
    await user.keyboard(`${codeFor(adapter, PHONE)}{Enter}`);
    await screen.findByRole('heading', { name: 'Your account is verified.' });
    expect(onHostSubmit).not.toHaveBeenCalled();
  });

  it('passes axe on every step', async () => {
    const user = userEvent.setup();
    const { adapter, container } = setup(<VerificationWizard phoneChannels={['sms', 'voice']} />);
    await expectNoAxeViolations(container);
    await user.type(screen.getByLabelText('Email address'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByLabelText('Verification code');
    await expectNoAxeViolations(container);
    await user.keyboard(codeFor(adapter, EMAIL));
    await screen.findByRole('heading', { name: 'Verify your phone number' });
    await expectNoAxeViolations(container);
    await user.type(screen.getByLabelText('Phone number'), '(415) 555-0132');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByLabelText('Verification code');
    await expectNoAxeViolations(container);
    await user.keyboard(codeFor(adapter, PHONE));
    await screen.findByRole('heading', { name: 'Your account is verified.' });
    await expectNoAxeViolations(container);
  });
});
