import { createManualClock } from '../../../src/core/clock';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory';
import { runAdapterConformance } from '../../../src/adapters/testing';

const limits = { ttlMs: 600_000, cooldownMs: 30_000, maxAttempts: 5 };
const clock = createManualClock(Date.UTC(2026, 0, 1));
let adapter: MemoryAdapter;

runAdapterConformance({
  name: 'memory',
  create: () => {
    adapter = createMemoryAdapter({ seed: 7, clock, ...limits });
    return adapter;
  },
  backend: {
    channels: ['email', 'sms', 'voice', 'whatsapp'],
    limits,
    enforcesOrder: true,
    lastCode: (to) => adapter?.engine.lastCode(to),
    advanceTime: (ms) => clock.advance(ms),
    markVerified: (to) => adapter.engine.markVerified(to),
    injectFault: (fault) => adapter.failNext(fault),
    requestCount: () => adapter.requestCount,
  },
});

// A second run with latency, so the abort cases exercise a real wait instead of a tick.
runAdapterConformance({
  name: 'memory with latency',
  create: () => {
    adapter = createMemoryAdapter({ seed: 11, clock, latencyMs: [5, 20], ...limits });
    return adapter;
  },
  backend: {
    channels: ['email', 'sms'],
    limits,
    enforcesOrder: true,
    lastCode: (to) => adapter?.engine.lastCode(to),
    injectFault: (fault) => adapter.failNext(fault),
  },
});
