import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../../src/adapters/memory';
import { createManualClock } from '../../../src/core/clock';
import { useCooldown } from '../../../src/react';
import { wrapperFor } from './helpers';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 0, 1));
});
afterEach(() => vi.useRealTimers());

describe('useCooldown', () => {
  it('counts down once a second on fake timers and stops at zero, leaving no timer', () => {
    const until = Date.now() + 3_000;
    const renders = vi.fn();
    const { result } = renderHook(() => {
      renders();
      return useCooldown(until);
    });
    expect(result.current).toEqual({ remainingMs: 3_000, seconds: 3, isCounting: true });
    expect(vi.getTimerCount()).toBe(1);
    act(() => vi.advanceTimersByTime(999));
    expect(result.current.seconds).toBe(3);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current.seconds).toBe(2);
    act(() => vi.advanceTimersByTime(1_000));
    expect(result.current.seconds).toBe(1);
    act(() => vi.advanceTimersByTime(1_000));
    expect(result.current).toEqual({ remainingMs: 0, seconds: 0, isCounting: false });
    expect(vi.getTimerCount()).toBe(0);
    const count = renders.mock.calls.length;
    act(() => vi.advanceTimersByTime(10_000));
    expect(renders).toHaveBeenCalledTimes(count);
  });

  it('sets no timer when there is nothing to count', () => {
    const { result, rerender } = renderHook(({ until }: { until: number | null }) => useCooldown(until), { initialProps: { until: null as number | null } });
    expect(result.current.isCounting).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    rerender({ until: Date.now() - 5 });
    expect(vi.getTimerCount()).toBe(0);
    rerender({ until: Date.now() + 1_500 });
    expect(result.current.seconds).toBe(2);
    // First wake-up lines up with the second boundary: 500 ms, not 1 000.
    act(() => vi.advanceTimersByTime(500));
    expect(result.current.seconds).toBe(1);
  });

  it('clears its timer on unmount', () => {
    const { unmount } = renderHook(() => useCooldown(Date.now() + 10_000));
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reads the provider’s injected clock', () => {
    const clock = createManualClock(1_000);
    const { result } = renderHook(() => useCooldown(31_000), { wrapper: wrapperFor(createMemoryAdapter({ seed: 1 }), { clock }) });
    expect(result.current.seconds).toBe(30);
    // Timers fire, but only the injected clock says how much time passed.
    act(() => vi.advanceTimersByTime(1_000));
    expect(result.current.seconds).toBe(30);
    act(() => {
      clock.advance(10_000);
      vi.advanceTimersByTime(1_000);
    });
    expect(result.current.seconds).toBe(20);
    act(() => {
      clock.advance(20_000);
      vi.advanceTimersByTime(1_000);
    });
    expect(result.current.isCounting).toBe(false);
  });
});
