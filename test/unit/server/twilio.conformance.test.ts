// @vitest-environment node
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { runAdapterConformance } from '../../../src/adapters/testing';
import { createManualClock } from '../../../src/core/clock';
import { createVerificationHandler } from '../../../src/server/handler';
import { twilioVerifyProvider } from '../../../src/server/providers/twilio';
import { createTwilioEmulator } from '../../emulators/twilio-verify';
import { createBridge, subjectHeader } from './conformance-harness';
import { SECRET } from './helpers';

// createHttpAdapter → createVerificationHandler → twilioVerifyProvider → Twilio Verify emulator.
const credentials = { accountSid: `AC${'2'.repeat(32)}`, authToken: 'twilio-conformance-token', serviceSid: `VA${'c'.repeat(32)}` };
const clock = createManualClock(Date.UTC(2026, 0, 1));
const emulator = createTwilioEmulator({ ...credentials, clock });
const server = setupServer(...emulator.handlers);
const bridge = createBridge();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
afterEach(() => expect(emulator.state.violations).toEqual([]));

runAdapterConformance({
  name: 'twilioVerifyProvider via verikit/server',
  create: () => {
    bridge.setHandler(
      createVerificationHandler({
        provider: twilioVerifyProvider({ ...credentials, timeoutMs: 1_000 }),
        secret: SECRET,
        getSubject: subjectHeader,
        basePath: '/api/verify',
        now: clock.now,
      }),
    );
    return bridge.adapter('session-1');
  },
  backend: {
    channels: ['email', 'sms', 'voice', 'whatsapp'],
    // verikit/server orders the sends itself (its default ordering), whatever the provider.
    enforcesOrder: true,
    // Twilio has no resend cooldown (a resend may go at once), so the cooldown is 0.
    limits: { ttlMs: emulator.limits.ttlMs, maxAttempts: emulator.limits.maxAttempts, cooldownMs: 0 },
    reset: () => {
      emulator.reset();
      bridge.reset();
    },
    lastCode: (to) => emulator.lastCode(to),
    advanceTime: (ms) => clock.advance(ms),
    ...bridge.backend,
    skip: {
      'resend-too-soon':
        'Twilio Verify has no resend cooldown: a resend while pending re-sends the same code, up to 5 sends (60203 → rate_limited, tested in twilio.test.ts)',
      'already-verified': 'Twilio keeps no verified state per destination: a new send after approval starts a new verification',
      status: 'Twilio Verify has no status endpoint; the handler answers 404',
    },
  },
});
