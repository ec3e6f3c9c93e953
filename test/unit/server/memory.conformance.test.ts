// @vitest-environment node
import { createManualClock } from '../../../src/core/clock';
import { memoryProvider } from '../../../src/server/providers/memory';
import { runServerConformance } from './conformance-harness';

// createHttpAdapter → createVerificationHandler → memoryProvider (the demo engine, per subject).
const limits = { ttlMs: 600_000, cooldownMs: 30_000, maxAttempts: 5 };
const clock = createManualClock(Date.UTC(2026, 0, 1));
const SUBJECT = 'session-1';
let provider: ReturnType<typeof memoryProvider>;

runServerConformance({
  name: 'memoryProvider via verikit/server',
  clock,
  // A fresh provider forgets every code and verified identifier of the case before.
  provider: () => (provider = memoryProvider({ clock, ...limits })),
  backend: {
    channels: ['email', 'sms', 'voice', 'whatsapp'],
    limits,
    lastCode: (to) => provider.engine(SUBJECT).lastCode(to),
    markVerified: (to) => provider.engine(SUBJECT).markVerified(to),
  },
});
