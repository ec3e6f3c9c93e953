// @vitest-environment node
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { runAdapterConformance } from '../../../src/adapters/testing';
import { createManualClock } from '../../../src/core/clock';
import { createVerificationHandler } from '../../../src/server/handler';
import { DEFAULT_LIMITS } from '../../../src/server/limits/options';
import { logtoManagementProvider } from '../../../src/server/providers/logto-management';
import { createLogtoManagementEmulator } from '../../emulators/logto-management';
import { LOGTO_CODE_TTL_MS, LOGTO_MAX_TRIES } from '../../emulators/logto-passcodes';
import { createBridge, subjectHeader } from './conformance-harness';
import { SECRET } from './helpers';

// createHttpAdapter → createVerificationHandler → logtoManagementProvider → Logto emulator.
const clock = createManualClock(Date.UTC(2026, 0, 1));
const emulator = createLogtoManagementEmulator({ clientId: 'm2m', clientSecret: 'm2m-secret-conformance', clock });
const server = setupServer(...emulator.handlers);
const bridge = createBridge();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
afterEach(() => expect(emulator.state.violations).toEqual([]));

runAdapterConformance({
  name: 'logtoManagementProvider via verikit/server',
  create: () => {
    bridge.setHandler(
      createVerificationHandler({
        provider: logtoManagementProvider({ endpoint: emulator.endpoint, clientId: 'm2m', clientSecret: 'm2m-secret-conformance', timeoutMs: 300, now: clock.now }),
        secret: SECRET,
        getSubject: subjectHeader,
        basePath: '/api/verify',
        now: clock.now,
      }),
    );
    return bridge.adapter('session-1');
  },
  backend: {
    channels: ['email', 'sms'],
    // verikit/server orders the sends itself (its default ordering), whatever the provider.
    enforcesOrder: true,
    // The handler allows 5 wrong codes per requestId whatever Logto allows (DEFAULT_LIMITS.attemptsPerRequest).
    limits: { ttlMs: LOGTO_CODE_TTL_MS, maxAttempts: Math.min(LOGTO_MAX_TRIES, DEFAULT_LIMITS.attemptsPerRequest as number) },
    reset: () => {
      emulator.reset();
      bridge.reset();
    },
    lastCode: (to, channel) => emulator.lastCode(channel === 'email' ? { email: to } : { phone: to.replace(/^\+/, '') }),
    advanceTime: (ms) => clock.advance(ms),
    ...bridge.backend,
    skip: {
      'resend-too-soon': "Logto's Management API has no per-identifier cooldown; its 429 limits are tenant settings (tested in logto-management.test.ts)",
      'already-verified': 'the Management API keeps no verified state: every send issues a new code',
      status: 'the Management API has no status endpoint; the handler answers 404',
    },
  },
});
