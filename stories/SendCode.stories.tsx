import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { MemoryAdapter, MemoryAdapterOptions } from '../src/adapters/memory';
import { SendCode, type SendCodeProps } from '../src/components';
import { VerificationError } from '../src/core/errors';
import { StoryFrame } from './support/StoryFrame';
import { outboxMessage, waitForCode, wrongCode, PLAY_TIMEOUT } from './support/play';

type StoryArgs = SendCodeProps & {
  /** Options for the story's memory backend. */
  adapterOptions?: MemoryAdapterOptions;
  /** Scripted failures queued on the new backend. */
  prepare?: (adapter: MemoryAdapter) => void;
};

const meta = {
  title: 'Components/SendCode',
  component: SendCode,
  args: { onSent: fn(), onVerified: fn() },
  render: ({ adapterOptions, prepare, ...args }) => (
    <StoryFrame adapterOptions={adapterOptions} prepare={prepare}>
      <SendCode {...args} />
    </StoryFrame>
  ),
} satisfies Meta<StoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const EMAIL = 'jane@example.com';

async function sendTo(canvasElement: HTMLElement, label: 'Email address' | 'Phone number', value: string, button = 'Send code') {
  const canvas = within(canvasElement);
  await userEvent.type(await canvas.findByLabelText(label), value);
  await userEvent.click(canvas.getByRole('button', { name: button }));
  return canvas.findByLabelText('Verification code', {}, { timeout: PLAY_TIMEOUT });
}

async function typeCode(input: HTMLElement, code: string) {
  await userEvent.click(input);
  await userEvent.keyboard(code);
}

/** Sends a code to the US test number, types the one the outbox shows, and checks it is verified and reported. */
async function verifyTestPhone(canvasElement: HTMLElement, onVerified: unknown) {
  const canvas = within(canvasElement);
  const code = await sendTo(canvasElement, 'Phone number', '(415) 555-0132');
  await expect(canvas.getByText('We’ve sent a code to +1 ••• ••• ••32.')).toBeVisible();
  await expect(outboxMessage(canvasElement, 1)).toHaveAttribute('data-to', '+14155550132');
  await typeCode(code, await waitForCode(canvasElement));
  await expect(await canvas.findByRole('heading', { name: 'Phone number verified.' })).toBeVisible();
  await expect(onVerified).toHaveBeenCalledWith(expect.objectContaining({ channel: 'sms', to: '+14155550132' }));
}

export const SignInEmail: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    const email = canvas.getByLabelText('Email address');
    await expect(email).toHaveAttribute('type', 'email');
    await expect(email).toHaveAttribute('autocomplete', 'email');
    // The catalog's messages, before anything is sent.
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(await canvas.findByText('Enter your email address.')).toBeVisible();
    await expect(email).toHaveFocus();
    await userEvent.type(email, 'jane@');
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText('Enter a valid email address, like name@example.com.')).toBeVisible();
    await userEvent.clear(email);

    const code = await sendTo(canvasElement, 'Email address', EMAIL);
    await expect(canvas.getByText('We’ve sent a code to j•••@example.com.')).toBeVisible();
    await expect(code).toHaveFocus();
    await expect(canvas.getByRole('button', { name: /^Resend code in \d+\ssec$/ })).toBeDisabled();
    await expect(outboxMessage(canvasElement, 1)).toHaveTextContent(/sign-in code/i);
    await typeCode(code, await waitForCode(canvasElement));
    // Completing the code submits it: no click on Verify needed.
    await expect(await canvas.findByRole('heading', { name: 'Email address verified.' })).toHaveFocus();
    await expect(args.onSent).toHaveBeenCalledTimes(1);
    await expect(args.onVerified).toHaveBeenCalledWith(expect.objectContaining({ channel: 'email', to: EMAIL }));
  },
};

export const RegisterEmail: Story = {
  args: { event: 'Register' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Verify your email address to create your account' })).toBeVisible();
    const code = await sendTo(canvasElement, 'Email address', EMAIL);
    await expect(outboxMessage(canvasElement, 1)).toHaveAttribute('data-to', EMAIL);
    await typeCode(code, await waitForCode(canvasElement));
    await expect(await canvas.findByRole('heading', { name: 'Email address verified.' })).toBeVisible();
  },
};

