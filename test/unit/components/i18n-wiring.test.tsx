import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SendCode, VerificationWizard } from '../../../src/components';
import { createMemoryAdapter } from '../../../src/adapters/memory';
import { createManualClock } from '../../../src/core/clock';
import { VerificationError } from '../../../src/core/errors';
import { de } from '../../../src/i18n/locales/de';
import { VerificationProvider } from '../../../src/react';
import { codeFor, EMAIL, setup, START, wrong } from './helpers';

// The #12 copy as the components use it: one sentence per state, durations from formatDuration,
// and the keys that used to be unused (expiresIn, steps.*) on screen.
async function sendEmail(user: ReturnType<typeof userEvent.setup>, send = 'Send code') {
  await user.type(screen.getByRole('textbox', { name: 'Email address' }), EMAIL);
  await user.click(screen.getByRole('button', { name: send }));
  return screen.findByLabelText('Verification code');
}

describe('message wiring', () => {
  it('says when the code expires, in minutes, then seconds, and goes once it has', async () => {
    const user = userEvent.setup();
    const { clock } = setup(<SendCode />, { ttlMs: 600_000 });
    await sendEmail(user);
    // textContent, not getByText: the no-break space between number and unit is part of the check.
    const expiry = () => document.querySelector('[data-part="expiry"]')?.textContent;
    expect(expiry()).toBe('The code expires in 10\u00a0min.');
    act(() => clock.advance(9 * 60_000 + 30_000));
    await vi.waitFor(() => expect(expiry()).toBe('The code expires in 30\u00a0sec.'), { timeout: 10_000 });
    act(() => clock.advance(30_000));
    await vi.waitFor(() => expect(expiry()).toBeUndefined(), { timeout: 10_000 });
  });

  it('reads a wrong code with attempts left as one sentence, and the last wrong code as too many', async () => {
    const user = userEvent.setup();
    const { adapter } = setup(<SendCode />, { maxAttempts: 2 });
    const input = await sendEmail(user);
    await user.type(input, wrong(codeFor(adapter, EMAIL)));
    expect(await screen.findByText('That code isn’t right. You have 1 try left.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Verification code'), wrong(codeFor(adapter, EMAIL)));
    expect(await screen.findByText('Too many wrong codes. Get a new code to try again.')).toBeInTheDocument();
    expect(screen.queryByText(/left/)).toBeNull();
  });

  it('shows a rate limit without a frozen number: the live countdown on Send is the only one, in minutes from a minute on', async () => {
    const user = userEvent.setup();
    const { adapter, clock } = setup(<SendCode />);
    adapter.failNext(new VerificationError('rate_limited', 'slow down', { retryAfterMs: 3_600_000 }), 'send');
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    const alert = await screen.findByText('Too many requests for now. Wait a moment, then try again.');
    expect(alert.textContent).not.toMatch(/\d/);
    expect(screen.getByRole('button', { name: 'Send code in 60\u00a0min' })).toBeDisabled();
    act(() => clock.advance(3_600_000 - 65_000));
    expect(await screen.findByRole('button', { name: 'Send code in 1\u00a0min 5\u00a0sec' })).toBeDisabled();
  });

  it('hedges the resend announcement on a password reset too', async () => {
    const user = userEvent.setup();
    const { clock } = setup(<SendCode event="ForgotPassword" />);
    await sendEmail(user, 'Send reset code');
    act(() => clock.advance(30_000));
    await user.click(await screen.findByRole('button', { name: 'Resend code' }));
    expect(await screen.findByRole('status')).toHaveTextContent('If j•••@example.com belongs to an account, we’ve sent it a code.');
    expect(screen.queryByText(/new code to/)).toBeNull();
  });

  it('names the current step in the wizard’s step indicator', async () => {
    const clock = createManualClock(START);
    render(
      <VerificationProvider adapter={createMemoryAdapter({ seed: 7, clock })} clock={clock} locale="de" messages={de}>
        <VerificationWizard />
      </VerificationProvider>,
    );
    const status = document.querySelector('[data-part="steps"] [data-part="status"]')!;
    expect(status).toHaveTextContent('Schritt 1 von 2 · E-Mail-Adresse');
    expect(status.querySelector('[data-part="step-name"]')).toHaveTextContent(de.steps.email);
  });
});
