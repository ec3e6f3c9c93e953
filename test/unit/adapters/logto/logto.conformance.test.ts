import { createLogtoAdapter } from '../../../../src/adapters/logto';
import { runAdapterConformance } from '../../../../src/adapters/testing';
import { createManualClock } from '../../../../src/core/clock';
import { createLogtoExperienceEmulator } from '../../../emulators/logto-experience';
import { LOGTO_CODE_TTL_MS, LOGTO_MAX_TRIES } from '../../../emulators/logto-passcodes';
import { expectNoViolations, serveEmulators } from '../../../emulators/serve';

const clock = createManualClock(Date.UTC(2026, 0, 1));
// The sentinel's default (100 failures an hour) stays above the passcode's 10 tries, as in Logto.
const emulator = createLogtoExperienceEmulator({ clock });
serveEmulators(emulator);
expectNoViolations(emulator);

runAdapterConformance({
  name: 'logto (Experience API)',
  create: () => createLogtoAdapter({ endpoint: emulator.endpoint, clock, timeoutMs: 300 }),
  backend: {
    channels: ['email', 'sms'],
    limits: { ttlMs: LOGTO_CODE_TTL_MS, maxAttempts: LOGTO_MAX_TRIES },
    reset: () => emulator.reset(),
    lastCode: (to, channel) => (channel === 'email' ? emulator.lastCode('email', to) : emulator.lastCode('phone', to.replace(/^\+/, ''))),
    advanceTime: (ms) => clock.advance(ms),
    injectFault: (fault) => emulator.injectFault(fault),
    requestCount: () => emulator.state.requests.length,
    skip: {
      'resend-too-soon': "Logto's resend countdown is client-side; its 429 limits are tenant settings (tested in logto.test.ts)",
      'already-verified': 'the Experience API sends a fresh code to any identifier; it keeps no verified state to refuse',
    },
  },
});
