import { VERIFICATION_ERROR_CODES, type VerificationErrorCode } from '../errors';
import { CHANNELS, INTERACTION_EVENTS, type AccountType } from '../types';
import { createFlowState, type FlowError, type FlowState, type IdentifierState } from './state';

/** JSON for sessionStorage. Only the known fields are written, so nothing else can slip in. */
export function serializeFlowState(state: FlowState): string {
  return JSON.stringify(pickState(state));
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function pickError(value: unknown): FlowError | null {
  if (typeof value !== 'object' || value === null) return null;
  const { code, retryAfterMs, attemptsLeft } = value as Record<string, unknown>;
  if (!VERIFICATION_ERROR_CODES.includes(code as VerificationErrorCode)) return null;
  const error: FlowError = { code: code as VerificationErrorCode };
  if (num(retryAfterMs) !== null) error.retryAfterMs = retryAfterMs as number;
  if (num(attemptsLeft) !== null) error.attemptsLeft = attemptsLeft as number;
  return error;
}

function pickIdentifier(value: unknown, fallback: IdentifierState): IdentifierState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const channel = CHANNELS.includes(v.channel as never) ? (v.channel as IdentifierState['channel']) : null;
  if (!channel || (fallback.channel === 'email') !== (channel === 'email')) return null;
  const status = v.status === 'sent' || v.status === 'verified' ? v.status : 'idle';
  const requestId = str(v.requestId);
  return {
    to: str(v.to),
    channel,
    // A `sent` without its requestId can't be verified: fall back to idle rather than a dead end.
    status: status === 'sent' && !requestId ? 'idle' : status,
    requestId,
    codeLength: num(v.codeLength),
    expiresAt: num(v.expiresAt),
    resendAvailableAt: num(v.resendAvailableAt),
    attemptsLeft: num(v.attemptsLeft),
    error: pickError(v.error),
  };
}

function pickState(state: FlowState): FlowState {
  return {
    version: 1,
    accountType: state.accountType,
    event: state.event,
    steps: [...state.steps],
    email: pickIdentifier(state.email, state.email) ?? state.email,
    phone: pickIdentifier(state.phone, state.phone) ?? state.phone,
  };
}

/**
 * Reads what `serializeFlowState` wrote, or null when it is missing, corrupt, from another
 * version, or for a different account type or event than the page now asks for (resuming a
 * business flow on an individual page would skip a step).
 */
export function parseFlowState(
  json: string | null | undefined,
  expected?: { accountType?: AccountType; event?: FlowState['event'] },
): FlowState | null {
  if (!json) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const v = raw as Record<string, unknown>;
  if (v.version !== 1) return null;
  if (v.accountType !== 'individual' && v.accountType !== 'business') return null;
  if (!INTERACTION_EVENTS.includes(v.event as never)) return null;
  if (expected?.accountType && expected.accountType !== v.accountType) return null;
  if (expected?.event && expected.event !== v.event) return null;
  // Steps are recomputed, never trusted from storage: the ordering rule lives in code.
  const base = createFlowState({ accountType: v.accountType, event: v.event as FlowState['event'] });
  const email = pickIdentifier(v.email, base.email);
  const phone = pickIdentifier(v.phone, base.phone);
  if (!email || !phone) return null;
  // Same invariant the reducer keeps: no phone progress without a verified email.
  if (email.status !== 'verified' && phone.status === 'sent') {
    return { ...base, email, phone: { ...phone, status: 'idle', requestId: null } };
  }
  return { ...base, email, phone };
}
