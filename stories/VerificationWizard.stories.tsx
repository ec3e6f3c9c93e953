import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { MemoryAdapterOptions } from '../src/adapters/memory';
import { VerificationWizard, type VerificationWizardProps } from '../src/components';
import { StoryFrame } from './support/StoryFrame';
import { outboxMessage, waitForCode, PLAY_TIMEOUT } from './support/play';
import { gotrueEmulator, startGotrueWorker, SupabaseStoryFrame } from './support/supabase';

type StoryArgs = VerificationWizardProps & { adapterOptions?: MemoryAdapterOptions };

const meta = {
  title: 'Components/VerificationWizard',
  component: VerificationWizard,
  args: { onComplete: fn(), onStepChange: fn() },
  render: ({ adapterOptions, ...args }) => (
    <StoryFrame adapterOptions={adapterOptions}>
      <VerificationWizard {...args} />
    </StoryFrame>
  ),
} satisfies Meta<StoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const EMAIL = 'jane@example.com';
const PHONE = '+14155550132';

async function verifyEmail(canvasElement: HTMLElement, messageNumber = 1) {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText('Email address'), EMAIL);
  await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
  const input = await canvas.findByLabelText('Verification code', {}, { timeout: PLAY_TIMEOUT });
  await userEvent.keyboard(await waitForCode(canvasElement, messageNumber));
  return input;
}

async function verifyPhone(canvasElement: HTMLElement, messageNumber: number) {
  const canvas = within(canvasElement);
  const phone = await canvas.findByLabelText('Phone number');
  await expect(phone).toHaveAttribute('type', 'tel');
  await userEvent.type(phone, '(415) 555-0132');
  await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
  await canvas.findByLabelText('Verification code', {}, { timeout: PLAY_TIMEOUT });
  await expect(canvas.getByText('We’ve sent a code to +1 ••• ••• ••32.')).toBeVisible();
  await userEvent.keyboard(await waitForCode(canvasElement, messageNumber));
}

export const Individual: Story = {
  args: { accountType: 'individual' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^Step 1 of 2\b/)).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Verify your email address to create your account' })).toBeVisible();
    // The phone step doesn't exist yet for the user.
    await expect(canvas.queryByLabelText('Phone number')).toBeNull();
    await verifyEmail(canvasElement);
    const phoneHeading = await canvas.findByRole('heading', { name: 'Verify your phone number' });
    await expect(phoneHeading).toHaveFocus();
    await expect(canvas.getByText(/^Step 2 of 2\b/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Change email address' })).toBeVisible();
    await verifyPhone(canvasElement, 2);
    await expect(await canvas.findByRole('heading', { name: 'Your account is verified.' })).toHaveFocus();
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledTimes(1));
    await expect(args.onComplete).toHaveBeenCalledWith({
      email: EMAIL,
      phone: PHONE,
      proofs: { email: expect.stringMatching(/^demo_/), phone: expect.stringMatching(/^demo_/) },
    });
    await expect(args.onStepChange).toHaveBeenNthCalledWith(1, 'phone');
    await expect(args.onStepChange).toHaveBeenNthCalledWith(2, 'done');
  },
};

export const Business: Story = {
  args: { accountType: 'business' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^Step 1 of 1\b/)).toBeVisible();
    await verifyEmail(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Your account is verified.' })).toHaveFocus();
    await expect(canvas.queryByLabelText('Phone number')).toBeNull();
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledWith({ email: EMAIL, proofs: { email: expect.stringMatching(/^demo_/) } }));
  },
};

export const EmailAlreadyVerified: Story = {
  args: { adapterOptions: { verified: [EMAIL] } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    // getStatus says the email is verified: the wizard starts at the phone step.
    await expect(await canvas.findByRole('heading', { name: 'Verify your phone number' })).toBeVisible();
    await expect(canvas.getByText(/^Step 2 of 2\b/)).toBeVisible();
    await verifyPhone(canvasElement, 1);
    await expect(await canvas.findByRole('heading', { name: 'Your account is verified.' })).toHaveFocus();
    // The backend's status vouches for the email with its proof, so the result has a proof for both.
    await waitFor(() =>
      expect(args.onComplete).toHaveBeenCalledWith({ email: EMAIL, phone: PHONE, proofs: { email: expect.stringMatching(/^demo_/), phone: expect.stringMatching(/^demo_/) } }),
    );
  },
};

/**
 * A phone number alone, no email step (`steps={['phone']}`), on a backend that verifies a
 * phone by itself (`ordering: 'none'`).
 */
