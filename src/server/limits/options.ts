/** A fixed window: at most `limit` in `windowMs`, counted from the first hit. */
export interface LimitWindow {
  limit: number;
  windowMs: number;
}

/**
 * Abuse limits the handler enforces before any provider call. Each limit is overridable, and
 * `false` turns that one off. Defaults follow what Twilio Verify, Supabase Auth and Logto ship.
 */
export interface RateLimits {
  /** Sends to one destination (case and `+tag` folded), across all subjects. Default 5 per 10 min. */
  destination?: LimitWindow | false;
  /** Sends by one subject. Default 10 per hour. */
  subject?: LimitWindow | false;
  /** Distinct destinations one subject may send to. Default 5 per day. */
  subjectDestinations?: LimitWindow | false;
  /** Sends from one client IP; only applies when the handler has `getClientIp`. Default 20 per hour. */
  clientIp?: LimitWindow | false;
  /** Wrong codes for one destination, across requestIds; then a lockout for the rest of the window. Default 15 per hour. */
  verifyFailures?: LimitWindow | false;
  /** Wrong codes per requestId (per code sent), whatever the provider allows. Default 5. */
  attemptsPerRequest?: number | false;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const DEFAULT_LIMITS: Required<RateLimits> = {
  destination: { limit: 5, windowMs: 10 * MINUTE },
  subject: { limit: 10, windowMs: HOUR },
  subjectDestinations: { limit: 5, windowMs: 24 * HOUR },
  clientIp: { limit: 20, windowMs: HOUR },
  verifyFailures: { limit: 15, windowMs: HOUR },
  attemptsPerRequest: 5,
};

/** A Retry-After is never longer than this, whatever a window or an upstream says. */
export const MAX_RETRY_AFTER_MS = 24 * HOUR;

function checkWindow(name: string, value: LimitWindow | false | undefined, fallback: LimitWindow | false): LimitWindow | false {
  if (value === undefined) return fallback;
  if (value === false) return false;
  if (!Number.isInteger(value.limit) || value.limit < 1 || !Number.isFinite(value.windowMs) || value.windowMs <= 0) {
    throw new TypeError(`verikit/server: limits.${name} must be { limit: integer ≥ 1, windowMs: > 0 } or false`);
  }
  return { limit: value.limit, windowMs: value.windowMs };
}

export type ResolvedLimits = {
  [K in Exclude<keyof RateLimits, 'attemptsPerRequest'>]: LimitWindow | false;
} & { attemptsPerRequest: number | false };

export function resolveLimits(limits: RateLimits = {}): ResolvedLimits {
  const attempts = limits.attemptsPerRequest ?? DEFAULT_LIMITS.attemptsPerRequest;
  if (attempts !== false && (!Number.isInteger(attempts) || attempts < 1)) {
    throw new TypeError('verikit/server: limits.attemptsPerRequest must be an integer ≥ 1 or false');
  }
  return {
    destination: checkWindow('destination', limits.destination, DEFAULT_LIMITS.destination),
    subject: checkWindow('subject', limits.subject, DEFAULT_LIMITS.subject),
    subjectDestinations: checkWindow('subjectDestinations', limits.subjectDestinations, DEFAULT_LIMITS.subjectDestinations),
    clientIp: checkWindow('clientIp', limits.clientIp, DEFAULT_LIMITS.clientIp),
    verifyFailures: checkWindow('verifyFailures', limits.verifyFailures, DEFAULT_LIMITS.verifyFailures),
    attemptsPerRequest: attempts,
  };
}
