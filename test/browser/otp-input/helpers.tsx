import { userEvent } from 'vitest/browser';
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

/**
 * Pastes `text` into the focused field: a real clipboard paste (Ctrl+V) where the page may write
 * the clipboard, otherwise (WebKit refuses clipboard.writeText, Firefox wants a user gesture) a
 * paste event carrying the text, which is what the field reads either way.
 */
export async function pasteText(input: HTMLInputElement, text: string) {
  const real = await navigator.clipboard?.writeText(text).then(
    () => true,
    () => false,
  );
  if (real) return userEvent.keyboard('{Control>}v{/Control}');
  const data = new DataTransfer();
  data.setData('text/plain', text);
  input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

/** Types on the keyboard, one key per entry ('{ArrowLeft}', '{Shift>}{ArrowLeft}{/Shift}', '1', …). */
export async function press(...keys: string[]) {
  for (const key of keys) await userEvent.keyboard(key);
}
