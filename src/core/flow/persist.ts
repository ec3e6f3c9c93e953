import { VERIFICATION_ERROR_CODES, type VerificationErrorCode } from '../errors';
import { CHANNELS, INTERACTION_EVENTS, type AccountType, type Channel, type IdentifierKind } from '../types';
import { createFlowState, type FlowState } from './state';
import { createUnit, unitKind, type FlowError, type UnitState } from './unit';
import { orderSteps } from './ordering';

/**
 * A persisted `verified` identifier: what storage says, which is nothing until the backend
 * confirms the proof (`VerificationAdapter.checkProof`).
 */
export interface ProofClaim {
  kind: IdentifierKind;
  to: string;
  channel: Channel;
  proof: string;
}

/** What a backend confirmed about a claim: the identifier its proof is really for. */
export interface ConfirmedProof {
  to: string;
  channel: Channel;
  proof: string;
}

/** JSON for sessionStorage. Only the known fields are written, so nothing else can slip in. */
export function serializeFlowState(state: FlowState): string {
  return JSON.stringify({
    version: 2,
    accountType: state.accountType,
    event: state.event,
    steps: state.steps,
    email: pickUnit(state.email, 'email'),
    phone: pickUnit(state.phone, 'phone'),
  });
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

function pickUnit(value: unknown, kind: IdentifierKind): UnitState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const channel = CHANNELS.includes(v.channel as never) ? (v.channel as Channel) : null;
  if (!channel || unitKind({ channel }) !== kind) return null;
  const status = v.status === 'sent' || v.status === 'verified' ? v.status : 'idle';
  const requestId = str(v.requestId);
  const to = str(v.to);
  const proof = str(v.proof);
  // A `sent` without its requestId can't be verified: fall back to idle rather than a dead end.
  const resolved = status === 'sent' && !requestId ? 'idle' : status;
  if (resolved === 'verified') return { ...createUnit(channel, to), status: 'verified', proof, error: pickError(v.error) };
  return {
    to,
    channel,
    status: resolved,
    requestId: resolved === 'sent' ? requestId : null,
    codeLength: num(v.codeLength),
    expiresAt: num(v.expiresAt),
    resendAvailableAt: num(v.resendAvailableAt),
    attemptsLeft: num(v.attemptsLeft),
    error: pickError(v.error),
    proof: null,
  };
}

/**
 * Reads what `serializeFlowState` wrote, as written (verified units included), with the claims
 * a backend has to confirm before any of them counts. Null when it is missing, corrupt, from
 * another version, or for a different account type or event than the page now asks for.
 */
export function parsePersistedFlow(
  json: string | null | undefined,
  expected?: { accountType?: AccountType; event?: FlowState['event']; steps?: readonly string[] },
): { state: FlowState; claims: ProofClaim[] } | null {
  if (!json) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const v = raw as Record<string, unknown>;
  if (v.version !== 2) return null;
  if (v.accountType !== 'individual' && v.accountType !== 'business') return null;
  if (!INTERACTION_EVENTS.includes(v.event as never)) return null;
  if (expected?.accountType && expected.accountType !== v.accountType) return null;
  if (expected?.event && expected.event !== v.event) return null;
  // Steps come from the page, never from storage: the ordering rule lives in code.
  const steps = expected?.steps ? orderSteps(expected.steps) : undefined;
  const base = createFlowState({ accountType: v.accountType, event: v.event as FlowState['event'], ...(steps && { steps }) });
  const email = pickUnit(v.email, 'email');
  const phone = pickUnit(v.phone, 'phone');
  if (!email || !phone) return null;
  const state: FlowState = { ...base, email, phone };
  const claims: ProofClaim[] = [];
  for (const kind of state.steps) {
    const unit = state[kind];
    if (unit.status === 'verified' && unit.to && unit.proof) claims.push({ kind, to: unit.to, channel: unit.channel, proof: unit.proof });
  }
  return { state, claims };
}

/**
 * The state to resume: a persisted `verified` stays verified only when the backend confirmed
 * its proof for that very identifier; any other is shown again (its value kept as a draft).
 * A later step's code under an earlier step that is shown again is dropped (the order holds).
 */
export function resumeFlow(state: FlowState, confirmed: Partial<Record<IdentifierKind, ConfirmedProof>>): FlowState {
  let next = state;
  let earlierOpen = false;
  for (const kind of state.steps) {
    let unit = next[kind];
    if (unit.status === 'verified') {
      const proof = confirmed[kind];
      const ok = proof && unit.to && proof.to === unit.to && proof.proof === unit.proof && unitKind(proof) === kind;
      unit = ok ? { ...unit, channel: proof.channel } : createUnit(unit.channel, unit.to);
    } else if (earlierOpen && unit.status === 'sent') {
      unit = createUnit(unit.channel, unit.to);
    }
    if (unit.status !== 'verified') earlierOpen = true;
    next = { ...next, [kind]: unit };
  }
  // An identifier that isn't a step has nothing to resume.
  for (const kind of ['email', 'phone'] as const) {
    if (!state.steps.includes(kind) && next[kind].status !== 'idle') next = { ...next, [kind]: createUnit(next[kind].channel, next[kind].to) };
  }
  return next;
}

/**
 * Reads a persisted flow with nothing confirmed: every persisted `verified` is shown again.
 * Use `parsePersistedFlow` + `resumeFlow` to keep what a backend confirms.
 */
export function parseFlowState(
  json: string | null | undefined,
  expected?: { accountType?: AccountType; event?: FlowState['event']; steps?: readonly string[] },
): FlowState | null {
  const parsed = parsePersistedFlow(json, expected);
  return parsed ? resumeFlow(parsed.state, {}) : null;
}
