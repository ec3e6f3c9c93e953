import { systemClock, type Clock } from '../clock';
import { VerificationError } from '../errors';
import { validateIdentifier, validateSendRequest, validateVerifyRequest } from '../identifiers/validate';
import { MAX_CODE_LENGTH, MIN_CODE_LENGTH } from '../otp/rules';
import { DEFAULT_CODE_TTL_MS, DEFAULT_RESEND_COOLDOWN_MS } from '../timing';
import {
  identifierKind,
  type AccountType,
  type Channel,
  type IdentifierKind,
  type InteractionEvent,
  type SentCode,
  type VerificationStatus,
  type VerifiedCode,
} from '../types';
import { sendNeedsVerifiedEmail, type Ordering } from '../flow/ordering';
import { createOutbox, type Outbox, type OutboxMessage } from './outbox';
import { constantTimeEqual } from './constant-time';
import { createRandom } from './prng';
import { renderDemoMessage, type DemoMessageRenderer } from './templates';

export interface DemoEngineOptions {
  /** `'individual'` (default) verifies email then phone; `'business'` refuses phone sends. */
  accountType?: AccountType;
  /** Seed for codes and ids, for tests and stories only. Same seed, same calls → same codes. Default: Web Crypto randomness. */
  seed?: number;
  /** Digits per code, 4–8. Default 6. */
  codeLength?: number;
  /** Time between two sends to one identifier. Default 30 000 ms. */
  cooldownMs?: number;
  /** How long a code works. Default 600 000 ms (10 min). */
  ttlMs?: number;
  /** Wrong codes allowed per send; the last one gives `too_many_attempts`. Default 5. */
  maxAttempts?: number;
  /** Identifiers (emails or E.164 numbers) that count as verified from the start. */
  verified?: readonly string[];
  /** Time source. Default the system clock; pass a manual clock to move time in tests. */
  clock?: Clock;
  /** Writes the message for the outbox. Default English, one template per event. */
  render?: DemoMessageRenderer;
  /**
   * `'email-then-phone'` (default): an individual's phone code goes out only after an email is
   * verified (not for a password reset). `'none'`: phone alone, for apps that verify a phone
   * without an email.
   */
  ordering?: Ordering;
  /** Where a restored backend continues from (`engine.snapshot()`), e.g. after a page reload in a demo. */
  snapshot?: DemoSnapshot;
}

/**
 * The whole state of a demo backend as plain JSON: what a real backend keeps in its database
 * (and the demo outbox, the stand-in for the user's inbox and phone). It holds live codes, so
 * it belongs to demos only.
 */
export interface DemoSnapshot {
  version: 1;
  random: number;
  touches: number;
  identifiers: {
    to: string;
    verified: boolean;
    /** The proof handed out when it was verified. */
    proof: string | null;
    proofChannel: Channel | null;
    /** Order in which identifiers were last touched, for `status()`. */
    touched: number;
    pending: Pending | null;
    resendAvailableAt: number;
    /** Request ids replaced by a newer send: verifying with one is `code_expired`, not unknown. */
    superseded: string[];
  }[];
  outbox: OutboxMessage[];
}

/** A send as the engine takes it; the same shape as an adapter's `sendCode` request. */
export interface DemoSendRequest {
  channel: Channel;
  to: string;
  event: InteractionEvent;
  locale?: string;
}

/** A verify as the engine takes it; the same shape as an adapter's `verifyCode` request. */
export interface DemoVerifyRequest {
  requestId: string;
  channel: Channel;
  to: string;
  code: string;
  event: InteractionEvent;
}

/**
 * An in-memory verification backend for one user's session, with the rules real backends
 * have. Pure: no timers, no I/O; time comes from the injected clock, randomness from a seeded
 * PRNG. Wrapped by `createMemoryAdapter` in the browser and by the server's memory provider.
 *
 * Rules:
 * - `send` refuses an identifier that is already verified (`already_verified`), a phone send
 *   for a business account or before an email is verified (`order_violation`), and a second
 *   send to one identifier within `cooldownMs` (`rate_limited` with `retryAfterMs`).
 * - Each send replaces the identifier's previous code; verifying the old one gives `code_expired`.
 * - `verify` gives `invalid_code` with `attemptsLeft` for a wrong code, `too_many_attempts`
 *   on the `maxAttempts`-th wrong code and after, `code_expired` after `ttlMs`,
 *   `session_expired` for a requestId it never issued or one for another identifier/channel.
 */
