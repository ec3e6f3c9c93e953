import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createMemoryAdapter } from '../../../src/adapters/memory';
import { SendCode } from '../../../src/components';
import ar from '../../../src/entry/locales/ar';
import { VerificationProvider } from '../../../src/react';
import { typeText } from '../../setup/engine';
import { pasteText, renderOtp } from './helpers';

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const toScript = (code: string, digits: string) => code.replace(/[0-9]/g, (d) => digits[Number(d)]!);

describe('OtpInput reads digits from any script', () => {
  it('an Arabic-Indic code typed on the keyboard verifies through <SendCode> on the memory adapter', async () => {
    const adapter = createMemoryAdapter({ seed: 7, latencyMs: 10 });
    const onVerified = vi.fn();
    await render(
      <VerificationProvider adapter={adapter} locale="ar" messages={ar}>
        <SendCode event="Register" onVerified={onVerified} />
      </VerificationProvider>,
    );
    await userEvent.type(page.getByRole('textbox', { name: ar.fields.email, exact: true }), 'layla@example.com');
    await userEvent.click(page.getByRole('button', { name: ar.templates.Register.send, exact: true }));
    const input = await vi.waitFor(() => {
      const el = document.querySelector<HTMLInputElement>('[data-scope="send-code"] input[autocomplete="one-time-code"]');
      if (!el) throw new Error('no code field yet');
      return el;
    }, { timeout: 10_000 });
    await expect.poll(() => document.activeElement).toBe(input);
    const code = adapter.outbox.last('layla@example.com')!.code;
    const typed = toScript(code, ARABIC_INDIC);
    expect(typed).not.toMatch(/[0-9]/);
    // typeText, not userEvent.keyboard: Firefox's driver would set these digits without key events.
    await typeText(typed);
    await expect.poll(() => onVerified.mock.calls.length).toBe(1);
    expect(adapter.outbox.last('layla@example.com')!.code).toBe(code);
  });

  it('Persian digits typed and pasted, and full-width digits, land as ASCII', async () => {
    const { input, onComplete } = await renderOtp();
    input.focus();
    await typeText(toScript('123', PERSIAN));
    expect(input.value).toBe('123');
    await typeText('４５６');
    expect(input.value).toBe('123456');
    expect(onComplete).toHaveBeenCalledWith('123456');
    await userEvent.keyboard('{Home}');
    await pasteText(input, `کد: ${toScript('9876', PERSIAN)}`);
    await expect.poll(() => input.value).toBe('987656');
  });
});
