import type { FlowState } from '../core/flow/state';
import { parseFlowState, parsePersistedFlow, serializeFlowState, type ProofClaim } from '../core/flow/persist';

/** The part of the Web Storage API the flow needs; sessionStorage by default. */
export type FlowStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface PersistOptions {
  /** Storage key. Default `verikit:flow:{event}`. */
  key?: string;
  /** Default `sessionStorage`: it survives a reload but not the tab, and isn't shared across tabs. */
  storage?: FlowStorage;
}

export function resolveStorage(persist: boolean | PersistOptions | undefined, event: string): { key: string; storage: FlowStorage } | null {
  if (!persist) return null;
  const options = persist === true ? {} : persist;
  let storage = options.storage;
  if (!storage) {
    // Storage access throws in some privacy modes and doesn't exist during SSR.
    try {
      storage = typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
    } catch {
      storage = undefined;
    }
  }
  return storage ? { key: options.key ?? `verikit:flow:${event}`, storage } : null;
}

export function readFlow(target: { key: string; storage: FlowStorage } | null, expected: Pick<FlowState, 'accountType' | 'event'>): FlowState | null {
  if (!target) return null;
  try {
    return parseFlowState(target.storage.getItem(target.key), expected);
  } catch {
    return null;
  }
}

/** What storage holds, as written, with its claims to confirm (see `parsePersistedFlow`). */
export function readPersisted(
  target: { key: string; storage: FlowStorage } | null,
  expected: Pick<FlowState, 'accountType' | 'event'> & { steps?: readonly string[] },
): { state: FlowState; claims: ProofClaim[] } | null {
  if (!target) return null;
  try {
    return parsePersistedFlow(target.storage.getItem(target.key), expected);
  } catch {
    return null;
  }
}

export function writeFlow(target: { key: string; storage: FlowStorage } | null, state: FlowState): void {
  try {
    target?.storage.setItem(target.key, serializeFlowState(state));
  } catch {
    // Full or forbidden storage only costs the resume-after-reload; the flow goes on.
  }
}

export function clearFlow(target: { key: string; storage: FlowStorage } | null): void {
  try {
    target?.storage.removeItem(target.key);
  } catch {
    // As above.
  }
}
