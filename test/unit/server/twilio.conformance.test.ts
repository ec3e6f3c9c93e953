// @vitest-environment node
import { createManualClock } from '../../../src/core/clock';
import { twilioVerifyProvider } from '../../../src/server/providers/twilio';
import { createTwilioEmulator } from '../../emulators/twilio-verify';
import { runServerConformance } from './conformance-harness';

// createHttpAdapter → createVerificationHandler → twilioVerifyProvider → Twilio Verify emulator.
const credentials = { accountSid: `AC${'2'.repeat(32)}`, authToken: 'twilio-conformance-token', serviceSid: `VA${'c'.repeat(32)}` };
const clock = createManualClock(Date.UTC(2026, 0, 1));
const emulator = createTwilioEmulator({ ...credentials, clock });

runServerConformance({
  name: 'twilioVerifyProvider via verikit/server',
  clock,
  emulator,
  provider: () => twilioVerifyProvider({ ...credentials, timeoutMs: 1_000 }),
  backend: {
    channels: ['email', 'sms', 'voice', 'whatsapp'],
    // Twilio has no resend cooldown (a resend may go at once), so the cooldown is 0.
    limits: { ttlMs: emulator.limits.ttlMs, maxAttempts: emulator.limits.maxAttempts, cooldownMs: 0 },
    lastCode: (to) => emulator.lastCode(to),
    skip: {
      'resend-too-soon':
        'Twilio Verify has no resend cooldown: a resend while pending re-sends the same code, up to 5 sends (60203 → rate_limited, tested in twilio.test.ts)',
      'already-verified': 'Twilio keeps no verified state per destination: a new send after approval starts a new verification',
      status: 'Twilio Verify has no status endpoint; the handler answers 404',
    },
  },
});
