import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../../src/adapters/memory';
import type { VerificationAdapter } from '../../../src/adapters/types';
import type { SentCode, VerifiedCode } from '../../../src/core/types';
import { useSendCode, useVerifyCode } from '../../../src/react';
import { deferred, wrapperFor } from './helpers';

const req = { channel: 'email', to: 'jane@example.com', event: 'Register' } as const;
const sent: SentCode = { requestId: 'r1', channel: 'email', to: 'jane@example.com' };

/** An adapter whose answers the test releases by hand, recording each call's signal. */
function manualAdapter() {
  const sends: { signal?: AbortSignal; answer: ReturnType<typeof deferred<SentCode>> }[] = [];
  const verifies: { signal?: AbortSignal; answer: ReturnType<typeof deferred<VerifiedCode>> }[] = [];
  const adapter: VerificationAdapter = {
    sendCode: (_req, opts) => {
      const answer = deferred<SentCode>();
      sends.push({ signal: opts?.signal, answer });
      opts?.signal?.addEventListener('abort', () => answer.reject(opts.signal?.reason));
      return answer.promise;
    },
    verifyCode: (_req, opts) => {
      const answer = deferred<VerifiedCode>();
      verifies.push({ signal: opts?.signal, answer });
      opts?.signal?.addEventListener('abort', () => answer.reject(opts.signal?.reason));
      return answer.promise;
    },
  };
  return { adapter, sends, verifies };
}

afterEach(() => vi.restoreAllMocks());

describe('useSendCode', () => {
  it('turns a double click into one request, and both clicks get its result', async () => {
    const { adapter, sends } = manualAdapter();
    const { result } = renderHook(() => useSendCode(), { wrapper: wrapperFor(adapter) });
    let first!: Promise<SentCode | undefined>;
    let second!: Promise<SentCode | undefined>;
    act(() => {
      first = result.current.send(req);
      second = result.current.send(req);
    });
    await waitFor(() => expect(result.current.isPending).toBe(true));
    act(() => {
      void result.current.send(req);
    });
    await waitFor(() => expect(sends).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(sends).toHaveLength(1);
    await act(async () => sends[0]?.answer.resolve(sent));
    await expect(first).resolves.toEqual(sent);
    await expect(second).resolves.toEqual(sent);
    await waitFor(() => expect(result.current.status).toBe('success'));
    // Once the first is done, a new send goes out.
    act(() => {
      void result.current.send(req);
    });
    await waitFor(() => expect(sends).toHaveLength(2));
  });

  it('passes the provider locale unless the request has one', async () => {
    const adapter = createMemoryAdapter({ seed: 1 });
    const { result } = renderHook(() => useSendCode(), { wrapper: wrapperFor(adapter, { locale: 'fr' }) });
    await act(() => result.current.send(req));
    expect(adapter.outbox.last()?.locale).toBe('fr');
    // A new identifier, so the first one's cooldown doesn't apply.
    await act(() => result.current.send({ ...req, to: 'sam@example.com', locale: 'es' }));
    expect(adapter.outbox.last()?.locale).toBe('es');
  });

  it('unmounting aborts the send, calls nothing back and logs nothing', async () => {
    const errors = vi.spyOn(console, 'error');
    const { adapter, sends } = manualAdapter();
    const onSuccess = vi.fn();
    const onError = vi.fn();
    const { result, unmount } = renderHook(() => useSendCode({ onSuccess, onError }), { wrapper: wrapperFor(adapter) });
    let pending!: Promise<SentCode | undefined>;
    act(() => {
      pending = result.current.send(req);
    });
    await waitFor(() => expect(sends[0]?.signal?.aborted).toBe(false));
    unmount();
    expect(sends[0]?.signal?.aborted).toBe(true);
    expect((sends[0]?.signal?.reason as Error).name).toBe('AbortError');
    await expect(pending).resolves.toBeUndefined();
    await new Promise((r) => setTimeout(r, 20));
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
  });

  it('unmounting before the request went out sends nothing', async () => {
    const { adapter, sends } = manualAdapter();
    const { result, unmount } = renderHook(() => useSendCode(), { wrapper: wrapperFor(adapter) });
    let pending!: Promise<SentCode | undefined>;
    act(() => {
      pending = result.current.send(req);
    });
    unmount();
    await expect(pending).resolves.toBeUndefined();
    await new Promise((r) => setTimeout(r, 20));
    expect(sends).toHaveLength(0);
  });

  it('an answer that lands after unmount changes nothing', async () => {
    const errors = vi.spyOn(console, 'error');
    // An adapter that ignores its signal, like a backend already mid-answer.
    const answer = deferred<SentCode>();
    const adapter: VerificationAdapter = { sendCode: () => answer.promise, verifyCode: () => new Promise(() => {}) };
    const onSuccess = vi.fn();
    const renders = vi.fn();
    const { result, unmount } = renderHook(
      () => {
        renders();
        return useSendCode({ onSuccess });
      },
      { wrapper: wrapperFor(adapter) },
    );
    let pending!: Promise<SentCode | undefined>;
    act(() => {
      pending = result.current.send(req);
    });
    unmount();
    const count = renders.mock.calls.length;
    answer.resolve(sent);
    await expect(pending).resolves.toBeUndefined();
    await new Promise((r) => setTimeout(r, 20));
    expect(onSuccess).not.toHaveBeenCalled();
    expect(renders).toHaveBeenCalledTimes(count);
    expect(errors).not.toHaveBeenCalled();
  });

  it('cancel aborts and returns to idle without an error', async () => {
    const { adapter, sends } = manualAdapter();
    const onError = vi.fn();
    const { result } = renderHook(() => useSendCode({ onError }), { wrapper: wrapperFor(adapter) });
    let pending!: Promise<SentCode | undefined>;
    act(() => {
      pending = result.current.send(req);
    });
    await waitFor(() => expect(sends).toHaveLength(1));
    act(() => result.current.cancel());
    await expect(pending).resolves.toBeUndefined();
    expect(sends[0]?.signal?.aborted).toBe(true);
    await waitFor(() => expect(result.current.isPending).toBe(false));
    expect(result.current.error).toBeNull();
    expect(onError).not.toHaveBeenCalled();
  });

  it('reports failures as VerificationError through onError and error', async () => {
    const adapter = createMemoryAdapter({ seed: 1 });
    const onError = vi.fn();
    const { result } = renderHook(() => useSendCode({ onError }), { wrapper: wrapperFor(adapter) });
    await act(() => result.current.send({ ...req, to: 'not-an-email' }));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'invalid_identifier' }), expect.objectContaining({ to: 'not-an-email' }));
    await waitFor(() => expect(result.current.error?.code).toBe('invalid_identifier'));
    act(() => result.current.reset());
    await waitFor(() => expect(result.current.error).toBeNull());
  });
});

