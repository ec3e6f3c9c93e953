import { useState } from 'react';
import { inject } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createHttpAdapter } from '../../../src/adapters/http';
import { OtpInput } from '../../../src/components/otp-input';
import type { IdentifierKind } from '../../../src/core/types';
import { useVerificationFlow, VerificationProvider } from '../../../src/react';

/**
 * End to end in real Chromium: a page using createHttpAdapter completes the individual flow
 * (email, then phone) against createVerificationHandler with the memory provider, on the
 * loopback Node server started by test/setup/browser-global.ts. Cross-origin, so the CORS
 * preflight and headers are the browser's own.
 */
const baseUrl = inject('verikitServerUrl');
const SESSION_HEADER = 'x-verikit-session';

/** The development outbox: the only place the code exists outside the server. */
async function codeSentTo(session: string, to: string): Promise<string> {
  const response = await fetch(`${baseUrl}/outbox`, { headers: { [SESSION_HEADER]: session } });
  const { messages } = (await response.json()) as { messages: { to: string; code: string }[] };
  const code = messages.filter((m) => m.to === to).at(-1)?.code;
  if (!code) throw new Error(`no message to ${to}`);
  return code;
}

type Flow = ReturnType<typeof useVerificationFlow>;

function Step({ flow, kind, label }: { flow: Flow; kind: IdentifierKind; label: string }) {
  const view = flow[kind];
  const [value, setValue] = useState('');
  if (view.status === 'verified') return <p data-testid={`${kind}-verified`}>{`${label} verified: ${view.to}`}</p>;
  return (
    <form
      aria-label={`${label} step`}
      onSubmit={(event) => {
        event.preventDefault();
        void flow.send(kind, value);
      }}
    >
      <label>
        {label}
        <input value={value} onChange={(event) => setValue(event.target.value)} />
      </label>
      <button type="submit" disabled={view.isSending}>{`Send ${label} code`}</button>
      {view.status === 'sent' && (
        <OtpInput
          aria-label={`${label} code`}
          length={view.codeLength ?? 6}
          disabled={view.isVerifying}
          onComplete={(code) => void flow.verify(kind, code)}
        />
      )}
      {view.error && <p role="alert">{view.error.code}</p>}
    </form>
  );
}

// The page's own component: holds the flow and shows the current step.
function Page({ onComplete }: { onComplete: (proofs: (string | undefined)[]) => void }) {
  const flow = useVerificationFlow({ accountType: 'individual', event: 'Register', onComplete: (r) => onComplete([r.email?.proof, r.phone?.proof]) });
  return (
    <main>
      <Step flow={flow} kind="email" label="Email" />
      {/* Not `flow.canSendPhone`: that also needs a phone number already set (see the final report). */}
      {flow.email.status === 'verified' && <Step flow={flow} kind="phone" label="Phone" />}
      {flow.isComplete && <p data-testid="done">All verified</p>}
    </main>
  );
}

describe('e2e: individual flow through verikit/server in Chromium', () => {
  it('verifies email then phone, with signed proofs, across origins', async () => {
    expect(new URL(baseUrl).origin).not.toBe(location.origin);
    const session = `e2e-${crypto.randomUUID()}`;
    const adapter = createHttpAdapter({ baseUrl, headers: { [SESSION_HEADER]: session } });
    const onComplete = vi.fn();
    await render(
      <VerificationProvider adapter={adapter}>
        <Page onComplete={onComplete} />
      </VerificationProvider>,
    );

    // The phone step is not offered before the email is verified.
    expect(page.getByRole("form", { name: "Phone step" }).query()).toBeNull();

    await userEvent.type(page.getByRole('textbox', { name: 'Email', exact: true }), 'Jane@Example.com');
    await userEvent.click(page.getByRole('button', { name: 'Send Email code' }));
    await expect.element(page.getByLabelText('Email code')).toBeInTheDocument();
    const emailCode = await codeSentTo(session, 'Jane@example.com');
    await userEvent.type(page.getByLabelText('Email code'), emailCode);
    await expect.element(page.getByTestId('email-verified')).toHaveTextContent('Email verified: Jane@example.com');

    await userEvent.type(page.getByRole('textbox', { name: 'Phone', exact: true }), '+1 415 555 0123');
    await userEvent.click(page.getByRole('button', { name: 'Send Phone code' }));
    await expect.element(page.getByLabelText('Phone code')).toBeInTheDocument();
    const phoneCode = await codeSentTo(session, '+14155550123');
    // A wrong code first: the server says invalid_code and the flow stays on the step.
    const wrong = [...phoneCode].map((d) => String((Number(d) + 1) % 10)).join('');
    await userEvent.type(page.getByLabelText('Phone code'), wrong);
    await expect.element(page.getByRole('alert')).toHaveTextContent('invalid_code');
    await userEvent.clear(page.getByLabelText('Phone code'));
    await userEvent.type(page.getByLabelText('Phone code'), phoneCode);

    await expect.element(page.getByTestId('done')).toBeVisible();
    expect(onComplete).toHaveBeenCalledTimes(1);
    const [emailProof, phoneProof] = onComplete.mock.calls[0]![0] as string[];
    expect(emailProof).toMatch(/^vk1\./);
    expect(phoneProof).toMatch(/^vk1\./);

    // What the server now knows for this session, through the same adapter.
    expect(await adapter.getStatus()).toEqual({
      email: { to: 'Jane@example.com', verified: true },
      phone: { to: '+14155550123', verified: true },
    });
  });

  it("another session can't see this session's state or use its requestId", async () => {
    const mine = createHttpAdapter({ baseUrl, headers: { [SESSION_HEADER]: `e2e-${crypto.randomUUID()}` } });
    const theirs = createHttpAdapter({ baseUrl, headers: { [SESSION_HEADER]: `e2e-${crypto.randomUUID()}` } });
    const sent = await mine.sendCode({ channel: 'email', to: 'solo@example.com', event: 'SignIn' });
    const error = await theirs
      .verifyCode({ requestId: sent.requestId, channel: 'email', to: 'solo@example.com', code: '123456', event: 'SignIn' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'session_expired', status: 401 });
    expect((await theirs.getStatus()).email?.verified).toBe(false);
  });
});
