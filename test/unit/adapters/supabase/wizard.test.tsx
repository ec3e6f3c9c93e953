import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSupabaseAdapter } from '../../../../src/adapters/supabase';
import { VerificationWizard } from '../../../../src/components';
import { VerificationProvider } from '../../../../src/react';
import { gotrue, supabaseClient } from './helpers';

// The wizard in jsdom on createSupabaseAdapter → the real @supabase/supabase-js → GoTrue emulator (msw).
const emulator = gotrue();
const server = setupServer(...emulator.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  sessionStorage.clear();
  emulator.reset();
});
afterEach(() => expect(emulator.state.violations).toEqual([]));

const EMAIL = 'jane@example.com';
const PHONE = '+14155550132';

function renderWizard(props: Parameters<typeof VerificationWizard>[0]) {
  const client = supabaseClient(emulator.url);
  const onComplete = vi.fn();
  render(
    <VerificationProvider adapter={createSupabaseAdapter({ client })}>
      <VerificationWizard {...props} onComplete={onComplete} />
    </VerificationProvider>,
  );
  return { client, onComplete };
}

type User = ReturnType<typeof userEvent.setup>;

async function verify(user: User, label: 'Email address' | 'Phone number', typed: string, to: string) {
  await user.type(screen.getByLabelText(label), typed);
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  await screen.findByLabelText('Verification code');
  await waitFor(() => expect(emulator.lastCode(to)).toBeTypeOf('string'));
  await user.keyboard(emulator.lastCode(to)!);
}

// Whole flows in jsdom, phone metadata included, take a few seconds each.
describe('VerificationWizard on Supabase (real supabase-js)', { timeout: 30_000 }, () => {
  it('an individual account ends with ONE Supabase user holding the email and the phone, and the session is that user', async () => {
    const user = userEvent.setup();
    const { client, onComplete } = renderWizard({});
    await verify(user, 'Email address', EMAIL, EMAIL);
    await screen.findByRole('heading', { name: 'Verify your phone number' });
    await verify(user, 'Phone number', '(415) 555-0132', PHONE);
    await screen.findByRole('heading', { name: 'Your account is verified.' });
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    const { proofs } = onComplete.mock.calls[0]![0] as { proofs: { email: string; phone: string } };

    // The emulator's user table: one user, both confirmed.
    expect(emulator.users()).toEqual([{ id: expect.any(String), email: EMAIL, phone: PHONE, emailConfirmed: true, phoneConfirmed: true, newPhone: undefined }]);
    const [account] = emulator.users();
    // Both proofs are sessions of that user, and the client holds the last one.
    expect(emulator.userOf(proofs.email)).toBe(account!.id);
    expect(emulator.userOf(proofs.phone)).toBe(account!.id);
    const { data } = await client.auth.getSession();
    expect(data.session).toMatchObject({ access_token: proofs.phone, user: { id: account!.id, email: EMAIL, phone: PHONE.slice(1) } });
    expect(emulator.state.requests.map((r) => r.path)).toEqual(['/otp', '/verify', '/user', '/verify']);
  });

  it('a phone-only wizard (steps={[\'phone\']}) still signs up by phone alone', async () => {
    const user = userEvent.setup();
    const { client, onComplete } = renderWizard({ steps: ['phone'] });
    await verify(user, 'Phone number', '(415) 555-0132', PHONE);
    await screen.findByRole('heading', { name: 'Your account is verified.' });
    await waitFor(() => expect(onComplete).toHaveBeenCalledWith({ phone: PHONE, proofs: { phone: expect.any(String) } }));
    expect(emulator.state.requests.map((r) => [r.path, r.body.type ?? r.body.channel])).toEqual([
      ['/otp', 'sms'],
      ['/verify', 'sms'],
    ]);
    expect(emulator.users()).toEqual([expect.objectContaining({ email: undefined, phone: PHONE, phoneConfirmed: true })]);
    const { data } = await client.auth.getSession();
    expect(data.session?.user.id).toBe(emulator.users()[0]!.id);
  });
});
