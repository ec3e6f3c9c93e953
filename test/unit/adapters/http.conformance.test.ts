import { createHttpAdapter } from '../../../src/adapters/http';
import { runAdapterConformance } from '../../../src/adapters/testing';
import { serveEmulators } from '../../emulators/serve';
import { createVerikitHttpEmulator } from '../../emulators/verikit-http';

const limits = { ttlMs: 600_000, cooldownMs: 30_000, maxAttempts: 5 };
const emulator = createVerikitHttpEmulator({ seed: 3, ...limits });
serveEmulators(emulator);


runAdapterConformance({
  name: 'http',
  // A short timeout keeps the timeout case quick; the emulator's timeout fault never answers.
  create: () => createHttpAdapter({ baseUrl: emulator.baseUrl, timeoutMs: 300 }),
  backend: {
    channels: ['email', 'sms', 'voice', 'whatsapp'],
    limits,
    enforcesOrder: true,
    reset: () => emulator.reset(),
    lastCode: (to) => emulator.engine.lastCode(to),
    advanceTime: (ms) => emulator.clock.advance(ms),
    markVerified: (to) => emulator.engine.markVerified(to),
    injectFault: (fault) => emulator.injectFault(fault),
    requestCount: () => emulator.requestCount,
  },
});
