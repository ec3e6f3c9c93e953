import { VerificationError } from '../../core/errors';

/**
 * A scripted failure for the memory adapter's next call:
 * - a `VerificationError`: thrown as is;
 * - `'network'` / `'timeout'`: what the http adapter reports when offline or too slow;
 * - `'malformed'`: what an adapter reports when a backend answers with something unreadable
 *   (`unknown` with the cause), so the UI's fallback can be shown.
 */
export type MemoryFault = VerificationError | 'network' | 'timeout' | 'malformed';

/** Which calls a fault applies to. Default `'any'`: the next call, whichever it is. */
export type MemoryFaultTarget = 'send' | 'verify' | 'status' | 'any';

export function faultError(fault: MemoryFault): VerificationError {
  if (fault instanceof VerificationError) return fault;
  switch (fault) {
    case 'network':
      return new VerificationError('network', 'Simulated network failure', { cause: new TypeError('Failed to fetch') });
    case 'timeout':
      return new VerificationError('timeout', 'Simulated timeout');
    case 'malformed':
      return new VerificationError('unknown', 'Simulated malformed response', {
        cause: new SyntaxError('Unexpected token < in JSON'),
      });
  }
}
