import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createHttpAdapter } from '../../../src/adapters/http';
import { VerificationWizard } from '../../../src/components';
import { createManualClock } from '../../../src/core/clock';
import { VerificationProvider } from '../../../src/react';
import { createVerificationHandler } from '../../../src/server/handler';
import { memoryProvider } from '../../../src/server/providers/memory';

const EMAIL = 'jane@example.com';
const PROOF_TTL = 5 * 60_000;

/**
 * Focus is the browser's business: after verikit/server refuses the phone send because the
 * email's proof expired, the wizard is back on the email step with focus on its heading, and
 * the keyboard goes on from there (Tab reaches the kept address, Enter sends it again).
 */
describe('VerificationWizard in Chromium, when the server refuses an expired email proof', () => {
  it('moves focus to the email step heading, announces why, and the keyboard continues from there', async () => {
    sessionStorage.clear();
    const clock = createManualClock(Date.UTC(2026, 0, 1));
    const provider = memoryProvider({ seed: 5, clock });
    // verikit/server in the page (Web Crypto and Fetch are all it needs), its clock the test's.
    const handler = createVerificationHandler({
      provider,
      secret: 'stale-proof-browser-secret-0123456789-abc',
      getSubject: () => 'session-1',
      basePath: '/api/verify',
      proofTtlMs: PROOF_TTL,
      now: clock.now,
    });
    const adapter = createHttpAdapter({ baseUrl: 'https://app.test/api/verify', fetch: (input, init) => handler(new Request(input as RequestInfo, init)) });
    await render(
      <VerificationProvider adapter={adapter} clock={clock}>
        <VerificationWizard />
      </VerificationProvider>,
    );

    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard(`${EMAIL}{Enter}`);
    await expect.element(page.getByLabelText('Verification code')).toHaveFocus();
    await userEvent.keyboard(provider.engine('session-1').lastCode(EMAIL)!);
    await expect.element(page.getByRole('heading', { name: 'Verify your phone number' })).toHaveFocus();

    clock.advance(PROOF_TTL + 1_000);
    await userEvent.keyboard('{Tab}{Tab}');
    await expect.element(page.getByLabelText('Phone number', { exact: true })).toHaveFocus();
    await userEvent.keyboard('4155550132{Enter}');

    const heading = page.getByRole('heading', { name: 'Verify your email address to create your account' });
    await expect.element(heading).toHaveFocus();
    await expect.element(page.getByText('Step 1 of 2')).toBeVisible();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Verify your email address first.');
    await userEvent.keyboard('{Tab}');
    const field = page.getByLabelText('Email address', { exact: true });
    await expect.element(field).toHaveFocus();
    await expect.element(field).toHaveValue(EMAIL);
  });
});
