import { useEffect, useReducer } from 'react';
import { systemClock, type Clock } from '../core/clock';
import { msUntilNextSecond, remainingMs } from '../core/timing';
import { useOptionalVerificationContext } from './context';

export interface UseCooldownOptions {
  /** Time source. Default the provider's clock, or the system clock outside a provider. */
  clock?: Clock;
}

export interface Cooldown {
  /** Milliseconds left; 0 when not counting. */
  remainingMs: number;
  /** Whole seconds left, rounded up; 0 when not counting. (`formatDuration(remainingMs)` words it for the screen.) */
  seconds: number;
  /** True while there is time left. */
  isCounting: boolean;
}

/**
 * Counts down to `until` (epoch ms, e.g. `resendAvailableAt`). Re-renders once per displayed
 * second while counting and sets no timer at all otherwise, so an idle form costs nothing.
 */
export function useCooldown(until: number | null | undefined, options: UseCooldownOptions = {}): Cooldown {
  const contextClock = useOptionalVerificationContext()?.clock;
  const clock = options.clock ?? contextClock ?? systemClock;
  const [tick, rerender] = useReducer((n: number) => n + 1, 0);
  const left = remainingMs(until, clock.now());

  useEffect(() => {
    if (until == null || left <= 0) return undefined;
    // Wake when the shown second changes, not on a fixed 1 s interval that drifts off it.
    const timer = setTimeout(rerender, msUntilNextSecond(until, clock.now()));
    return () => clearTimeout(timer);
  }, [until, left, clock, tick]);

  return { remainingMs: left, seconds: Math.ceil(left / 1000), isCounting: left > 0 };
}
