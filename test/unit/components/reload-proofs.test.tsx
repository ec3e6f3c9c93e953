import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpAdapter } from '../../../src/adapters/http';
import { createLogtoAdapter } from '../../../src/adapters/logto';
import { createMemoryAdapter } from '../../../src/adapters/memory';
import type { VerificationAdapter } from '../../../src/adapters/types';
import { SendCode, VerificationWizard, type WizardResult } from '../../../src/components';
import { createManualClock } from '../../../src/core/clock';
import { VerificationProvider } from '../../../src/react';
import { createVerificationHandler } from '../../../src/server/handler';
import { memoryProvider } from '../../../src/server/providers/memory';
import { verifyProof } from '../../../src/server/token';
import { createLogtoExperienceEmulator } from '../../emulators/logto-experience';
import { serveEmulators } from '../../emulators/serve';

/**
 * Proofs across a reload, per adapter. A "reload" unmounts the page and mounts it again on
 * fresh adapter objects, keeping only what the mechanism persists: the flow's sessionStorage
 * entry (and, for the memory adapter, the demo backend it persists itself; the server and
 * Logto's cookie session live on).
 */
const SECRET = 'reload-test-secret-0123456789-abcdefghij';
const EMAIL = 'jane@example.com';
const PHONE = '+14155550132';
const clock = createManualClock(Date.UTC(2026, 0, 1));
const logto = createLogtoExperienceEmulator({ clock });
serveEmulators(logto);

beforeEach(() => {
  sessionStorage.clear();
  logto.reset();
});
afterEach(() => cleanup());

function mount(adapter: VerificationAdapter, ui: ReactElement) {
  return render(
    <VerificationProvider adapter={adapter} clock={clock}>
      {ui}
    </VerificationProvider>,
  );
}

/** verikit/server with the memory provider, in process, and an http adapter talking to it. */
function httpBackend() {
  const provider = memoryProvider({ seed: 11, clock });
  const handler = createVerificationHandler({ provider, secret: SECRET, getSubject: () => 'session-1', basePath: '/api/verify', now: clock.now });
  const fetchImpl: typeof fetch = (input, init) => handler(new Request(input as RequestInfo, init));
  return {
    adapter: () => createHttpAdapter({ baseUrl: 'https://app.test/api/verify', fetch: fetchImpl }),
    code: (to: string) => provider.engine('session-1').lastCode(to)!,
    /** The check the app's server makes: signature, subject, channel, identifier, expiry. */
    async check(proof: string | undefined, channel: 'email' | 'sms', to: string) {
      const claims = await verifyProof(proof!, SECRET, { now: clock.now() });
      expect(claims).toMatchObject({ subject: 'session-1', channel, to });
    },
  };
}

function memoryBackend() {
  const persist = { storage: sessionStorage };
  let current = createMemoryAdapter({ seed: 3, clock, persist });
  return {
    adapter: () => (current = createMemoryAdapter({ seed: 3, clock, persist })),
    code: (to: string) => current.engine.lastCode(to)!,
    // The demo backend's own check, on the backend as restored after the reload.
    async check(proof: string | undefined, channel: 'email' | 'sms', to: string) {
      expect(current.engine.checkProof(proof!)).toMatchObject({ channel, to });
    },
  };
}

async function sendAndVerify(user: ReturnType<typeof userEvent.setup>, label: string, value: string, code: () => string) {
  await user.type(await screen.findByLabelText(label), value);
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  await screen.findByLabelText('Verification code');
  await user.keyboard(code());
}

/** The page before the reload: the wizard's email step done (the phone step shown), then unmounted. */
async function verifyEmailThenUnmount(adapter: VerificationAdapter, code: () => string, onComplete: (result: WizardResult) => void) {
  const user = userEvent.setup();
  const first = mount(adapter, <VerificationWizard onComplete={onComplete} />);
  await sendAndVerify(user, 'Email address', EMAIL, code);
  await screen.findByRole('heading', { name: 'Verify your phone number' });
  first.unmount();
  return user;
}

