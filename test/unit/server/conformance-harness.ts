import type { HttpHandler } from 'msw';
import { createHttpAdapter } from '../../../src/adapters/http';
import { runAdapterConformance, type ConformanceBackend, type ConformanceFault } from '../../../src/adapters/testing';
import type { ManualClock } from '../../../src/core/clock';
import type { VerificationHandler } from '../../../src/server/handler';
import type { VerificationProvider } from '../../../src/server/provider';
import { expectNoViolations, serveEmulators } from '../../emulators/serve';
import { createTestHandler } from './helpers';

/**
 * The hop between the browser adapter and `verikit/server`, in process: `createHttpAdapter`'s
 * `fetch` hands the Request to the handler, honouring aborts as a real fetch does. The suite's
 * transport faults (network, timeout, malformed 200) are injected on this hop, the one the http
 * adapter sees; upstream faults behind the provider are covered by each provider's own tests.
 */
function createBridge() {
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

/** What the server suite needs of a provider's msw emulator. */
export interface ConformanceEmulator {
  handlers: HttpHandler[];
  state: { violations: string[] };
  reset(): void;
}

export interface ServerConformanceOptions {
  /** The suite's title, e.g. `'twilioVerifyProvider via verikit/server'`. */
  name: string;
  /** The clock the handler (and the emulator, if any) runs on; the suite's `advanceTime` moves it. */
  clock: ManualClock;
  /** A fresh provider for each case, called after `backend.reset()`. */
  provider: () => VerificationProvider;
  /**
   * The upstream's emulator, served by msw for the whole file (unhandled requests are errors),
   * reset before each case; after each case its contract violations must be none.
   */
  emulator?: ConformanceEmulator;
  /** The app session of the case, called before `provider`. Default `'session-1'` for every case. */
  subject?: () => string;
  /** What the provider's backend does: channels, limits, codes, skips with their reasons. */
  backend: Omit<ConformanceBackend, 'advanceTime' | 'injectFault' | 'requestCount'>;
}

/**
 * The adapter conformance suite through `verikit/server`:
 * createHttpAdapter → bridge → createVerificationHandler → provider (→ emulator).
 * Time is the clock's; faults and request counts are the bridge's (the hop the http adapter sees).
 */
export function runServerConformance({ name, clock, provider, emulator, subject = () => 'session-1', backend }: ServerConformanceOptions): void {
  const bridge = createBridge();
  if (emulator) {
    serveEmulators(emulator);
    expectNoViolations(emulator);
  }

  runAdapterConformance({
    name,
    create: () => {
      const current = subject();
      bridge.setHandler(createTestHandler(provider(), { now: clock.now }));
      return bridge.adapter(current);
    },
    backend: {
      // verikit/server orders the sends itself (its default ordering), whatever the provider.
      enforcesOrder: true,
      ...backend,
      reset: async () => {
        emulator?.reset();
        await backend.reset?.();
        bridge.reset();
      },
      advanceTime: (ms) => clock.advance(ms),
      ...bridge.backend,
    },
  });
}
