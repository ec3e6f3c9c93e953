import { useEffect, useReducer } from 'react';
import { systemClock } from '../../core/clock';
import { isExpired, remainingMs } from '../../core/timing';
import { useOptionalVerificationContext } from '../../react/context';

// Browsers run a setTimeout longer than 2^31-1 ms at once; a far deadline is re-checked instead.
const MAX_TIMEOUT = 2_147_483_647;

/**
 * True once `until` (epoch ms, e.g. a code's `expiresAt`) has passed on the provider's clock.
 * One timer for the deadline instead of a per-second tick: nothing re-renders until it flips.
 */
export function useDeadline(until: number | null | undefined): boolean {
  const clock = useOptionalVerificationContext()?.clock ?? systemClock;
  const [tick, rerender] = useReducer((n: number) => n + 1, 0);
  const passed = isExpired(until, clock.now());
  useEffect(() => {
    if (until == null || passed) return undefined;
    const timer = setTimeout(rerender, Math.min(MAX_TIMEOUT, remainingMs(until, clock.now()) + 1));
    return () => clearTimeout(timer);
  }, [until, passed, clock, tick]);
  return passed;
}
