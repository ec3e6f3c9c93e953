import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../../src/adapters/memory';
import { VerificationError } from '../../../src/core/errors';
import { useFormat, useMessages, useSendCode, useVerificationAdapter, useVerificationFlow } from '../../../src/react';
import { wrapperFor } from './helpers';

const req = { channel: 'email', to: 'jane@example.com', event: 'Register' } as const;

describe('VerificationProvider', () => {
  it('gives hooks the adapter', () => {
    const adapter = createMemoryAdapter({ seed: 1 });
    const { result } = renderHook(() => useVerificationAdapter(), { wrapper: wrapperFor(adapter) });
    expect(result.current).toBe(adapter);
  });

  it('useVerificationAdapter and the request hooks throw a clear error outside a provider', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(() => renderHook(() => useVerificationAdapter())).toThrow(/useVerificationAdapter\(\) must be used inside <VerificationProvider/);
      expect(() => renderHook(() => useSendCode())).toThrow(/useSendCode\(\) must be used inside <VerificationProvider/);
      expect(() => renderHook(() => useVerificationFlow())).toThrow(/useVerificationFlow\(\) must be used inside/);
    } finally {
      spy.mockRestore();
    }
  });

  it('runs mutations in the host app’s QueryClient when there is one', async () => {
    const host = new QueryClient();
    const { result } = renderHook(() => useSendCode(), { wrapper: wrapperFor(createMemoryAdapter({ seed: 1 }), { host }) });
    await act(() => result.current.send(req));
    const mutations = host.getMutationCache().findAll({ mutationKey: ['verikit', 'send'] });
    expect(mutations).toHaveLength(1);
    expect(mutations[0]?.state.status).toBe('success');
  });

  it('uses a private client without a host, and the queryClient prop over the host’s', async () => {
    const host = new QueryClient();
    const own = new QueryClient();
    const alone = renderHook(() => useSendCode(), { wrapper: wrapperFor(createMemoryAdapter({ seed: 1 })) });
    await act(() => alone.result.current.send(req));
    await waitFor(() => expect(alone.result.current.data?.to).toBe(req.to));
    const both = renderHook(() => useSendCode(), { wrapper: wrapperFor(createMemoryAdapter({ seed: 2 }), { host, queryClient: own }) });
    await act(() => both.result.current.send(req));
    expect(own.getMutationCache().getAll()).toHaveLength(1);
    expect(host.getMutationCache().getAll()).toHaveLength(0);
  });

  it('never retries a failed send, even when the host client retries by default', async () => {
    const host = new QueryClient({ defaultOptions: { mutations: { retry: 3, retryDelay: 0 } } });
    const adapter = createMemoryAdapter({ seed: 1 });
    const spy = vi.spyOn(adapter, 'sendCode');
    adapter.failNext('network');
    adapter.failNext('network');
    const { result } = renderHook(() => useSendCode(), { wrapper: wrapperFor(adapter, { host }) });
    const sent = await act(() => result.current.send(req));
    expect(sent).toBeUndefined();
    expect(spy).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(result.current.error).toBeInstanceOf(VerificationError));
    expect(result.current.error?.code).toBe('network');
    expect(result.current.status).toBe('error');
  });
});

describe('messages', () => {
  it('deep-merges overrides over English and formats errors in the locale', () => {
    const adapter = createMemoryAdapter({ seed: 1 });
    const { result } = renderHook(() => ({ messages: useMessages(), f: useFormat() }), {
      wrapper: wrapperFor(adapter, { locale: 'de', messages: { errors: { invalid_code: 'Falscher Code.' } } }),
    });
    expect(result.current.messages.errors.invalid_code).toBe('Falscher Code.');
    expect(result.current.messages.actions.resend).toBe('Resend code');
    // A wrong code with attempts left is one sentence of its own (status.wrongCodeAttemptsLeft),
    // not the error glued to a count; at 0 it reads as too_many_attempts.
    expect(result.current.f.formatError(new VerificationError('invalid_code', 'backend says: mismatch', { attemptsLeft: 2 }))).toBe(
      'That code isn’t right. You have 2 tries left.',
    );
    expect(result.current.f.formatError(new VerificationError('invalid_code', 'backend says: mismatch', { attemptsLeft: 1 }))).toBe(
      'That code isn’t right. You have 1 try left.',
    );
    expect(result.current.f.formatError(new VerificationError('invalid_code', 'x', { attemptsLeft: 0 }))).toBe(
      'Too many wrong codes. Get a new code to try again.',
    );
    expect(result.current.f.formatError(new VerificationError('invalid_code', 'x'))).toBe('Falscher Code.');
    expect(result.current.f.format('{n} x', { n: 1234 })).toBe('1.234 x');
  });

  it('never shows backend text, and falls back to unknown for anything else', () => {
    const { result } = renderHook(() => useFormat());
    // No frozen number: the live countdown on the button is the only one on screen.
    expect(result.current.formatError(new VerificationError('rate_limited', 'internal detail', { retryAfterMs: 3_600_000 }))).toBe(
      'Too many requests for now. Wait a moment, then try again.',
    );
    expect(result.current.formatError({ code: 'rate_limited' })).toBe('Too many requests for now. Wait a moment, then try again.');
    expect(result.current.formatError(new Error('SQL exploded'))).toBe('Something went wrong. Try again.');
    expect(result.current.formatError({ code: 'toString' })).toBe('Something went wrong. Try again.');
  });
});
