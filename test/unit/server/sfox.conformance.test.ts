// @vitest-environment node
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { runAdapterConformance } from '../../../src/adapters/testing';
import { createManualClock } from '../../../src/core/clock';
import { createVerificationHandler } from '../../../src/server/handler';
import { sfoxProvider } from '../../../src/server/providers/sfox';
import { createSfoxEmulator } from '../../emulators/sfox';
import { createBridge, subjectHeader } from './conformance-harness';
import { SECRET } from './helpers';

// createHttpAdapter → createVerificationHandler → sfoxProvider → sFOX emulator.
const API_KEY = 'sfox-conformance-key-1234567890';
const clock = createManualClock(Date.UTC(2026, 0, 1));
const emulator = createSfoxEmulator({ apiKey: API_KEY, clock });
const server = setupServer(...emulator.handlers);
const bridge = createBridge();
let subject = '';
let cases = 0;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
afterEach(() => expect(emulator.state.violations).toEqual([]));

runAdapterConformance({
  name: 'sfoxProvider via verikit/server',
  create: () => {
    // A new app user per case, registered with sFOX as the app's sign-up would.
    cases += 1;
    subject = `user-${cases}`;
    emulator.register(subject, { accountType: 'individual' });
    bridge.setHandler(
      createVerificationHandler({
        provider: sfoxProvider({ apiKey: API_KEY, accountType: 'individual', timeoutMs: 300 }),
        secret: SECRET,
        getSubject: subjectHeader,
        basePath: '/api/verify',
        now: clock.now,
      }),
    );
    return bridge.adapter(subject);
  },
  backend: {
    channels: ['email', 'sms'],
    enforcesOrder: true,
    reset: () => {
      emulator.reset();
      bridge.reset();
    },
    // sFOX sends to the contact on file for user_id: the app stores what the user typed there
    // (register-account / its own update) before asking for a code.
    identifier: (kind, n) => {
      const value = kind === 'email' ? `sfox-${n}@example.com` : `+1415555${String(n).padStart(4, '0')}`;
      emulator.setContact(subject, kind, value);
      return value;
    },
    lastCode: (_to, channel) => emulator.lastCode(subject, channel === 'email' ? 'email' : 'sms'),
    advanceTime: (ms) => clock.advance(ms),
    markVerified: (to, channel) => {
      emulator.setContact(subject, channel === 'email' ? 'email' : 'phone', to);
      emulator.user(subject)![channel === 'email' ? 'emailVerified' : 'phoneVerified'] = true;
    },
    ...bridge.backend,
    skip: {
      'resend-too-soon': 'sFOX documents no per-identifier resend cooldown, only 250 requests per 10 s (tested in sfox.test.ts)',
      'expired-code': 'sFOX documents no code lifetime',
      'too-many-attempts': 'sFOX documents no attempt limit',
      status: 'sFOX has no status endpoint; the handler answers 404',
    },
  },
});