export const ForgotPasswordEmail: Story = {
  args: { event: 'ForgotPassword' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
    // Same words whether or not the address has an account.
    await expect(canvas.getByText(/If it belongs to an account/)).toBeVisible();
    const code = await sendTo(canvasElement, 'Email address', EMAIL, 'Send reset code');
    await expect(outboxMessage(canvasElement, 1)).toHaveTextContent(/password/i);
    await typeCode(code, await waitForCode(canvasElement));
    await expect(await canvas.findByRole('heading', { name: 'Email address verified.' })).toBeVisible();
  },
};

/** A password reset by SMS: one phone unit, copy that never says whether the number has an account. */
export const ForgotPasswordPhone: Story = {
  args: { event: 'ForgotPassword', channel: 'sms' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
    // Same words whether or not the number has an account.
    await expect(canvas.getByText(/Enter your phone number\. If it belongs to an account/)).toBeVisible();
    const code = await sendTo(canvasElement, 'Phone number', '(415) 555-0132', 'Send reset code');
    await expect(outboxMessage(canvasElement, 1)).toHaveAttribute('data-to', '+14155550132');
    await typeCode(code, await waitForCode(canvasElement));
    await expect(await canvas.findByRole('heading', { name: 'Phone number verified.' })).toBeVisible();
    await expect(args.onVerified).toHaveBeenCalledWith(expect.objectContaining({ channel: 'sms', to: '+14155550132', proof: expect.stringMatching(/^demo_/) }));
  },
};

/** Sign-in by phone alone, no email involved, on a backend that verifies a phone by itself. */
export const SignInPhone: Story = {
  args: { event: 'SignIn', channel: 'sms', adapterOptions: { ordering: 'none' } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Sign in with your phone' })).toBeVisible();
    await expect(canvas.queryByLabelText('Email address')).toBeNull();
    await verifyTestPhone(canvasElement, args.onVerified);
  },
};

export const RegisterPhone: Story = {
  args: { event: 'Register', channel: 'sms' },
  // The phone comes after the email: this backend knows the email is verified already.
  argTypes: {},
  render: ({ adapterOptions: _ignored, prepare, ...args }) => (
    <StoryFrame adapterOptions={{ verified: [EMAIL] }} prepare={prepare}>
      <SendCode {...args} />
    </StoryFrame>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Verify your phone number' })).toBeVisible();
    const phone = canvas.getByLabelText('Phone number');
    await expect(phone).toHaveAttribute('type', 'tel');
    await expect(phone).toHaveAttribute('autocomplete', 'tel');
    // The country list loads lazily; the locale (en) picks the United States.
    const country = canvas.getByLabelText('Country or region');
    await waitFor(() => expect((country as HTMLSelectElement).options.length).toBeGreaterThan(200));
    await expect(country).toHaveValue('US');
    await userEvent.type(phone, '123');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(await canvas.findByText('Enter a valid phone number for the selected country.')).toBeVisible();
    await userEvent.clear(phone);
    await verifyTestPhone(canvasElement, args.onVerified);
  },
};

