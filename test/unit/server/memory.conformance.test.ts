// @vitest-environment node
import { runAdapterConformance } from '../../../src/adapters/testing';
import { createManualClock } from '../../../src/core/clock';
import { createVerificationHandler } from '../../../src/server/handler';
import { memoryProvider } from '../../../src/server/providers/memory';
import { createBridge, subjectHeader } from './conformance-harness';
import { SECRET } from './helpers';

// createHttpAdapter → createVerificationHandler → memoryProvider (the demo engine, per subject).
const limits = { ttlMs: 600_000, cooldownMs: 30_000, maxAttempts: 5 };
const clock = createManualClock(Date.UTC(2026, 0, 1));
const bridge = createBridge();
let provider = memoryProvider({ clock, ...limits });
const SUBJECT = 'session-1';

runAdapterConformance({
  name: 'memoryProvider via verikit/server',
  create: () => {
    bridge.setHandler(createVerificationHandler({ provider, secret: SECRET, getSubject: subjectHeader, basePath: '/api/verify', now: clock.now }));
    return bridge.adapter(SUBJECT);
  },
  backend: {
    channels: ['email', 'sms', 'voice', 'whatsapp'],
    limits,
    enforcesOrder: true,
    reset: () => {
      provider = memoryProvider({ clock, ...limits });
      bridge.reset();
    },
    lastCode: (to) => provider.engine(SUBJECT).lastCode(to),
    advanceTime: (ms) => clock.advance(ms),
    markVerified: (to) => provider.engine(SUBJECT).markVerified(to),
    ...bridge.backend,
  },
});
