import type { VerificationAdapter } from '../adapters/types';
import { useVerificationContext } from './context';

/** The adapter of the nearest VerificationProvider. Throws outside one. */
export function useVerificationAdapter(): VerificationAdapter {
  return useVerificationContext('useVerificationAdapter').adapter;
}
