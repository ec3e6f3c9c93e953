import { PHONE_CHANNELS, type AccountType, type Channel, type InteractionEvent } from '../types';
import { stepsFor, type FlowStep } from './ordering';
import { createUnit, type UnitState } from './unit';

export type { FlowStep } from './ordering';
export type { FlowError, IdentifierState, IdentifierStatus } from './unit';

/**
 * The whole flow: an ordered composition of single-identifier units (see `unit.ts`). Plain
 * JSON on purpose: it is written to sessionStorage so a reload resumes where the user was. It
 * never holds a code. Proofs are held so a reload can hand them over, but a persisted
 * `verified` is never trusted by itself: `parseFlowState` turns it into a claim that the
 * backend has to confirm (see persist.ts).
 */
export interface FlowState {
  version: 2;
  accountType: AccountType;
  event: InteractionEvent;
  /** The units, in order (`STEP_ORDER`). */
  steps: FlowStep[];
  email: UnitState;
  phone: UnitState;
  /**
   * The backend issues proofs: an identifier counts as verified only with its proof, so a
   * backend statement without one (a status, `already_verified`) does not complete a step.
   */
  requireProofs: boolean;
}

export interface CreateFlowStateOptions {
  /** Default `'individual'`. */
  accountType?: AccountType;
  /** Default `'Register'`. */
  event?: InteractionEvent;
  /** The steps, e.g. `['phone']`; put in email-then-phone order. Default: from account type and event (`stepsFor`). */
  steps?: readonly FlowStep[];
  /** Channel the phone step uses. Default `'sms'`. */
  phoneChannel?: Channel;
  /** Identifiers known up front (e.g. from a form earlier on), already normalised. */
  email?: string | null;
  phone?: string | null;
  /** See `FlowState.requireProofs`. Default false. */
  requireProofs?: boolean;
}

/** A fresh identifier state. @deprecated Use `createUnit` (same result); kept for one release. */
export function emptyIdentifier(channel: Channel, to: string | null = null): UnitState {
  return createUnit(channel, to);
}

export function createFlowState(options: CreateFlowStateOptions = {}): FlowState {
  const accountType = options.accountType ?? 'individual';
  const event = options.event ?? 'Register';
  const phoneChannel = options.phoneChannel && PHONE_CHANNELS.includes(options.phoneChannel) ? options.phoneChannel : 'sms';
  return {
    version: 2,
    accountType,
    event,
    steps: stepsFor(accountType, event, options.steps),
    email: createUnit('email', options.email ?? null),
    phone: createUnit(phoneChannel, options.phone ?? null),
    requireProofs: options.requireProofs ?? false,
  };
}
