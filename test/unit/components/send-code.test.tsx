import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../../src/adapters/memory';
import type { VerificationAdapter } from '../../../src/adapters/types';
import { SendCode } from '../../../src/components';
import { VerificationError } from '../../../src/core/errors';
import type { SentCode } from '../../../src/core/types';
import { VerificationProvider } from '../../../src/react';
import { codeFor, EMAIL, expectNoAxeViolations, PHONE, setup, wrong } from './helpers';

afterEach(() => vi.restoreAllMocks());

async function sendEmail(user: ReturnType<typeof userEvent.setup>, email = EMAIL) {
  await user.type(screen.getByRole('textbox', { name: 'Email address' }), email);
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  return screen.findByLabelText('Verification code');
}

describe('SendCode, step 1', () => {
  it('asks for an email with the right input type and catalog validation messages, and sends nothing invalid', async () => {
    const user = userEvent.setup();
    const { adapter } = setup(<SendCode />);
    const spy = vi.spyOn(adapter, 'sendCode');
    const email = screen.getByLabelText('Email address');
    expect(email).toHaveAttribute('type', 'email');
    expect(email).toHaveAttribute('autocomplete', 'email');
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByText('Enter your email address.')).toHaveAttribute('role', 'alert');
    expect(email).toHaveFocus();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Enter your email address.');
    await user.type(email, 'jane@example');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Enter a valid email address, like name@example.com.')).toBeInTheDocument();
    expect(spy).not.toHaveBeenCalled();
  });

  it('asks for a phone number with a country selector defaulting from the locale, and sends E.164', async () => {
    const user = userEvent.setup();
    const { adapter } = setup(<SendCode channel="sms" event="Register" />, { verified: [EMAIL] });
    const spy = vi.spyOn(adapter, 'sendCode');
    expect(screen.getByRole('heading', { name: 'Verify your phone number' })).toBeInTheDocument();
    const phone = screen.getByLabelText('Phone number');
    expect(phone).toHaveAttribute('type', 'tel');
    expect(phone).toHaveAttribute('autocomplete', 'tel');
    const country = screen.getByLabelText<HTMLSelectElement>('Country or region');
    expect(country).toHaveValue('US');
    await waitFor(() => expect(country.options.length).toBeGreaterThan(200));
    await user.type(phone, '555');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByText('Enter a valid phone number for the selected country.')).toBeInTheDocument();
    await user.clear(phone);
    await user.type(phone, '(415) 555-0132');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByLabelText('Verification code');
    expect(spy).toHaveBeenCalledWith(expect.objectContaining({ channel: 'sms', to: PHONE, event: 'Register' }), expect.anything());
    expect(screen.getByText('We’ve sent a code to +1 ••• ••• ••32.')).toBeInTheDocument();
  });

  it('reads a national number against the chosen country', async () => {
    const user = userEvent.setup();
    const { adapter } = setup(<SendCode channel="sms" locale="de" />, { verified: [EMAIL] });
    const spy = vi.spyOn(adapter, 'sendCode');
    const country = screen.getByLabelText<HTMLSelectElement>('Country or region');
    expect(country).toHaveValue('DE');
    await waitFor(() => expect(country.options.length).toBeGreaterThan(200));
    await user.selectOptions(country, 'GB');
    await user.type(screen.getByLabelText('Phone number'), '07400 123456');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByLabelText('Verification code');
    expect(spy).toHaveBeenCalledWith(expect.objectContaining({ to: '+447400123456', locale: 'de' }), expect.anything());
  });

  it('passes the event to the adapter and never says whether an account exists on a password reset', async () => {
    const user = userEvent.setup();
    const { adapter } = setup(<SendCode event="ForgotPassword" />);
    const spy = vi.spyOn(adapter, 'sendCode');
    expect(screen.getByRole('heading', { name: 'Reset your password' })).toBeInTheDocument();
    expect(screen.getByText(/If it belongs to an account/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Email address'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send reset code' }));
    await screen.findByLabelText('Verification code');
    expect(spy.mock.calls[0]?.[0]).toMatchObject({ event: 'ForgotPassword', channel: 'email' });
    // The code step is hedged too: "We've sent a code" would confirm the account exists.
    expect(screen.getByText('If j•••@example.com belongs to an account, we’ve sent it a code.')).toBeInTheDocument();
    expect(screen.queryByText(/We’ve sent a code/)).toBeNull();
  });

  it('makes exactly one send request from a double click', async () => {
    const user = userEvent.setup();
    const { adapter } = setup(<SendCode />, { latencyMs: 30 });
    const spy = vi.spyOn(adapter, 'sendCode');
    await user.type(screen.getByLabelText('Email address'), EMAIL);
    await user.dblClick(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByLabelText('Verification code');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(adapter.outbox.messages).toHaveLength(1);
  });

  it('keeps what was typed and offers a retry after a network error or timeout on send', async () => {
    const user = userEvent.setup();
    const { adapter } = setup(<SendCode />);
    adapter.failNext('timeout', 'send');
    await user.type(screen.getByLabelText('Email address'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByText('This is taking too long. Try again.')).toBeInTheDocument();
    expect(screen.getByLabelText('Email address')).toHaveValue(EMAIL);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Verification code')).toBeInTheDocument();
    expect(adapter.outbox.messages).toHaveLength(1);
  });

  it('holds Send for a rate limit on the first send', async () => {
    const user = userEvent.setup();
    const { adapter } = setup(<SendCode />);
    adapter.failNext(new VerificationError('rate_limited', 'slow down', { retryAfterMs: 12_000 }), 'send');
    await user.type(screen.getByLabelText('Email address'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByText('Too many requests for now. Wait a moment, then try again.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send code in 12\u00a0sec' })).toBeDisabled();
  });

  it('leaves no warnings when unmounted while a send is running', async () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const user = userEvent.setup();
    let signal: AbortSignal | undefined;
    const adapter: VerificationAdapter = {
      sendCode: (_req, opts) =>
        new Promise<SentCode>((_resolve, reject) => {
          signal = opts?.signal;
          opts?.signal?.addEventListener('abort', () => reject(opts.signal?.reason));
        }),
      verifyCode: () => Promise.reject(new Error('unused')),
    };
    const { unmount } = render(<SendCode adapter={adapter} />);
    await user.type(screen.getByLabelText('Email address'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(signal).toBeDefined());
    expect(screen.getByRole('button', { name: 'Sending…' })).toBeInTheDocument();
    unmount();
    expect(signal?.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });
});

describe('SendCode, step 2', () => {
  it('shows the masked address, focuses the code field, counts down Resend and auto-submits the complete code', async () => {
    const user = userEvent.setup();
    const onSent = vi.fn();
    const onVerified = vi.fn();
    const { adapter, clock } = setup(<SendCode event="Register" onSent={onSent} onVerified={onVerified} />);
    const input = await sendEmail(user);
    expect(screen.getByText('We’ve sent a code to j•••@example.com.')).toHaveAttribute('aria-live', 'polite');
    expect(input).toHaveFocus();
    expect(input).toHaveAccessibleDescription(/We’ve sent a code to j•••@example.com/);
    const resend = screen.getByRole('button', { name: 'Resend code in 30\u00a0sec' });
    expect(resend).toBeDisabled();
    act(() => clock.advance(3000));
    await screen.findByRole('button', { name: 'Resend code in 27\u00a0sec' });
    expect(onSent).toHaveBeenCalledWith(expect.objectContaining({ to: EMAIL, channel: 'email' }));
    await user.keyboard(codeFor(adapter, EMAIL));
    expect(await screen.findByRole('heading', { name: 'Email address verified.' })).toHaveFocus();
    expect(onVerified).toHaveBeenCalledWith(expect.objectContaining({ to: EMAIL, proof: expect.stringMatching(/^demo_/) }));
    expect(screen.getByRole('status')).toHaveTextContent('Verification complete. Email address verified.');
  });

  it('resends once the countdown is over and announces it', async () => {
    const user = userEvent.setup();
    const { adapter, clock } = setup(<SendCode />);
    await sendEmail(user);
    act(() => clock.advance(30_000));
    await user.click(await screen.findByRole('button', { name: 'Resend code' }));
    await waitFor(() => expect(adapter.outbox.messages).toHaveLength(2));
    expect(screen.getByRole('status')).toHaveTextContent('We’ve sent a new code to j•••@example.com.');
    expect(screen.getByLabelText('Verification code')).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Resend code in 30\u00a0sec' })).toBeDisabled();
  });

  it('asks for every digit before verifying', async () => {
    const user = userEvent.setup();
    const { adapter } = setup(<SendCode />);
    const spy = vi.spyOn(adapter, 'verifyCode');
    await sendEmail(user);
    await user.keyboard('123');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(screen.getByText('Enter all 6 digits of the code.')).toBeInTheDocument();
    expect(spy).not.toHaveBeenCalled();
  });

  it('on a wrong code clears the field, keeps focus and shows the attempts left', async () => {
    const user = userEvent.setup();
    const { adapter } = setup(<SendCode />);
    const input = await sendEmail(user);
    await user.keyboard(wrong(codeFor(adapter, EMAIL)));
    expect(await screen.findByText('That code isn’t right. You have 4 tries left.')).toHaveAttribute('role', 'alert');
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    // Typing again answers the error.
    await user.keyboard('1');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('offers a new code when the code has expired', async () => {
    const user = userEvent.setup();
    const { adapter, clock } = setup(<SendCode />, { ttlMs: 60_000 });
    const input = await sendEmail(user);
    const stale = codeFor(adapter, EMAIL);
    act(() => clock.advance(61_000));
    await user.click(input);
    await user.keyboard(stale);
    expect(await screen.findByText('That code has expired. Get a new code.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Get a new code' }));
    await waitFor(() => expect(adapter.outbox.messages).toHaveLength(2));
    await user.keyboard(codeFor(adapter, EMAIL));
    expect(await screen.findByRole('heading', { name: 'Email address verified.' })).toBeInTheDocument();
  });

  it('locks the field after too many attempts and offers a new code when allowed', async () => {
    const user = userEvent.setup();
    const { adapter, clock } = setup(<SendCode />, { maxAttempts: 2 });
    const input = await sendEmail(user);
    const bad = wrong(codeFor(adapter, EMAIL));
    await user.keyboard(bad);
    await screen.findByText(/You have 1 try left/);
    await user.keyboard(bad);
    expect(await screen.findByText('Too many wrong codes. Get a new code to try again.')).toBeInTheDocument();
    expect(input).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Verify' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Sign in' })).toHaveFocus();
    expect(screen.getByRole('button', { name: /^Get a new code in \d+\ssec$/ })).toBeDisabled();
    act(() => clock.advance(30_000));
    await user.click(await screen.findByRole('button', { name: 'Get a new code' }));
    await waitFor(() => expect(screen.getByLabelText('Verification code')).toBeEnabled());
    await user.keyboard(codeFor(adapter, EMAIL));
    expect(await screen.findByRole('heading', { name: 'Email address verified.' })).toBeInTheDocument();
  });

  it('disables resend for the wait a rate limit gives', async () => {
    const user = userEvent.setup();
    const { adapter, clock } = setup(<SendCode />);
    await sendEmail(user);
    act(() => clock.advance(30_000));
    const resend = await screen.findByRole('button', { name: 'Resend code' });
    adapter.failNext(new VerificationError('rate_limited', 'slow down', { retryAfterMs: 45_000 }), 'send');
    await user.click(resend);
    expect(await screen.findByText('Too many requests for now. Wait a moment, then try again.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resend code in 45\u00a0sec' })).toBeDisabled();
    // The code already out still works.
    await user.click(screen.getByLabelText('Verification code'));
    await user.keyboard(codeFor(adapter, EMAIL));
    expect(await screen.findByRole('heading', { name: 'Email address verified.' })).toBeInTheDocument();
  });

  it('keeps the typed code after a network error and verifies it on retry', async () => {
    const user = userEvent.setup();
    const { adapter } = setup(<SendCode />);
    const input = await sendEmail(user);
    adapter.failNext('network', 'verify');
    const code = codeFor(adapter, EMAIL);
    await user.keyboard(code);
    expect(await screen.findByText('You seem to be offline. Check your connection and try again.')).toBeInTheDocument();
    expect(input).toHaveValue(code);
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Email address verified.' })).toBeInTheDocument();
  });

  it('goes back to the field with "Change email", keeping the address to edit', async () => {
    const user = userEvent.setup();
    setup(<SendCode />);
    await sendEmail(user);
    await user.click(screen.getByRole('button', { name: 'Change email address' }));
    const email = screen.getByLabelText('Email address');
    expect(email).toHaveValue(EMAIL);
    expect(email).toHaveFocus();
  });

  it('offers a call or WhatsApp instead when those channels are allowed', async () => {
    const user = userEvent.setup();
    const { adapter, clock } = setup(<SendCode channel={['sms', 'voice', 'whatsapp']} />, { verified: [EMAIL] });
    const spy = vi.spyOn(adapter, 'sendCode');
    const choice = screen.getByRole('group', { name: 'Send the code by' });
    expect(within(choice).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['sms', 'voice', 'whatsapp']);
    await user.type(screen.getByLabelText('Phone number'), '+1 415 555 0132');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByLabelText('Verification code');
    expect(screen.getByRole('button', { name: 'Call me instead' })).toBeDisabled();
    act(() => clock.advance(30_000));
    const call = screen.getByRole('button', { name: 'Call me instead' });
    await waitFor(() => expect(call).toBeEnabled());
    await user.click(call);
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(2));
    await screen.findByText('We’re calling +1 ••• ••• ••32. Answer to hear your code.');
    expect(spy.mock.calls.map(([req]) => req.channel)).toEqual(['sms', 'voice']);
    await user.click(screen.getByLabelText('Verification code'));
    await user.keyboard(codeFor(adapter, PHONE));
    expect(await screen.findByRole('heading', { name: 'Phone number verified.' })).toBeInTheDocument();
  });

  it('passes theme, unstyled and classNames to its parts and the inner OtpInput', async () => {
    const user = userEvent.setup();
    const { container } = setup(
      <SendCode unstyled theme={{ primary: '#123456', colorScheme: 'dark' }} classNames={{ root: 'r', button: 'b', code: 'c', title: 't' }} />,
    );
    const root = container.querySelector('[data-scope="send-code"]')!;
    expect(root).toHaveClass('r');
    expect(root).not.toHaveClass('vk');
    expect(root).toHaveAttribute('data-color-scheme', 'dark');
    expect((root as HTMLElement).style.getPropertyValue('--vk-primary')).toBe('#123456');
    expect(screen.getByRole('heading')).toHaveClass('t');
    await sendEmail(user);
    const otp = container.querySelector('[data-scope="otp-input"]')!;
    expect(otp).toHaveClass('c');
    expect(otp).not.toHaveClass('vk');
    expect(screen.getByRole('button', { name: 'Verify' })).toHaveClass('b');
    expect(root).toHaveAttribute('data-state', 'code');
  });

  it('works with its own adapter and message overrides, outside any provider', async () => {
    const user = userEvent.setup();
    const adapter = createMemoryAdapter({ seed: 3 });
    render(<SendCode adapter={adapter} messages={{ templates: { SignIn: { send: 'Email me a code' } } }} />);
    await user.type(screen.getByLabelText('Email address'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Email me a code' }));
    expect(await screen.findByLabelText('Verification code')).toBeInTheDocument();
  });

  it('explains what is missing without an adapter', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<SendCode />)).toThrow(/needs an adapter/);
  });
});

