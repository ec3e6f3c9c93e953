import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createMemoryAdapter } from '../../../src/adapters/memory';
import { SendCode } from '../../../src/components';
import ar from '../../../src/entry/locales/ar';
import { VerificationProvider } from '../../../src/react';

describe('Arabic: right to left, with codes, emails and numbers left to right', () => {
  it('lays SendCode out right to left and keeps the email, the code and the sent-to address LTR', async () => {
    const adapter = createMemoryAdapter({ seed: 5 });
    await render(
      <VerificationProvider adapter={adapter} locale="ar" messages={ar}>
        <SendCode event="Register" />
      </VerificationProvider>,
    );
    const root = document.querySelector<HTMLElement>('[data-scope="send-code"]')!;
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(getComputedStyle(root).direction).toBe('rtl');
    await expect.element(page.getByRole('heading', { name: ar.templates.Register.title })).toBeVisible();

    const email = page.getByRole('textbox', { name: ar.fields.email, exact: true });
    expect(getComputedStyle(email.element()).direction).toBe('ltr');
    await userEvent.type(email, 'jane@example.com');
    await userEvent.click(page.getByRole('button', { name: ar.templates.Register.send, exact: true }));
    const code = page.getByRole('textbox', { name: ar.fields.code, exact: true });
    // The real input is transparent over its slots, so visible is the wrong check for it.
    await expect.element(code).toBeInTheDocument();
    // The code field reads left to right: its first slot is the left-most one.
    const lefts = () => [...root.querySelectorAll('[data-part="slot"]')].map((s) => s.getBoundingClientRect().left);
    await expect.poll(() => lefts()[1]! - lefts()[0]!).toBeGreaterThan(0);
    // The masked address sits inside an LTR isolate within the Arabic sentence.
    expect(root.textContent).toContain('\u2066j•••@example.com\u2069');
    // And the button row follows the page direction: the primary action sits on the right.
    const rootBox = root.getBoundingClientRect();
    const verify = page.getByRole('button', { name: ar.templates.Register.verify, exact: true }).element().getBoundingClientRect();
    expect(verify.right).toBeGreaterThan(rootBox.left + rootBox.width / 2);
  });
});
