import type { Channel, IdentifierKind } from '../../core/types';

/** A failure the backend (or its emulator) can be told to produce on the next request. */
export type ConformanceFault = 'network' | 'timeout' | 'malformed';

/** The cases of the suite, by id; use them in `ConformanceBackend.skip`. */
export type ConformanceCase =
  | 'send-verify'
  | 'invalid-identifier'
  | 'wrong-code'
  | 'expired-code'
  | 'too-many-attempts'
  | 'resend-too-soon'
  | 'resend-after-cooldown'
  | 'already-verified'
  | 'already-verified-seeded'
  | 'order-violation'
  | 'abort-before'
  | 'abort-during'
  | 'timeout'
  | 'network'
  | 'malformed'
  | 'never-retries-send'
  | 'status';

type MaybePromise<T> = T | Promise<T>;

/**
 * How the conformance suite looks behind an adapter: read codes, move time, seed state and
 * inject faults. Implement it over an in-memory engine, an msw emulator or a test instance of
 * a real backend. Everything but `channels` and `lastCode` is optional; a case that needs a
 * missing capability is skipped, and says which capability it lacked.
 */
export interface ConformanceBackend {
  /** Channels the backend can send over. Send/verify runs once for each. */
  channels: readonly Channel[];
  /** The live code last sent to `to`, or undefined when none was sent. */
  lastCode(to: string, channel: Channel): MaybePromise<string | undefined>;
  /** Called before each case, before `create`: forget identifiers, codes, faults and time. */
  reset?(): MaybePromise<void>;
  /**
   * A fresh identifier for the case. Default `conformance-{n}@example.com` and
   * `+1415555{nnnn}`; override where a backend only accepts particular ones.
   */
  identifier?(kind: IdentifierKind, n: number): string;
  /** Moves the backend's clock forward. Enables expiry and cooldown-elapsed cases. */
  advanceTime?(ms: number): MaybePromise<void>;
  /** Marks an identifier verified, as if done in an earlier session. */
  markVerified?(to: string, channel: Channel): MaybePromise<void>;
  /** Makes the next request fail this way: no connection, no answer in time, or a 200 of the wrong shape. */
  injectFault?(fault: ConformanceFault): MaybePromise<void>;
  /** Requests that reached the backend so far, failed ones included. Enables the no-request and no-retry checks. */
  requestCount?(): MaybePromise<number>;
  /** The backend's limits; cases that need one are skipped without it. */
  limits?: { ttlMs?: number; cooldownMs?: number; maxAttempts?: number };
  /** True when the backend refuses a phone send before an email is verified (individual accounts). */
  enforcesOrder?: boolean;
  /** Cases to skip, with the reason, e.g. `{ 'abort-during': 'the SDK cannot cancel' }`. */
  skip?: Partial<Record<ConformanceCase, string>>;
}
