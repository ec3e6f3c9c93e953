import axe from 'axe-core';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory';
import { VerificationWizard } from '../../../src/components';
import { VerificationProvider } from '../../../src/react';

const EMAIL = 'jane@example.com';
const PHONE = '+14155550132';

/** axe with every rule, colour contrast included (a real browser can measure it). */
async function expectNoAxeViolations(container: HTMLElement) {
  const results = await axe.run(container);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`)).toEqual([]);
}

function code(adapter: MemoryAdapter, to: string) {
  return adapter.outbox.last(to)!.code;
}

async function renderWizard(ui = <VerificationWizard persist={false} />) {
  sessionStorage.clear();
  const adapter = createMemoryAdapter({ seed: 21, latencyMs: 20 });
  const screen = await render(<VerificationProvider adapter={adapter}>{ui}</VerificationProvider>);
  return { adapter, screen, root: screen.container };
}

// Runs in Chromium, Firefox ESR and WebKitGTK (everyEngineTests in vite.config.ts).
describe('VerificationWizard by keyboard and on a narrow screen', () => {
  beforeEach(() => page.viewport(1280, 720));

  it('can be completed with the keyboard alone, focus following each step, with no axe violation on any step', async () => {
    const { adapter, root } = await renderWizard();
    await expectNoAxeViolations(root);

    // Tab into the wizard: the email field is the first stop.
    await userEvent.keyboard('{Tab}');
    const email = page.getByLabelText('Email address', { exact: true }).element() as HTMLInputElement;
    expect(document.activeElement).toBe(email);
    await userEvent.keyboard(EMAIL);
    await userEvent.keyboard('{Enter}');

    await expect.element(page.getByText('We’ve sent a code to j•••@example.com.')).toBeVisible();
    const emailCode = page.getByLabelText('Verification code');
    await expect.element(emailCode).toHaveFocus();
    await expectNoAxeViolations(root);
    await userEvent.keyboard(code(adapter, EMAIL));

    const phoneHeading = page.getByRole('heading', { name: 'Verify your phone number' });
    await expect.element(phoneHeading).toHaveFocus();
    await expect.element(page.getByText('Step 2 of 2')).toBeVisible();
    await expectNoAxeViolations(root);
    // Heading → country selector → number.
    await userEvent.keyboard('{Tab}');
    await expect.element(page.getByLabelText('Country or region')).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    await expect.element(page.getByLabelText('Phone number', { exact: true })).toHaveFocus();
    await userEvent.keyboard('4155550132');
    await userEvent.keyboard('{Enter}');

    await expect.element(page.getByText('We’ve sent a code to +1 ••• ••• ••32.')).toBeVisible();
    await expect.element(page.getByLabelText('Verification code')).toHaveFocus();
    await expectNoAxeViolations(root);
    await userEvent.keyboard(code(adapter, PHONE));

    const done = page.getByRole('heading', { name: 'Your account is verified.' });
    await expect.element(done).toHaveFocus();
    await expect.element(page.getByRole('status')).toHaveTextContent('Verification complete. Your account is verified.');
    await expectNoAxeViolations(root);
  });

  it('reaches Verify, Resend and Change email by Tab, and checks the code on Enter', async () => {
    const { adapter } = await renderWizard();
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard(`${EMAIL}{Enter}`);
    await expect.element(page.getByLabelText('Verification code')).toHaveFocus();
    await userEvent.keyboard(code(adapter, EMAIL).slice(0, 5));
    await userEvent.keyboard('{Tab}');
    await expect.element(page.getByRole('button', { name: 'Verify' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText('Enter all 6 digits of the code.')).toBeVisible();
    await expect.element(page.getByLabelText('Verification code')).toHaveFocus();
    await userEvent.keyboard('{Tab}{Tab}');
    // Resend is disabled during its countdown, so Tab goes from Verify on to Change email.
    await expect.element(page.getByRole('button', { name: 'Change email address' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByLabelText('Email address', { exact: true })).toHaveFocus();
    await expect.element(page.getByLabelText('Email address', { exact: true })).toHaveValue(EMAIL);
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    await page.viewport(320, 640);
    // The page itself must be 320 px wide, or a pass proves nothing (test/browser/engines/viewport.test.ts).
    expect(window.innerWidth).toBe(320);
    const { adapter, root } = await renderWizard(<VerificationWizard persist={false} phoneChannels={['sms', 'voice', 'whatsapp']} />);
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard(`${EMAIL}{Enter}`);
    await expect.element(page.getByLabelText('Verification code')).toHaveFocus();
    await userEvent.keyboard(code(adapter, EMAIL));
    await expect.element(page.getByRole('heading', { name: 'Verify your phone number' })).toHaveFocus();
    // Measured once the country list has loaded: a select is as wide as its widest option
    // ("South Georgia & South Sandwich Islands"), and only the loaded list has it.
    await expect.element(page.getByLabelText('Country or region')).not.toHaveAttribute('aria-busy');
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    expect(root.scrollWidth).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(root);
  });
});
