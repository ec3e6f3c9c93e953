// @vitest-environment node
import { createManualClock } from '../../../src/core/clock';
import { sfoxProvider } from '../../../src/server/providers/sfox';
import { createSfoxEmulator } from '../../emulators/sfox';
import { runServerConformance } from './conformance-harness';

// createHttpAdapter → createVerificationHandler → sfoxProvider → sFOX emulator.
const API_KEY = 'sfox-conformance-key-1234567890';
const clock = createManualClock(Date.UTC(2026, 0, 1));
const emulator = createSfoxEmulator({ apiKey: API_KEY, clock });
let subject = '';
let cases = 0;

runServerConformance({
  name: 'sfoxProvider via verikit/server',
  clock,
  emulator,
  // A new app user per case, registered with sFOX as the app's sign-up would.
  subject: () => {
    cases += 1;
    subject = `user-${cases}`;
    emulator.register(subject, { accountType: 'individual' });
    return subject;
  },
  provider: () => sfoxProvider({ apiKey: API_KEY, accountType: 'individual', timeoutMs: 300 }),
  backend: {
    channels: ['email', 'sms'],
    // sFOX sends to the contact on file for user_id: the app stores what the user typed there
    // (register-account / its own update) before asking for a code.
    identifier: (kind, n) => {
      const value = kind === 'email' ? `sfox-${n}@example.com` : `+1415555${String(n).padStart(4, '0')}`;
      emulator.setContact(subject, kind, value);
      return value;
    },
    lastCode: (_to, channel) => emulator.lastCode(subject, channel === 'email' ? 'email' : 'sms'),
    markVerified: (to, channel) => {
      emulator.setContact(subject, channel === 'email' ? 'email' : 'phone', to);
      emulator.user(subject)![channel === 'email' ? 'emailVerified' : 'phoneVerified'] = true;
    },
    skip: {
      'resend-too-soon': 'sFOX documents no per-identifier resend cooldown, only 250 requests per 10 s (tested in sfox.test.ts)',
      'expired-code': 'sFOX documents no code lifetime',
      'too-many-attempts': 'sFOX documents no attempt limit',
      status: 'sFOX has no status endpoint; the handler answers 404',
    },
  },
});