export const PhoneWithVoiceAndWhatsApp: Story = {
  args: { event: 'Register', channel: ['sms', 'voice', 'whatsapp'], defaultCountry: 'GB' },
  render: ({ adapterOptions: _ignored, prepare, ...args }) => (
    <StoryFrame adapterOptions={{ verified: [EMAIL], cooldownMs: 1500 }} prepare={prepare}>
      <SendCode {...args} />
    </StoryFrame>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: 'Send the code by' });
    await userEvent.click(within(group).getByRole('radio', { name: 'Phone call' }));
    await expect(canvas.getByLabelText('Country or region')).toHaveValue('GB');
    await sendTo(canvasElement, 'Phone number', '07400 123456');
    await expect(canvas.getByText('We’re calling +44 ••• ••• ••56. Answer to hear your code.')).toBeVisible();
    await expect(outboxMessage(canvasElement, 1)).toHaveAttribute('data-channel', 'voice');
    await expect(canvas.getByRole('button', { name: 'Text me instead' })).toBeDisabled();
    const whatsapp = canvas.getByRole('button', { name: 'Message me on WhatsApp instead' });
    await waitFor(() => expect(whatsapp).toBeEnabled(), { timeout: PLAY_TIMEOUT });
    await userEvent.click(whatsapp);
    const second = await waitForCode(canvasElement, 2);
    await expect(outboxMessage(canvasElement, 2)).toHaveAttribute('data-channel', 'whatsapp');
    await expect(await canvas.findByText('We’ve sent a code to +44 ••• ••• ••56 on WhatsApp.')).toBeVisible();
    await typeCode(await canvas.findByLabelText('Verification code'), second);
    await expect(await canvas.findByRole('heading', { name: 'Phone number verified.' })).toBeVisible();
  },
};

export const WrongCode: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = await sendTo(canvasElement, 'Email address', EMAIL);
    const right = await waitForCode(canvasElement);
    await typeCode(input, wrongCode(right));
    await expect(await canvas.findByText('That code isn’t right. You have 4 tries left.')).toBeVisible();
    // The field is cleared for the next try and keeps focus.
    await expect(input).toHaveValue('');
    await expect(input).toHaveFocus();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await userEvent.keyboard(right);
    await expect(await canvas.findByRole('heading', { name: 'Email address verified.' })).toBeVisible();
  },
};

export const Expired: Story = {
  args: { adapterOptions: { ttlMs: 1500, cooldownMs: 1000 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = await sendTo(canvasElement, 'Email address', EMAIL);
    const stale = await waitForCode(canvasElement);
    await expect(await canvas.findByText('The code has expired.', {}, { timeout: PLAY_TIMEOUT })).toBeVisible();
    await typeCode(input, stale);
    await expect(await canvas.findByText('That code has expired. Get a new code.')).toBeVisible();
    await userEvent.click(await canvas.findByRole('button', { name: 'Get a new code' }));
    const fresh = await waitForCode(canvasElement, 2);
    await expect(input).toHaveFocus();
    await userEvent.keyboard(fresh);
    await expect(await canvas.findByRole('heading', { name: 'Email address verified.' })).toBeVisible();
  },
};

export const RateLimited: Story = {
  args: {
    adapterOptions: { cooldownMs: 1000 },
    // The first code goes out; the server then refuses the resend with a 9 s Retry-After.
    prepare: (adapter) => {
      const stop = adapter.outbox.subscribe(() => {
        stop();
        adapter.failNext(new VerificationError('rate_limited', 'Too many requests', { retryAfterMs: 9000, status: 429 }), 'send');
      });
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = await sendTo(canvasElement, 'Email address', EMAIL);
    const code = await waitForCode(canvasElement);
    const resend = canvas.getByRole('button', { name: /^Resend code/ });
    await waitFor(() => expect(resend).toHaveAccessibleName('Resend code'), { timeout: PLAY_TIMEOUT });
    await userEvent.click(resend);
    await expect(await canvas.findByText('Too many requests for now. Wait a moment, then try again.')).toBeVisible();
    // Resend stays off for the server's wait, counting down.
    await expect(resend).toBeDisabled();
    await expect(resend).toHaveAccessibleName(/^Resend code in [89]\ssec$/);
    // The code already sent still works.
    await typeCode(input, code);
    await expect(await canvas.findByRole('heading', { name: 'Email address verified.' })).toBeVisible();
  },
};

export const NetworkError: Story = {
  args: { prepare: (adapter) => adapter.failNext('network', 'verify') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = await sendTo(canvasElement, 'Email address', EMAIL);
    const code = await waitForCode(canvasElement);
    await typeCode(input, code);
    await expect(await canvas.findByText('You seem to be offline. Check your connection and try again.')).toBeVisible();
    // What was typed stays, ready to go again.
    await expect(input).toHaveValue(code);
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('heading', { name: 'Email address verified.' })).toBeVisible();
  },
};
