// @vitest-environment node
import { createManualClock } from '../../../src/core/clock';
import { DEFAULT_LIMITS } from '../../../src/server/limits/options';
import { logtoManagementProvider } from '../../../src/server/providers/logto-management';
import { createLogtoManagementEmulator } from '../../emulators/logto-management';
import { LOGTO_CODE_TTL_MS, LOGTO_MAX_TRIES } from '../../emulators/logto-passcodes';
import { runServerConformance } from './conformance-harness';

// createHttpAdapter → createVerificationHandler → logtoManagementProvider → Logto emulator.
const clock = createManualClock(Date.UTC(2026, 0, 1));
const emulator = createLogtoManagementEmulator({ clientId: 'm2m', clientSecret: 'm2m-secret-conformance', clock });

runServerConformance({
  name: 'logtoManagementProvider via verikit/server',
  clock,
  emulator,
  provider: () => logtoManagementProvider({ endpoint: emulator.endpoint, clientId: 'm2m', clientSecret: 'm2m-secret-conformance', timeoutMs: 300, now: clock.now }),
  backend: {
    channels: ['email', 'sms'],
    // The handler allows 5 wrong codes per requestId whatever Logto allows (DEFAULT_LIMITS.attemptsPerRequest).
    limits: { ttlMs: LOGTO_CODE_TTL_MS, maxAttempts: Math.min(LOGTO_MAX_TRIES, DEFAULT_LIMITS.attemptsPerRequest as number) },
    lastCode: (to, channel) => emulator.lastCode(channel === 'email' ? { email: to } : { phone: to.replace(/^\+/, '') }),
    skip: {
      'resend-too-soon': "Logto's Management API has no per-identifier cooldown; its 429 limits are tenant settings (tested in logto-management.test.ts)",
      'already-verified': 'the Management API keeps no verified state: every send issues a new code',
      status: 'the Management API has no status endpoint; the handler answers 404',
    },
  },
});