export interface DemoEngine {
  /** Every message sent, with its code. */
  readonly outbox: Outbox;
  readonly clock: Clock;
  readonly accountType: AccountType;
  readonly codeLength: number;
  readonly cooldownMs: number;
  readonly ttlMs: number;
  readonly maxAttempts: number;
  /** Sends a code, or throws a VerificationError. */
  send(req: DemoSendRequest): SentCode;
  /** Checks a code, or throws a VerificationError. */
  verify(req: DemoVerifyRequest): VerifiedCode;
  /** What this session has verified, newest identifier of each kind, each verified one with its proof. */
  status(): VerificationStatus;
  /**
   * The identifier a proof this engine issued is for, or throws `session_expired` for a proof it
   * never issued (forged, or from another session).
   */
  checkProof(proof: string): VerifiedCode;
  /** Everything to restore this backend from (`DemoEngineOptions.snapshot`). Holds live codes: demos only. */
  snapshot(): DemoSnapshot;
  /** Marks an identifier verified, as if the user had verified it earlier. */
  markVerified(to: string): void;
  isVerified(to: string): boolean;
  /** The live code for `to`, if one is out. For tests and demos. */
  lastCode(to: string): string | undefined;
  /** Forgets every identifier and empties the outbox; options and clock stay. */
  reset(): void;
}

interface Pending {
  requestId: string;
  channel: Channel;
  code: string;
  expiresAt: number;
  attemptsLeft: number;
}

/** An identifier as the engine holds it: the snapshot's record, with its kind and a Set to look ids up in. */
interface Identifier extends Omit<DemoSnapshot['identifiers'][number], 'superseded'> {
  kind: IdentifierKind;
  superseded: Set<string>;
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`verikit demo engine: ${name} must be a positive number`);
  return value;
}

function kindOf(to: string): IdentifierKind {
  return to.startsWith('+') ? 'phone' : 'email';
}

