import type { VerificationErrorCode } from '../errors';
import { PHONE_CHANNELS, type AccountType, type Channel, type IdentifierKind, type InteractionEvent } from '../types';

/** A step of the flow: which identifier is being verified. */
export type FlowStep = IdentifierKind;

/**
 * Where one identifier stands. `idle`: nothing sent (or the identifier changed); `sent`: a code
 * is out and can be verified; `verified`: done. In-flight requests are not state here: they
 * belong to the mutation that runs them and don't survive a reload anyway.
 */
export type IdentifierStatus = 'idle' | 'sent' | 'verified';

/** The last refusal for an identifier, as a UI needs it. Never backend text. */
export interface FlowError {
  code: VerificationErrorCode;
  retryAfterMs?: number;
  attemptsLeft?: number;
}

export interface IdentifierState {
  /** Normalised email address or E.164 number, or null until the user gives one. */
  to: string | null;
  /** For phone: sms, voice or whatsapp. Always `email` for the email step. */
  channel: Channel;
  status: IdentifierStatus;
  /** The send to verify against. Opaque; not the code. */
  requestId: string | null;
  codeLength: number | null;
  /** Epoch ms. */
  expiresAt: number | null;
  /** Epoch ms from which a resend may be asked for; also set by `rate_limited`. */
  resendAvailableAt: number | null;
  attemptsLeft: number | null;
  error: FlowError | null;
}

/**
 * The whole flow. Plain JSON on purpose: it is written to sessionStorage so a reload resumes
 * where the user was. It never holds a code or a proof.
 */
export interface FlowState {
  version: 1;
  accountType: AccountType;
  event: InteractionEvent;
  steps: FlowStep[];
  email: IdentifierState;
  phone: IdentifierState;
}

export interface CreateFlowStateOptions {
  /** Default `'individual'`. */
  accountType?: AccountType;
  /** Default `'Register'`. */
  event?: InteractionEvent;
  /** Channel the phone step uses. Default `'sms'`. */
  phoneChannel?: Channel;
  /** Identifiers known up front (e.g. from a form earlier on), already normalised. */
  email?: string | null;
  phone?: string | null;
}

/**
 * Which identifiers an account verifies, in order. Business accounts verify email only.
 * Individual accounts add their phone when registering or signing in; a password reset
 * proves control of the email address and nothing more.
 */
export function stepsFor(accountType: AccountType, event: InteractionEvent): FlowStep[] {
  if (accountType === 'business' || event === 'ForgotPassword') return ['email'];
  return ['email', 'phone'];
}

export function emptyIdentifier(channel: Channel, to: string | null = null): IdentifierState {
  return {
    to,
    channel,
    status: 'idle',
    requestId: null,
    codeLength: null,
    expiresAt: null,
    resendAvailableAt: null,
    attemptsLeft: null,
    error: null,
  };
}

export function createFlowState(options: CreateFlowStateOptions = {}): FlowState {
  const accountType = options.accountType ?? 'individual';
  const event = options.event ?? 'Register';
  const phoneChannel = options.phoneChannel && PHONE_CHANNELS.includes(options.phoneChannel) ? options.phoneChannel : 'sms';
  return {
    version: 1,
    accountType,
    event,
    steps: stepsFor(accountType, event),
    email: emptyIdentifier('email', options.email ?? null),
    phone: emptyIdentifier(phoneChannel, options.phone ?? null),
  };
}
