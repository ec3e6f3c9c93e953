// @vitest-environment node
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { runAdapterConformance } from '../../../src/adapters/testing';
import { createManualClock } from '../../../src/core/clock';
import { createVerificationHandler } from '../../../src/server/handler';
import { ycloudProvider } from '../../../src/server/providers/ycloud';
import { createYcloudEmulator } from '../../emulators/ycloud';
import { createBridge, subjectHeader } from './conformance-harness';
import { SECRET } from './helpers';

// createHttpAdapter → createVerificationHandler → ycloudProvider → YCloud emulator.
const clock = createManualClock(Date.UTC(2026, 0, 1));
const emulator = createYcloudEmulator({ apiKey: 'ycloud-conformance-key', clock });
const server = setupServer(...emulator.handlers);
const bridge = createBridge();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
afterEach(() => expect(emulator.state.violations).toEqual([]));

runAdapterConformance({
  name: 'ycloudProvider via verikit/server',
  create: () => {
    bridge.setHandler(
      createVerificationHandler({
        provider: ycloudProvider({ apiKey: 'ycloud-conformance-key', timeoutMs: 300 }),
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
    limits: emulator.limits,
    reset: () => {
      emulator.reset();
      bridge.reset();
    },
    lastCode: (to) => emulator.lastCode(to),
    advanceTime: (ms) => clock.advance(ms),
    ...bridge.backend,
    skip: {
      'resend-too-soon': 'YCloud rate limits are account settings; the 429 + Retry-After mapping is tested in ycloud.test.ts',
      'already-verified': 'YCloud keeps no verified state per destination: a new send starts a new verification',
      status: 'YCloud has no status endpoint; the handler answers 404',
    },
  },
});