export function createDemoEngine(options: DemoEngineOptions = {}): DemoEngine {
  const accountType = options.accountType ?? 'individual';
  const codeLength = options.codeLength ?? 6;
  if (!Number.isInteger(codeLength) || codeLength < MIN_CODE_LENGTH || codeLength > MAX_CODE_LENGTH) {
    throw new RangeError(`verikit demo engine: codeLength must be an integer from 4 to 8, got ${String(codeLength)}`);
  }
  const cooldownMs = positive('cooldownMs', options.cooldownMs ?? DEFAULT_RESEND_COOLDOWN_MS);
  const ttlMs = positive('ttlMs', options.ttlMs ?? DEFAULT_CODE_TTL_MS);
  const maxAttempts = positive('maxAttempts', options.maxAttempts ?? 5);
  const clock = options.clock ?? systemClock;
  const render = options.render ?? renderDemoMessage;
  const ordering = options.ordering ?? 'email-then-phone';
  const restored = options.snapshot?.version === 1 ? options.snapshot : undefined;
  const random = createRandom(options.seed, restored?.random);
  // Proofs for identifiers verified up front come from their own stream, so they don't shift the codes a seed gives.
  const proofRandom = options.seed === undefined ? createRandom() : createRandom((options.seed ^ 0x2545f491) >>> 0);
  const outbox = createOutbox(restored?.outbox ?? []);
  const identifiers = new Map<string, Identifier>();
  let touches = restored?.touches ?? 0;
  for (const id of restored?.identifiers ?? []) {
    identifiers.set(id.to, { ...id, kind: kindOf(id.to), superseded: new Set(id.superseded) });
  }

  function entry(to: string): Identifier {
    let found = identifiers.get(to);
    if (!found) {
      found = { to, kind: kindOf(to), verified: false, proof: null, proofChannel: null, touched: 0, pending: null, resendAvailableAt: 0, superseded: new Set() };
      identifiers.set(to, found);
    }
    touches += 1;
    found.touched = touches;
    return found;
  }

  function emailVerified(): boolean {
    for (const id of identifiers.values()) if (id.kind === 'email' && id.verified) return true;
    return false;
  }

  function markVerified(to: string): void {
    const id = entry(validateIdentifier(kindOf(to) === 'email' ? 'email' : 'sms', to));
    if (!id.verified || !id.proof) {
      id.proof = `demo_${proofRandom.hex(32)}`;
      id.proofChannel = id.kind === 'email' ? 'email' : 'sms';
    }
    id.verified = true;
    id.pending = null;
  }

  if (!restored) for (const to of options.verified ?? []) markVerified(to);

  return {
    outbox,
    clock,
    accountType,
    codeLength,
    cooldownMs,
    ttlMs,
    maxAttempts,

    send(input) {
      const req = validateSendRequest(input);
      const kind = identifierKind(req.channel);
      if (kind === 'phone' && accountType === 'business') {
        throw new VerificationError('order_violation', 'Business accounts verify email only');
      }
      if (sendNeedsVerifiedEmail({ kind, accountType, event: req.event, ordering }) && !emailVerified()) {
        throw new VerificationError('order_violation', 'Verify the email address before the phone number');
      }
      const id = entry(req.to);
      if (id.verified) throw new VerificationError('already_verified', 'This identifier is already verified');
      const now = clock.now();
      if (now < id.resendAvailableAt) {
        throw new VerificationError('rate_limited', 'A code was sent moments ago', {
          retryAfterMs: id.resendAvailableAt - now,
          status: 429,
        });
      }
      if (id.pending) id.superseded.add(id.pending.requestId);
      const code = random.digits(codeLength);
      const requestId = `req_${random.hex(20)}`;
      id.pending = { requestId, channel: req.channel, code, expiresAt: now + ttlMs, attemptsLeft: maxAttempts };
      id.resendAvailableAt = now + cooldownMs;
      const locale = req.locale ?? 'en';
      const message = render({ channel: req.channel, to: req.to, code, event: req.event, locale, ttlMs });
      outbox.push({ channel: req.channel, to: req.to, ...message, code, template: req.event, locale, sentAt: now });
      return {
        requestId,
        channel: req.channel,
        to: req.to,
        codeLength,
        expiresAt: id.pending.expiresAt,
        resendAvailableAt: id.resendAvailableAt,
      };
    },

    verify(input) {
      const req = validateVerifyRequest(input);
      const id = identifiers.get(req.to);
      if (id?.verified) throw new VerificationError('already_verified', 'This identifier is already verified');
      const pending = id?.pending;
      if (!id || !pending || pending.requestId !== req.requestId) {
        if (id?.superseded.has(req.requestId)) {
          throw new VerificationError('code_expired', 'A newer code was sent; this one no longer works');
        }
        throw new VerificationError('session_expired', 'Unknown requestId for this identifier');
      }
      if (pending.channel !== req.channel) throw new VerificationError('session_expired', 'requestId belongs to another channel');
      if (pending.attemptsLeft <= 0) {
        throw new VerificationError('too_many_attempts', 'Too many wrong codes; send a new one', { attemptsLeft: 0 });
      }
      if (clock.now() >= pending.expiresAt) throw new VerificationError('code_expired', 'The code has expired');
      if (!constantTimeEqual(req.code, pending.code)) {
        pending.attemptsLeft -= 1;
        if (pending.attemptsLeft <= 0) {
          throw new VerificationError('too_many_attempts', 'Too many wrong codes; send a new one', { attemptsLeft: 0 });
        }
        throw new VerificationError('invalid_code', 'Wrong code', { attemptsLeft: pending.attemptsLeft });
      }
      id.verified = true;
      id.pending = null;
      touches += 1;
      id.touched = touches;
      id.proof = `demo_${random.hex(32)}`;
      id.proofChannel = req.channel;
      return { channel: req.channel, to: req.to, proof: id.proof };
    },

    status() {
      const newest = (kind: IdentifierKind): Identifier | undefined =>
        [...identifiers.values()].filter((id) => id.kind === kind).sort((a, b) => b.touched - a.touched)[0];
      const email = newest('email');
      const phone = newest('phone');
      const entryOf = (id: Identifier | undefined) =>
        !id ? { verified: false } : id.verified && id.proof ? { to: id.to, verified: true, proof: id.proof } : { to: id.to, verified: id.verified };
      return { email: entryOf(email), phone: entryOf(phone) };
    },

    checkProof(proof) {
      for (const id of identifiers.values()) {
        if (id.verified && id.proof !== null && id.proof === proof) return { channel: id.proofChannel ?? 'email', to: id.to, proof };
      }
      throw new VerificationError('session_expired', 'This backend issued no such proof');
    },

    snapshot() {
      return {
        version: 1,
        random: random.state(),
        touches,
        identifiers: [...identifiers.values()].map(({ kind: _kind, superseded, ...id }) => ({ ...id, superseded: [...superseded] })),
        outbox: [...outbox.messages],
      };
    },

    markVerified,

    isVerified(to) {
      return identifiers.get(to)?.verified ?? false;
    },

    lastCode(to) {
      return identifiers.get(to)?.pending?.code;
    },

    reset() {
      identifiers.clear();
      outbox.clear();
      for (const to of options.verified ?? []) markVerified(to);
    },
  };
}