describe.each([
  ['http adapter against verikit/server', httpBackend],
  ['memory adapter', memoryBackend],
])('%s: proofs survive a reload', (_name, makeBackend) => {
  it('email, reload, phone: onComplete has both proofs and each passes the server check', async () => {
    const backend = makeBackend();
    const onComplete = vi.fn<(result: WizardResult) => void>();
    const user = await verifyEmailThenUnmount(backend.adapter(), () => backend.code(EMAIL), onComplete);

    mount(backend.adapter(), <VerificationWizard onComplete={onComplete} />);
    // Resumed on the phone step: the email's stored proof checked out with the backend.
    expect(await screen.findByRole('heading', { name: 'Verify your phone number' })).toBeInTheDocument();
    await sendAndVerify(user, 'Phone number', '4155550132', () => backend.code(PHONE));
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    const result = onComplete.mock.calls[0]![0];
    expect(result).toMatchObject({ email: EMAIL, phone: PHONE });
    await backend.check(result.proofs.email, 'email', EMAIL);
    await backend.check(result.proofs.phone, 'sms', PHONE);
  });

  it('a reload on the code step keeps the sent code usable; the storage never holds it', async () => {
    const user = userEvent.setup();
    const backend = makeBackend();
    const first = mount(backend.adapter(), <VerificationWizard />);
    await user.type(await screen.findByLabelText('Email address'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByLabelText('Verification code');
    expect(sessionStorage.getItem('verikit:flow:Register')).not.toContain(`"${backend.code(EMAIL)}"`);
    first.unmount();
    mount(backend.adapter(), <VerificationWizard />);
    await user.click(await screen.findByLabelText('Verification code'));
    await user.keyboard(backend.code(EMAIL));
    expect(await screen.findByRole('heading', { name: 'Verify your phone number' })).toBeInTheDocument();
  });

  it.each([
    ['forged as verified without a proof', (s: Record<string, Record<string, unknown>>) => (s.email = { status: 'verified', to: 'ceo@victim.example', channel: 'email' })],
    ['with a made-up proof', (s: Record<string, Record<string, unknown>>) => (s.email = { ...s.email, proof: 'vk1.e30.AAAA' })],
    ['with its address edited', (s: Record<string, Record<string, unknown>>) => (s.email = { ...s.email, to: 'ceo@victim.example' })],
    ['with the proof moved to the phone', (s: Record<string, Record<string, unknown>>) => (s.phone = { ...s.phone, status: 'verified', to: PHONE, proof: s.email!.proof })],
  ])('storage %s: back to the first unproven step, and no onComplete without proofs', async (_what, tamper) => {
    const backend = makeBackend();
    const onComplete = vi.fn<(result: WizardResult) => void>();
    await verifyEmailThenUnmount(backend.adapter(), () => backend.code(EMAIL), onComplete);
    const stored = JSON.parse(sessionStorage.getItem('verikit:flow:Register')!) as Record<string, Record<string, unknown>>;
    tamper(stored);
    sessionStorage.setItem('verikit:flow:Register', JSON.stringify(stored));

    // No status look-up: the memory backend's status would vouch for the real email itself.
    mount(backend.adapter(), <VerificationWizard onComplete={onComplete} loadStatus={false} />);
    const proofEdited = _what === 'with the proof moved to the phone';
    // Moving the proof to the phone leaves the email's own claim intact: it resumes on the phone step, not past it.
    expect(await screen.findByRole('heading', { name: proofEdited ? 'Verify your phone number' : 'Verify your email address to create your account' })).toBeInTheDocument();
    expect(screen.getByText(proofEdited ? 'Step 2 of 2' : 'Step 1 of 2')).toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();
  });
});

describe('Logto adapter (the verificationId is the proof)', () => {
  const logtoAdapter = () => createLogtoAdapter({ endpoint: logto.endpoint, clock, timeoutMs: 300 });
  const verifyCalls = () =>
    logto.state.requests.filter((r) => r.path.endsWith('/verify')).map((r) => (r.body as { verificationId: string }).verificationId);

  it('after a reload the email is asked for again (Logto has no way to confirm a stored verificationId); onComplete carries a verified verificationId for both', async () => {
    const onComplete = vi.fn<(result: WizardResult) => void>();
    const user = await verifyEmailThenUnmount(logtoAdapter(), () => logto.lastCode('email', EMAIL)!, onComplete);

    mount(logtoAdapter(), <VerificationWizard onComplete={onComplete} />);
    expect(await screen.findByRole('heading', { name: 'Verify your email address to create your account' })).toBeInTheDocument();
    // The address is kept as a draft, so the user only sends and types the new code.
    expect(screen.getByLabelText('Email address')).toHaveValue(EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByLabelText('Verification code');
    await user.keyboard(logto.lastCode('email', EMAIL)!);
    await sendAndVerify(user, 'Phone number', '4155550132', () => logto.lastCode('phone', PHONE.slice(1))!);
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    const { proofs } = onComplete.mock.calls[0]![0];
    // Both are verificationIds Logto answered 200 for, in the interaction that is live now.
    expect(proofs.email).toMatch(/^vrf_/);
    expect(proofs.phone).toMatch(/^vrf_/);
    expect(verifyCalls().slice(-2)).toEqual([proofs.email, proofs.phone]);
  });
});

describe('ForgotPassword by phone, end to end', () => {
  async function resetByPhone(adapter: VerificationAdapter, code: () => string) {
    const user = userEvent.setup();
    const onVerified = vi.fn();
    mount(adapter, <SendCode event="ForgotPassword" channel="sms" defaultCountry="US" onVerified={onVerified} />);
    expect(screen.getByRole('heading', { name: 'Reset your password' })).toBeInTheDocument();
    // Same words whether or not the number has an account.
    expect(screen.getByText(/If it belongs to an account/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Phone number'), '4155550132');
    await user.click(screen.getByRole('button', { name: 'Send reset code' }));
    await screen.findByLabelText('Verification code');
    await act(() => user.keyboard(code()));
    await waitFor(() => expect(onVerified).toHaveBeenCalledTimes(1));
    return onVerified.mock.calls[0]![0] as { channel: string; to: string; proof?: string };
  }

  it('memory adapter', async () => {
    const adapter = createMemoryAdapter({ seed: 9, clock });
    const verified = await resetByPhone(adapter, () => adapter.engine.lastCode(PHONE)!);
    expect(adapter.engine.checkProof(verified.proof!)).toMatchObject({ to: PHONE });
  });

  it('verikit/server (default ordering: a reset is not ordered)', async () => {
    const backend = httpBackend();
    const verified = await resetByPhone(backend.adapter(), () => backend.code(PHONE));
    const claims = await verifyProof(verified.proof!, SECRET, { now: clock.now() });
    expect(claims).toMatchObject({ channel: 'sms', to: PHONE, event: 'ForgotPassword' });
  });

  it('Logto adapter', async () => {
    const verified = await resetByPhone(logtoAdapter(), () => logto.lastCode('phone', PHONE.slice(1))!);
    expect(verified.proof).toMatch(/^vrf_/);
    expect(logto.state.requests[0]).toMatchObject({ method: 'PUT', path: '/api/experience', body: { interactionEvent: 'ForgotPassword' } });
  });

  function logtoAdapter() {
    return createLogtoAdapter({ endpoint: logto.endpoint, clock, timeoutMs: 300 });
  }
});

describe('SignIn and Register by phone alone in SendCode', () => {
  it.each(['SignIn', 'Register'] as const)('%s: one phone unit, no email involved (a backend without ordering)', async (event) => {
    const user = userEvent.setup();
    const adapter = createMemoryAdapter({ seed: 9, clock, ordering: 'none' });
    const onVerified = vi.fn();
    mount(adapter, <SendCode event={event} channel="sms" defaultCountry="US" onVerified={onVerified} />);
    await user.type(screen.getByLabelText('Phone number'), '4155550132');
    await user.click(screen.getByRole('button', { name: /code/i }));
    await screen.findByLabelText('Verification code');
    await user.keyboard(adapter.engine.lastCode(PHONE)!);
    await waitFor(() => expect(onVerified).toHaveBeenCalledWith(expect.objectContaining({ channel: 'sms', to: PHONE })));
    expect(adapter.outbox.messages.map((m) => m.to)).toEqual([PHONE]);
  });
});