describe('SendCode inside a host form', () => {
  it('renders no nested form, never submits the host form, and Enter still sends and verifies', async () => {
    const user = userEvent.setup();
    const onHostSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    const adapter = createMemoryAdapter({ seed: 9 });
    const { container } = render(
      <VerificationProvider adapter={adapter}>
        <form onSubmit={onHostSubmit} aria-label="Sign up">
          <SendCode />
          <button type="submit">Create account</button>
        </form>
      </VerificationProvider>,
    );
    expect(container.querySelectorAll('form')).toHaveLength(1);
    const group = screen.getByRole('group', { name: 'Sign in' });
    expect(screen.getByRole('button', { name: 'Send code' })).toHaveAttribute('type', 'button');
    await user.type(screen.getByLabelText('Email address'), `${EMAIL}{Enter}`);
    const input = await screen.findByLabelText('Verification code');
    expect(container.querySelectorAll('form')).toHaveLength(1);
    expect(within(container).getAllByRole('group').length).toBeGreaterThan(0);
    expect(group).not.toBeInTheDocument();
    for (const button of within(container.querySelector('[data-scope="send-code"]') as HTMLElement).getAllByRole('button')) {
      expect(button).toHaveAttribute('type', 'button');
    }
    await user.click(input);
    await user.keyboard(`${codeFor(adapter, EMAIL).slice(0, 6)}`);
    expect(await screen.findByRole('heading', { name: 'Email address verified.' })).toBeInTheDocument();
    expect(onHostSubmit).not.toHaveBeenCalled();
  });

  it('verifies on Enter in the code field inside a host form', async () => {
    const user = userEvent.setup();
    const onHostSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    const adapter = createMemoryAdapter({ seed: 10 });
    const spy = vi.spyOn(adapter, 'verifyCode');
    render(
      <VerificationProvider adapter={adapter}>
        <form onSubmit={onHostSubmit}>
          <SendCode />
        </form>
      </VerificationProvider>,
    );
    await user.type(screen.getByLabelText('Email address'), `${EMAIL}{Enter}`);
    await screen.findByLabelText('Verification code');
    await user.keyboard('12{Enter}');
    expect(screen.getByText('Enter all 6 digits of the code.')).toBeInTheDocument();
    expect(spy).not.toHaveBeenCalled();
    expect(onHostSubmit).not.toHaveBeenCalled();
  });
});

describe('SendCode accessibility', { timeout: 30_000 }, () => {
  it('passes axe on the field, the validation error, the code step, a code error and the done screen', async () => {
    const user = userEvent.setup();
    const { adapter, container } = setup(<SendCode channel={['email', 'sms']} />);
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByText('Enter your email address.');
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('radio', { name: 'Text message' }));
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('radio', { name: 'Email' }));
    await sendEmail(user);
    await expectNoAxeViolations(container);
    await user.keyboard(wrong(codeFor(adapter, EMAIL)));
    await screen.findByText(/tries left/);
    await expectNoAxeViolations(container);
    await user.keyboard(codeFor(adapter, EMAIL));
    await screen.findByRole('heading', { name: 'Email address verified.' });
    await expectNoAxeViolations(container);
  });
});
