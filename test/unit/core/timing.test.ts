import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/core/clock';
import { DEFAULT_CODE_TTL_MS, DEFAULT_RESEND_COOLDOWN_MS, isExpired, msUntilNextSecond, remainingMs, remainingSeconds, retryAt, sendTiming } from '../../../src/core/timing';

describe('cooldown and expiry arithmetic', () => {
  it('uses the backend times when given', () => {
    expect(sendTiming({ expiresAt: 5_000, resendAvailableAt: 2_000 }, 1_000)).toEqual({ expiresAt: 5_000, resendAvailableAt: 2_000 });
  });

  it('falls back to 30 s and 10 min from the send time', () => {
    expect(DEFAULT_RESEND_COOLDOWN_MS).toBe(30_000);
    expect(DEFAULT_CODE_TTL_MS).toBe(600_000);
    expect(sendTiming({}, 1_000)).toEqual({ resendAvailableAt: 31_000, expiresAt: 601_000 });
    expect(sendTiming({ expiresAt: Number.NaN }, 0).expiresAt).toBe(600_000);
  });

  it('computes the retry time from retryAfterMs, or the default', () => {
    expect(retryAt({ retryAfterMs: 12_000 }, 100)).toBe(12_100);
    expect(retryAt({ retryAfterMs: 0 }, 100)).toBe(100);
    expect(retryAt({}, 100)).toBe(30_100);
    expect(retryAt({ retryAfterMs: -1 }, 100)).toBe(30_100);
  });

  it('counts down on an injected clock, rounding seconds up', () => {
    const clock = createManualClock(0);
    const until = 30_000;
    expect(remainingSeconds(until, clock.now())).toBe(30);
    clock.advance(1);
    expect(remainingSeconds(until, clock.now())).toBe(30);
    clock.advance(999);
    expect(remainingSeconds(until, clock.now())).toBe(29);
    clock.advance(29_000);
    expect(remainingMs(until, clock.now())).toBe(0);
    clock.advance(5_000);
    expect(remainingMs(until, clock.now())).toBe(0);
    expect(remainingSeconds(null, clock.now())).toBe(0);
  });

  it('says when the shown second changes', () => {
    expect(msUntilNextSecond(30_000, 0)).toBe(1000);
    expect(msUntilNextSecond(30_000, 250)).toBe(750);
    expect(msUntilNextSecond(30_000, 30_000)).toBe(0);
  });

  it('expires at expiresAt, not before', () => {
    expect(isExpired(1_000, 999)).toBe(false);
    expect(isExpired(1_000, 1_000)).toBe(true);
    expect(isExpired(undefined, 1e15)).toBe(false);
  });

  it('a manual clock refuses to go back', () => {
    expect(() => createManualClock().advance(-1)).toThrow(RangeError);
  });
});
