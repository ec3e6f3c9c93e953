import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpAdapter } from '../../../src/adapters/http';
import { SendCode, VerificationWizard, type WizardResult } from '../../../src/components';
import { createManualClock } from '../../../src/core/clock';
import { VerificationProvider } from '../../../src/react';
import { createVerificationHandler } from '../../../src/server/handler';
import { memoryProvider } from '../../../src/server/providers/memory';
import { verifyProof } from '../../../src/server/token';

/**
 * The wizard on the http adapter against `verikit/server` (memory provider), when the server no
 * longer accepts the email's proof by the time the phone step asks for a code: the proof has
 * expired (`order_violation`), or the app's session changed under the wizard (`session_expired`).
 * The wizard must go back to the email step instead of refusing every retry on the phone step.
 */
const SECRET = 'stale-proof-test-secret-0123456789-abcdef';
const EMAIL = 'jane@example.com';
const PHONE = '+14155550132';
const PROOF_TTL = 5 * 60_000;
const EMAIL_TITLE = 'Verify your email address to create your account';
const PHONE_TITLE = 'Verify your phone number';
const clock = createManualClock(Date.UTC(2026, 0, 1));

beforeEach(() => sessionStorage.clear());
afterEach(() => cleanup());

/** The app's server: its session (the subject) can change under the page, as when a session cookie is renewed. */
function backend() {
  const provider = memoryProvider({ seed: 7, clock });
  const session = { subject: 'session-1' };
  const handler = createVerificationHandler({
    provider,
    secret: SECRET,
    getSubject: () => session.subject,
    basePath: '/api/verify',
    proofTtlMs: PROOF_TTL,
    now: clock.now,
  });
  const fetchImpl: typeof fetch = (input, init) => handler(new Request(input as RequestInfo, init));
  return {
    session,
    adapter: createHttpAdapter({ baseUrl: 'https://app.test/api/verify', fetch: fetchImpl }),
    code: (to: string) => provider.engine(session.subject).lastCode(to)!,
    /** How many messages the backend has sent this session. */
    sent: () => provider.engine(session.subject).outbox.messages.length,
  };
}

function mount(b: ReturnType<typeof backend>, onComplete: (result: WizardResult) => void) {
  return render(
    <VerificationProvider adapter={b.adapter} clock={clock}>
      <VerificationWizard onComplete={onComplete} />
    </VerificationProvider>,
  );
}

async function verifyEmail(user: ReturnType<typeof userEvent.setup>, b: ReturnType<typeof backend>, type = true) {
  if (type) await user.type(await screen.findByLabelText('Email address'), EMAIL);
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  await screen.findByLabelText('Verification code');
  await user.keyboard(b.code(EMAIL));
  await screen.findByRole('heading', { name: PHONE_TITLE });
}

async function sendPhone(user: ReturnType<typeof userEvent.setup>, type = true) {
  if (type) await user.type(screen.getByLabelText('Phone number'), '4155550132');
  await user.click(screen.getByRole('button', { name: 'Send code' }));
}

/** What the user sees once the server has refused the stale proof: the email step again, with why. */
async function expectEmailStepAgain(message: string) {
  const heading = await screen.findByRole('heading', { name: EMAIL_TITLE });
  expect(screen.getByText('Step 1 of 2')).toBeInTheDocument();
  // The address is kept as a draft, ready to send again.
  expect(screen.getByLabelText('Email address')).toHaveValue(EMAIL);
  // Announced (role="alert"), and focus on the step's heading as on every step change.
  expect(screen.getByRole('alert')).toHaveTextContent(message);
  expect(heading).toHaveFocus();
  expect(screen.queryByRole('heading', { name: PHONE_TITLE })).not.toBeInTheDocument();
  // A reload now must not resume the email as verified either.
  const stored = JSON.parse(sessionStorage.getItem('verikit:flow:Register')!) as { email: { status: string; to: string; proof: string | null } };
  expect(stored.email).toMatchObject({ status: 'idle', to: EMAIL, proof: null });
}

