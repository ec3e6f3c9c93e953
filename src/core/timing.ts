import type { SentCode } from './types';

/** Used when a backend doesn't say when a resend is allowed. */
export const DEFAULT_RESEND_COOLDOWN_MS = 30_000;
/** Used when a backend doesn't say when a code expires. */
export const DEFAULT_CODE_TTL_MS = 600_000;

export interface SendTiming {
  /** Epoch ms from which a resend may be asked for. */
  resendAvailableAt: number;
  /** Epoch ms after which the code no longer works. */
  expiresAt: number;
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The backend's times when it gave them, the defaults from `sentAt` otherwise. */
export function sendTiming(sent: Pick<SentCode, 'expiresAt' | 'resendAvailableAt'>, sentAt: number): SendTiming {
  return {
    resendAvailableAt: finite(sent.resendAvailableAt) ? sent.resendAvailableAt : sentAt + DEFAULT_RESEND_COOLDOWN_MS,
    expiresAt: finite(sent.expiresAt) ? sent.expiresAt : sentAt + DEFAULT_CODE_TTL_MS,
  };
}

/** When a refused action may be retried: `retryAfterMs` from the error, else the default cooldown. */
export function retryAt(error: { retryAfterMs?: number }, now: number): number {
  const wait = finite(error.retryAfterMs) && error.retryAfterMs >= 0 ? error.retryAfterMs : DEFAULT_RESEND_COOLDOWN_MS;
  return now + wait;
}

/** Milliseconds left until `until`, never negative; 0 when there is nothing to wait for. */
export function remainingMs(until: number | null | undefined, now: number): number {
  return finite(until) ? Math.max(0, until - now) : 0;
}

/**
 * Whole seconds left in a countdown. Rounded up, so the button never says
 * 0 s while it is still disabled.
 */
export function remainingSeconds(until: number | null | undefined, now: number): number {
  return Math.ceil(remainingMs(until, now) / 1000);
}

/** True once the code can no longer be used. A missing expiry never expires here. */
export function isExpired(expiresAt: number | null | undefined, now: number): boolean {
  return finite(expiresAt) && now >= expiresAt;
}

/**
 * Milliseconds until the displayed whole-second count changes. A countdown that sleeps
 * exactly this long ticks in step with the seconds instead of drifting by a fraction.
 */
export function msUntilNextSecond(until: number, now: number): number {
  const left = until - now;
  if (left <= 0) return 0;
  const rest = left % 1000;
  return rest === 0 ? 1000 : rest;
}
