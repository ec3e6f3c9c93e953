import type { ConformanceBackend, ConformanceFault } from '../../../src/adapters/testing';
import { createHttpAdapter } from '../../../src/adapters/http';
import type { VerificationHandler } from '../../../src/server/handler';

/**
 * The hop between the browser adapter and `verikit/server`, in process: `createHttpAdapter`'s
 * `fetch` hands the Request to the handler, honouring aborts as a real fetch does. The suite's
 * transport faults (network, timeout, malformed 200) are injected on this hop, the one the http
 * adapter sees; upstream faults behind the provider are covered by each provider's own tests.
 */
export function createBridge() {
  let handler: VerificationHandler | undefined;
  let faults: ConformanceFault[] = [];
  let count = 0;

  const fetchImpl: typeof fetch = (input, init) => {
    count += 1;
    const signal = init?.signal ?? undefined;
    if (signal?.aborted) return Promise.reject(signal.reason);
    const request = new Request(input as RequestInfo, init);
    const fault = faults.shift();
    return new Promise<Response>((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      if (fault === 'network') return reject(new TypeError('Failed to fetch'));
      if (fault === 'timeout') return; // never answers: the adapter's timeout aborts it
      if (fault === 'malformed') return resolve(Response.json({ unexpected: 'shape' }));
      if (!handler) return reject(new Error('bridge has no handler'));
      handler(request).then(resolve, reject);
    });
  };

  return {
    fetch: fetchImpl,
    setHandler(next: VerificationHandler) {
      handler = next;
    },
    // 1.5 s, not a tight 300 ms: two cores shared by many test runs can take that long for one
    // in-process round trip, and only the injected `timeout` fault should ever reach it.
    adapter(subject: string) {
      return createHttpAdapter({ baseUrl: 'https://app.test/api/verify', fetch: fetchImpl, headers: { 'x-user': subject }, timeoutMs: 1_500 });
    },
    backend: {
      injectFault: (fault: ConformanceFault) => {
        faults.push(fault);
      },
      requestCount: () => count,
    } satisfies Pick<ConformanceBackend, 'injectFault' | 'requestCount'>,
    reset() {
      faults = [];
      count = 0;
    },
  };
}

export const subjectHeader = (request: Request) => request.headers.get('x-user');
