import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type FormEvent } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { VerificationWizard, type WizardResult } from '../src/components';
import { StoryFrame } from './support/StoryFrame';
import { waitForCode, PLAY_TIMEOUT } from './support/play';

const page = {
  shell: { display: 'grid', gap: 16, maxInlineSize: 460 },
  field: { display: 'grid', gap: 4 },
  input: { font: 'inherit', padding: '8px 10px', border: '1px solid #64748b', borderRadius: 6 },
  submit: { font: 'inherit', padding: '10px 14px', borderRadius: 6, border: 0, background: '#166534', color: '#fff' },
} as const;

/**
 * A realistic sign-up page: the app's own form (name, password) with the wizard embedded in it.
 * The wizard never submits this form and never nests a <form>; the app enables "Create account"
 * once the wizard hands back the verified email, phone and proofs.
 */
function SignUpPage() {
  const [verified, setVerified] = useState<WizardResult | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [submits, setSubmits] = useState(0);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmits((n) => n + 1);
    const data = new FormData(event.currentTarget);
    if (verified) setCreated(`Account created for ${String(data.get('name'))} (${verified.email}, ${verified.phone}).`);
  };
  return (
    <form style={page.shell} onSubmit={onSubmit} aria-labelledby="signup-title" data-submits={submits}>
      <h1 id="signup-title" style={{ margin: 0 }}>
        Create your account
      </h1>
      <label style={page.field}>
        Full name
        <input name="name" autoComplete="name" required style={page.input} />
      </label>
      <label style={page.field}>
        Password
        <input name="password" type="password" autoComplete="new-password" required minLength={8} style={page.input} />
      </label>
      <VerificationWizard accountType="individual" event="Register" persist={false} headingLevel={2} onComplete={setVerified} />
      <button type="submit" disabled={!verified} style={page.submit}>
        Create account
      </button>
      <p role="status">{created}</p>
    </form>
  );
}

const meta = {
  title: 'Pages/SignUp',
  component: SignUpPage,
  render: () => (
    <StoryFrame>
      <SignUpPage />
    </StoryFrame>
  ),
} satisfies Meta<typeof SignUpPage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SignUp: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const hostForm = canvasElement.querySelector('form')!;
    await userEvent.type(canvas.getByLabelText('Full name'), 'Jane Doe');
    await userEvent.type(canvas.getByLabelText('Password'), 'correct horse battery');
    await expect(canvas.getByRole('button', { name: 'Create account' })).toBeDisabled();

    // Email: Enter in the wizard's field sends a code, and must not submit the host form.
    await userEvent.type(canvas.getByLabelText('Email address'), 'jane@example.com{Enter}');
    await canvas.findByLabelText('Verification code', {}, { timeout: PLAY_TIMEOUT });
    await userEvent.keyboard(await waitForCode(canvasElement, 1));

    // Phone: only offered once the email is verified.
    const phone = await canvas.findByLabelText('Phone number', {}, { timeout: PLAY_TIMEOUT });
    await userEvent.type(phone, '(415) 555-0132');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await canvas.findByLabelText('Verification code', {}, { timeout: PLAY_TIMEOUT });
    await userEvent.keyboard(await waitForCode(canvasElement, 2));
    await expect(await canvas.findByRole('heading', { name: 'Your account is verified.' })).toBeVisible();

    await expect(hostForm.querySelectorAll('form')).toHaveLength(0);
    await expect(hostForm).toHaveAttribute('data-submits', '0');
    const create = canvas.getByRole('button', { name: 'Create account' });
    await waitFor(() => expect(create).toBeEnabled());
    await userEvent.click(create);
    await expect(await canvas.findByText('Account created for Jane Doe (jane@example.com, +14155550132).')).toBeVisible();
  },
};
