// @vitest-environment node
import { createManualClock } from '../../../src/core/clock';
import { ycloudProvider } from '../../../src/server/providers/ycloud';
import { createYcloudEmulator } from '../../emulators/ycloud';
import { runServerConformance } from './conformance-harness';

// createHttpAdapter → createVerificationHandler → ycloudProvider → YCloud emulator.
const clock = createManualClock(Date.UTC(2026, 0, 1));
const emulator = createYcloudEmulator({ apiKey: 'ycloud-conformance-key', clock });

runServerConformance({
  name: 'ycloudProvider via verikit/server',
  clock,
  emulator,
  provider: () => ycloudProvider({ apiKey: 'ycloud-conformance-key', timeoutMs: 300 }),
  backend: {
    channels: ['email', 'sms', 'voice', 'whatsapp'],
    limits: emulator.limits,
    lastCode: (to) => emulator.lastCode(to),
    skip: {
      'resend-too-soon': 'YCloud rate limits are account settings; the 429 + Retry-After mapping is tested in ycloud.test.ts',
      'already-verified': 'YCloud keeps no verified state per destination: a new send starts a new verification',
      status: 'YCloud has no status endpoint; the handler answers 404',
    },
  },
});
