import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { createHttpAdapter } from '../../../src/adapters/http';
import { SendCode } from '../../../src/components';
import { VerificationError } from '../../../src/core/errors';
import { VerificationProvider } from '../../../src/react';
import { createVerificationHandler } from '../../../src/server/handler';
import { memoryProvider } from '../../../src/server/providers/memory';

/**
 * A CAPTCHA the way docs/server.md sets one up: the page sends the widget's token in a header and
 * `beforeSend` refuses a send without a good one (`captcha_required`, 403). The component must
 * show and announce that message, keep what was typed, and send once the check is done.
 */
afterEach(() => cleanup());

it('shows "Complete the security check, then try again." on captcha_required, keeps the address, and sends once the token is there', async () => {
  const provider = memoryProvider({ seed: 3 });
  const beforeSend = vi.fn(({ request }: { request: Request }) => {
    if (request.headers.get('cf-turnstile-response') !== 'solved') throw new VerificationError('captcha_required');
  });
  const handler = createVerificationHandler({
    provider,
    secret: 'captcha-test-secret-0123456789-abcdefgh',
    getSubject: () => 'session-1',
    basePath: '/api/verify',
    beforeSend,
  });
  // The widget's answer, once the person has solved it.
  const widget: { token?: string } = {};
  const adapter = createHttpAdapter({
    baseUrl: 'https://app.test/api/verify',
    fetch: (input, init) => handler(new Request(input as RequestInfo, init)),
    headers: (): Record<string, string> => (widget.token ? { 'cf-turnstile-response': widget.token } : {}),
  });
  const user = userEvent.setup();
  render(
    <VerificationProvider adapter={adapter}>
      <SendCode event="SignIn" />
    </VerificationProvider>,
  );

  await user.type(await screen.findByLabelText('Email address'), 'jane@example.com');
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Complete the security check, then try again.');
  expect(alert).toHaveAttribute('data-code', 'captcha_required');
  expect(screen.getByLabelText('Email address')).toHaveValue('jane@example.com');
  expect(provider.engine('session-1').outbox.messages).toHaveLength(0);

  widget.token = 'solved';
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  expect(await screen.findByText(/We’ve sent a code to/)).toBeInTheDocument();
  expect(provider.engine('session-1').outbox.messages).toHaveLength(1);
  expect(beforeSend).toHaveBeenCalledTimes(2);
});
