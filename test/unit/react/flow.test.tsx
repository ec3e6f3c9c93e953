import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory';
import { createManualClock } from '../../../src/core/clock';
import { useCooldown, useVerificationFlow, type UseVerificationFlowOptions } from '../../../src/react';
import { wrapperFor } from './helpers';

const EMAIL = 'jane@example.com';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

function setup(options: UseVerificationFlowOptions = {}, adapter?: MemoryAdapter) {
  const clock = createManualClock(Date.UTC(2026, 0, 1));
  const memory = adapter ?? createMemoryAdapter({ seed: 4, clock });
  const rendered = renderHook(() => useVerificationFlow({ loadStatus: false, ...options }), { wrapper: wrapperFor(memory, { clock }) });
  return { ...rendered, adapter: memory, clock };
}

describe('useVerificationFlow', () => {
  it('walks an individual through email then phone, with proofs kept in memory', async () => {
    const onVerified = vi.fn();
    const onComplete = vi.fn();
    const { result, adapter } = setup({ defaultCountry: 'US', onVerified, onComplete });
    expect(result.current).toMatchObject({ step: 'email', stepNumber: 1, totalSteps: 2, canSendPhone: false });

    await act(() => result.current.send('email', ' Jane@Example.com '));
    expect(result.current.email).toMatchObject({ to: 'Jane@example.com', status: 'sent', codeLength: 6, canVerify: true, canSend: false });
    await act(() => result.current.verify('email', adapter.engine.lastCode('Jane@example.com') as string));
    expect(result.current).toMatchObject({ step: 'phone', stepNumber: 2, canSendPhone: false });
    expect(onVerified).toHaveBeenCalledWith('email', expect.objectContaining({ proof: expect.stringMatching(/^demo_/) }));

    await act(() => result.current.send('phone', '(415) 555-0132'));
    expect(result.current.phone).toMatchObject({ to: '+14155550132', status: 'sent', channel: 'sms' });
    await act(() => result.current.verify('phone', adapter.engine.lastCode('+14155550132') as string));
    expect(result.current.isComplete).toBe(true);
    expect(result.current.step).toBe('done');
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    expect(onComplete.mock.calls[0]?.[0]).toMatchObject({ email: { to: 'Jane@example.com' }, phone: { to: '+14155550132' } });
  });

  it('never asks the backend for a phone code before the email is verified', async () => {
    const { result, adapter } = setup();
    const spy = vi.spyOn(adapter, 'sendCode');
    await act(() => result.current.send('phone', '+14155550132'));
    expect(spy).not.toHaveBeenCalled();
    expect(result.current.phone.error).toEqual({ code: 'order_violation' });
    expect(result.current.step).toBe('email');
  });

  it('finishes a business account after the email, with no phone request ever', async () => {
    const { result, adapter } = setup({ accountType: 'business' });
    const spy = vi.spyOn(adapter, 'sendCode');
    expect(result.current.totalSteps).toBe(1);
    await act(() => result.current.send('email', EMAIL));
    await act(() => result.current.verify('email', adapter.engine.lastCode(EMAIL) as string));
    expect(result.current.isComplete).toBe(true);
    await act(() => result.current.send('phone', '+14155550132'));
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('refuses garbage input locally with invalid_identifier', async () => {
    const { result, adapter } = setup();
    const spy = vi.spyOn(adapter, 'sendCode');
    await act(() => result.current.send('email', 'jane@'));
    expect(result.current.email.error).toEqual({ code: 'invalid_identifier' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('holds resends until the cooldown is over, on the injected clock', async () => {
    const { result, adapter, clock } = setup();
    const spy = vi.spyOn(adapter, 'sendCode');
    await act(() => result.current.send('email', EMAIL));
    const cooldown = renderHook(() => useCooldown(result.current.email.resendAvailableAt), { wrapper: wrapperFor(adapter, { clock }) });
    expect(cooldown.result.current.seconds).toBe(30);
    await act(() => result.current.send('email'));
    expect(spy).toHaveBeenCalledTimes(1);
    clock.advance(30_000);
    await act(() => result.current.send('email'));
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('shows a rate limit from the backend as a cooldown', async () => {
    const { result, adapter, clock } = setup();
    adapter.failNext(new (await import('../../../src/core/errors')).VerificationError('rate_limited', 'slow', { retryAfterMs: 12_000 }));
    await act(() => result.current.send('email', EMAIL));
    expect(result.current.email.error).toMatchObject({ code: 'rate_limited' });
    expect(result.current.email.resendAvailableAt).toBe(clock.now() + 12_000);
    expect(result.current.email.canSend).toBe(false);
  });

  it('marks an already verified email verified and moves on', async () => {
    const clock = createManualClock(0);
    const adapter = createMemoryAdapter({ seed: 1, clock, verified: [EMAIL] });
    const { result } = setup({}, adapter);
    await act(() => result.current.send('email', EMAIL));
    // "Already verified" has no proof: the flow asks the status for it before moving on.
    await waitFor(() => expect(result.current.step).toBe('phone'));
    expect(result.current.email).toMatchObject({ status: 'verified', proof: expect.stringMatching(/^demo_/) });
  });

  it('skips what getStatus says is verified', async () => {
    const adapter = createMemoryAdapter({ seed: 1, verified: [EMAIL] });
    const { result } = setup({ loadStatus: true }, adapter);
    await waitFor(() => expect(result.current.step).toBe('phone'));
    expect(result.current.email).toMatchObject({ status: 'verified', to: EMAIL });
  });

  it('changing the email goes back to it', async () => {
    const { result } = setup();
    await act(() => result.current.send('email', EMAIL));
    act(() => result.current.change('email'));
    expect(result.current.email).toMatchObject({ status: 'idle', to: EMAIL, requestId: null });
  });

  it('resumes after a reload from storage, which never holds the code; the email resumes verified once its proof checks out', async () => {
    const storage = memoryStorage();
    const clock = createManualClock(Date.UTC(2026, 0, 1));
    const adapter = createMemoryAdapter({ seed: 4, clock });
    const first = setup({ persist: { storage } }, adapter);
    await act(() => first.result.current.send('email', EMAIL));
    const code = adapter.engine.lastCode(EMAIL) as string;
    await act(() => first.result.current.verify('email', code));
    await act(() => first.result.current.send('phone', '+14155550132'));
    const phoneCode = adapter.engine.lastCode('+14155550132') as string;
    first.unmount();

    const saved = storage.data.get('verikit:flow:Register') as string;
    expect(saved).toBeTypeOf('string');
    expect(saved).not.toContain(`"${code}"`);
    expect(saved).not.toContain(`"${phoneCode}"`);

    const second = setup({ persist: { storage } }, adapter);
    // Nothing shown until the backend has checked the stored proof.
    expect(second.result.current.isResuming).toBe(true);
    await waitFor(() => expect(second.result.current.isResuming).toBe(false));
    expect(second.result.current.step).toBe('phone');
    expect(second.result.current.phone.status).toBe('sent');
    await act(() => second.result.current.verify('phone', phoneCode));
    expect(second.result.current.isComplete).toBe(true);
    act(() => second.result.current.reset());
    expect(JSON.parse(storage.data.get('verikit:flow:Register') as string)).toMatchObject({ email: { status: 'idle', to: null }, phone: { status: 'idle', to: null } });
  });

  it('does not resume a flow stored for another account type', () => {
    const storage = memoryStorage();
    storage.setItem('verikit:flow:Register', JSON.stringify({ version: 1, accountType: 'business', event: 'Register' }));
    const { result } = setup({ persist: { storage } });
    expect(result.current.state.accountType).toBe('individual');
    expect(result.current.totalSteps).toBe(2);
  });

  it('unmounting mid-send leaves the state alone and logs nothing', async () => {
    const errors = vi.spyOn(console, 'error');
    const clock = createManualClock(0);
    // Long enough that the request is certainly still out when the component goes.
    const adapter = createMemoryAdapter({ seed: 2, clock, latencyMs: 5_000 });
    const spy = vi.spyOn(adapter, 'sendCode');
    const storage = memoryStorage();
    const { result, unmount } = setup({ persist: { storage } }, adapter);
    let pending!: Promise<unknown>;
    act(() => {
      pending = result.current.send('email', EMAIL);
    });
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
    const signal = spy.mock.calls[0]?.[1]?.signal;
    unmount();
    expect(signal?.aborted).toBe(true);
    await expect(pending).resolves.toBeUndefined();
    await new Promise((r) => setTimeout(r, 30));
    expect(adapter.engine.lastCode(EMAIL)).toBeUndefined();
    expect(JSON.parse(storage.data.get('verikit:flow:Register') as string).email.status).toBe('idle');
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
