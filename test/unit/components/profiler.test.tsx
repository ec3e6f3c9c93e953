import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { forwardRef, Profiler, type ComponentProps, type ReactElement } from 'react';
import { expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../../src/adapters/memory';
import { VerificationWizard } from '../../../src/components';
import { VerificationProvider } from '../../../src/react';
import { codeFor, EMAIL } from './helpers';

// Two probes: renders of the wizard's root component (it calls useVerificationFlow once per
// render, and nothing else inside the wizard does), and a Profiler inside, around the OtpInput.
const counts = vi.hoisted(() => ({ wizardRoot: 0, otpCommits: 0 }));

vi.mock('../../../src/react/useVerificationFlow', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../../src/react/useVerificationFlow')>();
  return {
    ...mod,
    useVerificationFlow: (options: Parameters<typeof mod.useVerificationFlow>[0]) => {
      counts.wizardRoot += 1;
      return mod.useVerificationFlow(options);
    },
  };
});

vi.mock('../../../src/components/otp-input', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../../src/components/otp-input')>();
  const Real = mod.OtpInput as unknown as (props: ComponentProps<'input'>) => ReactElement;
  const Profiled = forwardRef<HTMLInputElement, ComponentProps<typeof Real>>((props, ref) => (
    <Profiler id="otp-input" onRender={() => (counts.otpCommits += 1)}>
      <Real {...props} ref={ref} />
    </Profiler>
  ));
  return { ...mod, OtpInput: Profiled };
});

it('a keystroke in the code field re-renders the OtpInput, not the wizard', async () => {
  const user = userEvent.setup();
  const adapter = createMemoryAdapter({ seed: 12 });
  let wizardCommits = 0;
  render(
    <VerificationProvider adapter={adapter}>
      <Profiler id="wizard" onRender={() => (wizardCommits += 1)}>
        <VerificationWizard persist={false} loadStatus={false} />
      </Profiler>
    </VerificationProvider>,
  );
  await user.type(screen.getByLabelText('Email address'), EMAIL);
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  const input = await screen.findByLabelText('Verification code');
  await new Promise((resolve) => setTimeout(resolve, 50));

  const before = { wizardCommits, ...counts };
  const code = codeFor(adapter, EMAIL);
  // Five of six characters: the sixth would submit the code, which rightly updates the wizard.
  for (const char of code.slice(0, 5)) await user.keyboard(char);
  expect(input).toHaveValue(code.slice(0, 5));

  const commits = wizardCommits - before.wizardCommits;
  const otpCommits = counts.otpCommits - before.otpCommits;
  // Every keystroke commits (the Profiler around the wizard sees it)…
  expect(commits).toBeGreaterThanOrEqual(5);
  // …and every one of those commits is the OtpInput re-rendering…
  expect(otpCommits).toBe(commits);
  // …while the wizard's root component did not render at all.
  expect(counts.wizardRoot - before.wizardRoot).toBe(0);
  // The probe works: the wizard root did render on the way here.
  expect(before.wizardRoot).toBeGreaterThan(0);
});