describe('useVerifyCode', () => {
  it('checks a code once even when submitted twice (auto-submit plus Enter)', async () => {
    const { adapter, verifies } = manualAdapter();
    const onSuccess = vi.fn();
    const { result } = renderHook(() => useVerifyCode({ onSuccess }), { wrapper: wrapperFor(adapter) });
    const vreq = { requestId: 'r1', channel: 'email' as const, to: req.to, code: '123456', event: 'Register' as const };
    let a!: Promise<VerifiedCode | undefined>;
    act(() => {
      a = result.current.verify(vreq);
      void result.current.verify(vreq);
    });
    await waitFor(() => expect(verifies).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(verifies).toHaveLength(1);
    await act(async () => verifies[0]?.answer.resolve({ channel: 'email', to: req.to, proof: 'p' }));
    await expect(a).resolves.toMatchObject({ proof: 'p' });
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('reports a wrong code with attempts left', async () => {
    const adapter = createMemoryAdapter({ seed: 9 });
    const sentCode = await adapter.sendCode(req);
    const right = adapter.engine.lastCode(req.to) as string;
    const { result } = renderHook(() => useVerifyCode(), { wrapper: wrapperFor(adapter) });
    const wrong = right === '000000' ? '111111' : '000000';
    const answer = await act(() => result.current.verify({ requestId: sentCode.requestId, channel: 'email', to: req.to, code: wrong, event: 'Register' }));
    expect(answer).toBeUndefined();
    await waitFor(() => expect(result.current.error).toMatchObject({ code: 'invalid_code', attemptsLeft: 4 }));
  });
});