describe('VerificationWizard when the server no longer accepts the email proof', () => {
  it('an expired email proof (order_violation on the phone send) takes the user back to the email step, address kept, reason announced, heading focused', async () => {
    const b = backend();
    const onComplete = vi.fn<(result: WizardResult) => void>();
    const user = userEvent.setup();
    mount(b, onComplete);
    await verifyEmail(user, b);
    act(() => clock.advance(PROOF_TTL + 1_000));
    await sendPhone(user);
    await expectEmailStepAgain('Verify your email address first.');
    expect(onComplete).not.toHaveBeenCalled();

    // Send again: the backend still knows the address as verified for this session, so the
    // server answers already_verified with a fresh proof, and the wizard moves on without a code.
    const sentBefore = b.sent();
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByRole('heading', { name: PHONE_TITLE })).toHaveFocus();
    expect(b.sent()).toBe(sentBefore);
    await sendPhone(user, false);
    await screen.findByLabelText('Verification code');
    await user.keyboard(b.code(PHONE));
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    const { proofs } = onComplete.mock.calls[0]![0];
    await expect(verifyProof(proofs.email!, SECRET, { subject: 'session-1', channel: 'email', to: EMAIL, now: clock.now() })).resolves.toBeDefined();
    await expect(verifyProof(proofs.phone!, SECRET, { subject: 'session-1', to: PHONE, now: clock.now() })).resolves.toBeDefined();
  });

  it('a session that changed under the wizard (session_expired on the phone verify): back to the email step, then email → phone again completes with both proofs the server accepts', async () => {
    const b = backend();
    const onComplete = vi.fn<(result: WizardResult) => void>();
    const user = userEvent.setup();
    mount(b, onComplete);
    await verifyEmail(user, b);
    await sendPhone(user);
    await screen.findByLabelText('Verification code');
    const phoneCode = b.code(PHONE);
    // The app renewed its session: the code's requestId belongs to the old one.
    b.session.subject = 'session-2';
    await user.keyboard(phoneCode);
    await expectEmailStepAgain('Your session has expired. Start again.');

    // Email again (the address is already there), then the phone (its number kept as well).
    await verifyEmail(user, b, false);
    expect(screen.getByText('Step 2 of 2')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: PHONE_TITLE })).toHaveFocus();
    await sendPhone(user, false);
    await screen.findByLabelText('Verification code');
    await user.keyboard(b.code(PHONE));
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    const result = onComplete.mock.calls[0]![0];
    expect(result).toMatchObject({ email: EMAIL, phone: PHONE });
    // The check the app's server makes: both proofs for the current session.
    expect(await verifyProof(result.proofs.email!, SECRET, { now: clock.now() })).toMatchObject({ subject: 'session-2', channel: 'email', to: EMAIL });
    expect(await verifyProof(result.proofs.phone!, SECRET, { now: clock.now() })).toMatchObject({ subject: 'session-2', channel: 'sms', to: PHONE });
  });
});

describe('SendCode on an address this session already verified', () => {
  it('takes the proof the server sends with already_verified: verified on screen, and onVerified hears it', async () => {
    const b = backend();
    const user = userEvent.setup();
    const first = render(
      <VerificationProvider adapter={b.adapter} clock={clock}>
        <SendCode event="Register" />
      </VerificationProvider>,
    );
    await user.type(screen.getByLabelText('Email address'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByLabelText('Verification code');
    await user.keyboard(b.code(EMAIL));
    await screen.findByRole('heading', { name: 'Email address verified.' });
    first.unmount();

    // A new SendCode in the same session: the backend still knows the address as verified.
    const sentBefore = b.sent();
    const onVerified = vi.fn();
    render(
      <VerificationProvider adapter={b.adapter} clock={clock}>
        <SendCode event="Register" onVerified={onVerified} />
      </VerificationProvider>,
    );
    await user.type(screen.getByLabelText('Email address'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByRole('heading', { name: 'Email address verified.' })).toBeInTheDocument();
    expect(b.sent()).toBe(sentBefore);
    expect(onVerified).toHaveBeenCalledTimes(1);
    const [{ proof }] = onVerified.mock.calls[0]! as [{ proof: string }];
    expect(await verifyProof(proof, SECRET, { now: clock.now() })).toMatchObject({ subject: 'session-1', channel: 'email', to: EMAIL });
  });
});