export const PhoneOnly: Story = {
  args: { steps: ['phone'], adapterOptions: { ordering: 'none' } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Step 1 of 1')).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Verify your phone number' })).toBeVisible();
    await expect(canvas.queryByLabelText('Email address')).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Change email' })).toBeNull();
    await verifyPhone(canvasElement, 1);
    await expect(await canvas.findByRole('heading', { name: 'Your account is verified.' })).toHaveFocus();
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledWith({ phone: PHONE, proofs: { phone: expect.stringMatching(/^demo_/) } }));
    await expect(outboxMessage(canvasElement, 1)).toHaveAttribute('data-to', PHONE);
  },
};

/**
 * Survives a real browser reload (F5): the flow is in sessionStorage, with the email's proof,
 * and the demo backend persists itself there too (`persist: true`), as a server would outlive
 * the page. The "Simulate a reload" button remounts the wizard in place.
 */
function ReloadableWizard(props: VerificationWizardProps) {
  const [generation, setGeneration] = useState(0);
  return (
    <div>
      <VerificationWizard key={generation} {...props} />
      <p>
        <button type="button" onClick={() => setGeneration((n) => n + 1)}>
          Simulate a reload
        </button>
      </p>
    </div>
  );
}

export const ResumeAfterReload: Story = {
  args: { adapterOptions: { persist: true } },
  render: ({ adapterOptions, ...args }, { id }) => (
    <StoryFrame storyId={id} adapterOptions={adapterOptions}>
      <ReloadableWizard {...args} />
    </StoryFrame>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Email address'), EMAIL);
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    const input = await canvas.findByLabelText('Verification code', {}, { timeout: PLAY_TIMEOUT });
    const code = await waitForCode(canvasElement);
    await userEvent.keyboard(code.slice(0, 3));
    await expect(input).toHaveValue(code.slice(0, 3));
    // Where the flow stands is stored; the code is not (only the demo backend, the server's stand-in, keeps it).
    await expect(sessionStorage.getItem('verikit:flow:Register')).not.toContain(`"${code}"`);
    await userEvent.click(canvas.getByRole('button', { name: 'Simulate a reload' }));
    const resumed = await canvas.findByLabelText('Verification code');
    await expect(resumed).not.toBe(input);
    await expect(resumed).toHaveValue('');
    await expect(canvas.getByText('We’ve sent a code to j•••@example.com.')).toBeVisible();
    await userEvent.click(resumed);
    await userEvent.keyboard(code);
    await expect(await canvas.findByRole('heading', { name: 'Verify your phone number' })).toHaveFocus();
    await expect(outboxMessage(canvasElement, 1)).toHaveAttribute('data-to', EMAIL);
  },
};

/**
 * The wizard on Supabase Auth: `createSupabaseAdapter` with the real supabase-js client, pointed at
 * an msw emulator of GoTrue (built from its OpenAPI file) in the browser's service worker. An
 * individual account: the email signs up a Supabase user, and the phone step adds the number to
 * that same user (a `phone_change` code). The outbox shows what GoTrue "sent"; each proof is a
 * Supabase session's access token, both of the one user.
 */
export const OnSupabase: Story = {
  args: { accountType: 'individual' },
  beforeEach: () => startGotrueWorker(),
  render: (args) => (
    <SupabaseStoryFrame>
      <VerificationWizard {...args} />
    </SupabaseStoryFrame>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await verifyEmail(canvasElement);
    // GoTrue's sign-up confirmation, sent through supabase-js's signInWithOtp.
    await expect(outboxMessage(canvasElement, 1)).toHaveAttribute('data-to', EMAIL);
    await expect(within(outboxMessage(canvasElement, 1)).getByText(/^Confirm your signup: enter the code \d{6}$/)).toBeVisible();
    await expect(await canvas.findByRole('heading', { name: 'Verify your phone number' }, { timeout: PLAY_TIMEOUT })).toHaveFocus();
    await verifyPhone(canvasElement, 2);
    await expect(await canvas.findByRole('heading', { name: 'Your account is verified.' }, { timeout: PLAY_TIMEOUT })).toHaveFocus();
    await expect(outboxMessage(canvasElement, 2)).toHaveAttribute('data-to', PHONE);
    const jwt = /^[\w-]+\.[\w-]+\.[\w-]+$/;
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledWith({ email: EMAIL, phone: PHONE, proofs: { email: expect.stringMatching(jwt), phone: expect.stringMatching(jwt) } }));
    // One Supabase user holds both (the phone step was a phone change, not a second sign-in).
    await expect(gotrueEmulator.users()).toEqual([expect.objectContaining({ email: EMAIL, phone: PHONE, emailConfirmed: true, phoneConfirmed: true })]);
  },
};
