import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory';
import { SendCode } from '../../../src/components';
import { VerificationProvider } from '../../../src/react';
import { engine } from '../../setup/engine';

const EMAIL = 'jane@example.com';

function code(adapter: MemoryAdapter, to: string) {
  return adapter.outbox.last(to)!.code;
}

/** Each digit moved by one: a code that is certainly wrong. */
function wrong(right: string) {
  return [...right].map((d) => String((Number(d) + 1) % 10)).join('');
}

async function renderSendCode(ui = <SendCode event="Register" />) {
  const adapter = createMemoryAdapter({ seed: 34, latencyMs: 20 });
  await render(<VerificationProvider adapter={adapter}>{ui}</VerificationProvider>);
  return { adapter };
}

describe(`SendCode with the keyboard alone (${engine})`, () => {
  it('sends on Enter, recovers from a wrong code and verifies, focus and announcements following', async () => {
    const onVerified = vi.fn();
    const { adapter } = await renderSendCode(<SendCode event="Register" onVerified={onVerified} />);

    await userEvent.keyboard('{Tab}');
    await expect.element(page.getByRole('textbox', { name: 'Email address', exact: true })).toHaveFocus();
    await userEvent.keyboard(`${EMAIL}{Enter}`);

    // The code field takes focus and says where the code went.
    const codeField = page.getByLabelText('Verification code');
    await expect.element(codeField).toHaveFocus();
    await expect.element(codeField).toHaveAccessibleDescription(/j•••@example\.com/);

    await userEvent.keyboard(wrong(code(adapter, EMAIL)));
    await expect.element(page.getByRole('alert')).toHaveTextContent(/That code isn’t right/);
    await expect.element(codeField).toHaveValue('');
    await expect.element(codeField).toHaveFocus();

    await userEvent.keyboard(code(adapter, EMAIL));
    await expect.element(page.getByRole('status')).toHaveTextContent(/^Verification complete\./);
    // Focus moves to the heading that says so, not back to the page.
    await expect.poll(() => document.activeElement?.tagName).toMatch(/^H[1-6]$/);
    expect(onVerified).toHaveBeenCalledTimes(1);
  });
});
