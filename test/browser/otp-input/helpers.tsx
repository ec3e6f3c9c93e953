import { Profiler, useState } from 'react';
import { render } from 'vitest-browser-react';
import { OtpInput, type OtpInputProps } from '../../../src/components/otp-input';

export async function renderOtp(props: OtpInputProps = {}) {
  const onChange = vi.fn();
  const onComplete = vi.fn();
  const screen = await render(<OtpInput data-testid="otp" onChange={onChange} onComplete={onComplete} {...props} />);
  const input = document.querySelector<HTMLInputElement>('[data-testid="otp"]')!;
  return { screen, input, onChange, onComplete };
}

/** The centre of slot `index`, relative to the input that covers the slots. */
export function slotPoint(input: HTMLInputElement, index: number) {
  const slot = input.parentElement!.querySelectorAll('[data-part="slot"]')[index]!.getBoundingClientRect();
  const box = input.getBoundingClientRect();
  return { x: slot.left - box.left + slot.width / 2, y: slot.top - box.top + slot.height / 2 };
}

export function selection(input: HTMLInputElement) {
  return [input.selectionStart, input.selectionEnd];
}

/** Counts React commits of the OtpInput subtree, as the keystroke budget is stated in commits. */
export function ProfiledOtp({ onCommit, ...props }: OtpInputProps & { onCommit: () => void }) {
  return (
    <Profiler id="otp" onRender={onCommit}>
      <OtpInput data-testid="otp" {...props} />
    </Profiler>
  );
}

export function ControlledOtp(props: OtpInputProps) {
  const [value, setValue] = useState('');
  return <OtpInput data-testid="otp" {...props} value={value} onChange={setValue} />;
}
