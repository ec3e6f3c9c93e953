import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentType } from 'react';
import { useForm } from 'react-hook-form';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { OtpInput, type OtpInputProps } from '../src/components/otp-input';
import { useFormat } from '../src/react';

// The value-style props; the register()-style overload is shown in WithReactHookForm.
const ValueOtpInput = OtpInput as ComponentType<OtpInputProps>;

/** OtpInput reads no provider (it stays small); the story passes the toolbar locale's label and hint. */
function LocalizedOtpInput(props: OtpInputProps) {
  const { messages, format } = useFormat();
  return (
    <OtpInput
      aria-label={props.label ? undefined : messages.fields.code}
      hint={!props.pattern || props.pattern === 'digits' ? format(messages.fields.codeHint, { length: props.length ?? 6 }) : undefined}
      {...props}
    />
  );
}

const meta = {
  title: 'Components/OtpInput',
  component: ValueOtpInput,
  args: { onChange: fn(), onComplete: fn() },
  render: (args) => <LocalizedOtpInput {...args} />,
} satisfies Meta<typeof ValueOtpInput>;

export default meta;
type Story = StoryObj<typeof meta>;

const field = (canvasElement: HTMLElement) => within(canvasElement).getByRole('textbox');

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const input = field(canvasElement);
    await expect(input).toHaveAccessibleName('Verification code');
    await expect(input).toHaveAccessibleDescription('6 digits');
    await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(input).toHaveAttribute('inputmode', 'numeric');
    await userEvent.click(input);
    await userEvent.keyboard('12a3456');
    await expect(input).toHaveValue('123456');
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
    await expect(args.onComplete).toHaveBeenCalledWith('123456');
  },
};

export const Alphanumeric: Story = {
  args: { pattern: 'alphanumeric', uppercase: true },
  play: async ({ canvasElement }) => {
    const input = field(canvasElement);
    await expect(input).toHaveAttribute('inputmode', 'text');
    await userEvent.click(input);
    await userEvent.keyboard('ab-12c9');
    await expect(input).toHaveValue('AB12C9');
  },
};

export const Masked: Story = {
  args: { mask: true, defaultValue: '4821' },
  play: async ({ canvasElement }) => {
    const slots = canvasElement.querySelectorAll('[data-part="slot"]');
    await expect(slots[0]).toHaveTextContent('•');
    await expect(canvasElement.textContent).not.toContain('4821');
    await expect(field(canvasElement)).toHaveValue('4821');
  },
};

export const Invalid: Story = {
  args: { defaultValue: '123456', error: 'That code is not right. 2 attempts left.' },
  play: async ({ canvasElement }) => {
    const input = field(canvasElement);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/That code is not right/);
    await expect(canvasElement.querySelector('[data-part="slot"]')).toHaveAttribute('data-invalid');
  },
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: '12' },
  play: async ({ canvasElement }) => {
    const input = field(canvasElement);
    await expect(input).toBeDisabled();
    await userEvent.click(input);
    await userEvent.keyboard('34');
    await expect(input).toHaveValue('12');
  },
};

export const FourDigits: Story = {
  args: { length: 4 },
  play: async ({ canvasElement, args }) => {
    const input = field(canvasElement);
    await expect(canvasElement.querySelectorAll('[data-part="slot"]')).toHaveLength(4);
    await expect(input).toHaveAttribute('maxlength', '4');
    await userEvent.click(input);
    await userEvent.keyboard('9876');
    await expect(input).toHaveValue('9876');
    await expect(args.onComplete).toHaveBeenCalledWith('9876');
    // Full: the last slot stays selected, so another character replaces it.
    await userEvent.keyboard('5');
    await expect(input).toHaveValue('9875');
    await expect(args.onComplete).toHaveBeenLastCalledWith('9875');
  },
};

export const EightCharacters: Story = {
  args: { length: 8, pattern: 'alphanumeric', uppercase: true, separatorAfter: 4 },
  play: async ({ canvasElement }) => {
    const input = field(canvasElement);
    await expect(canvasElement.querySelectorAll('[data-part="slot"]')).toHaveLength(8);
    await expect(canvasElement.querySelectorAll('[data-part="separator"]')).toHaveLength(1);
    await userEvent.click(input);
    await userEvent.paste('Your code: AB12-CD34');
    await expect(input).toHaveValue('AB12CD34');
  },
};

export const RightToLeft: Story = {
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
  args: { 'aria-label': 'رمز التحقق', hint: '6 أرقام' },
  play: async ({ canvasElement }) => {
    const input = field(canvasElement);
    await userEvent.click(input);
    await userEvent.keyboard('123');
    const slots = [...canvasElement.querySelectorAll('[data-part="slot"]')];
    // Left to right even in an RTL page: the first slot is the left-most one.
    const [first, second] = slots.map((s) => s.getBoundingClientRect().left);
    await expect(first).toBeLessThan(second!);
    await expect(slots[0]).toHaveTextContent('1');
  },
};

function HookFormDemo() {
  const { register, handleSubmit } = useForm<{ code: string }>({ defaultValues: { code: '' } });
  const [submitted, setSubmitted] = useState<string | null>(null);
  return (
    <form onSubmit={handleSubmit((data) => setSubmitted(data.code))}>
      <OtpInput label="Verification code" {...register('code', { required: true, minLength: 6 })} />
      <p>
        <button type="submit">Submit</button>
      </p>
      <output aria-label="Submitted value">{submitted ?? ''}</output>
    </form>
  );
}

export const WithReactHookForm: Story = {
  render: () => <HookFormDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText('Verification code');
    await userEvent.click(input);
    await userEvent.keyboard('246810');
    await userEvent.click(canvas.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(canvas.getByLabelText('Submitted value')).toHaveTextContent('246810'));
  },
};
