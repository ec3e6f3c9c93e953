// @vitest-environment node
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createSupabaseAdapter } from '../../../../src/adapters/supabase';
import { runAdapterConformance } from '../../../../src/adapters/testing';
import { gotrue, supabaseClient } from './helpers';

// createSupabaseAdapter → the real @supabase/supabase-js client → GoTrue emulator (msw).
const emulator = gotrue();
const server = setupServer(...emulator.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
afterEach(() => expect(emulator.state.violations).toEqual([]));

runAdapterConformance({
  name: 'createSupabaseAdapter with supabase-js',
  // 1.5 s like the server bridge: 300 ms timed out real calls under load on shared cores.
  create: () => createSupabaseAdapter({ client: supabaseClient(emulator.url), timeoutMs: 1_500 }),
  backend: {
    channels: ['email', 'sms', 'whatsapp'],
    limits: { cooldownMs: emulator.limits.cooldownMs },
    reset: () => emulator.reset(),
    lastCode: (to) => emulator.lastCode(to),
    advanceTime: (ms) => emulator.clock.advance(ms),
    injectFault: (fault) => emulator.injectFault(fault),
    requestCount: () => emulator.requestCount(),
    skip: {
      'expired-code': 'GoTrue answers an expired code exactly like a wrong one (403 otp_expired → invalid_code); tested in supabase.test.ts',
      'too-many-attempts': 'GoTrue never locks a code after wrong tries; it limits /verify per client (over_request_rate_limit → rate_limited, tested in supabase.test.ts)',
      'already-verified': 'a code sent to a confirmed address is how GoTrue signs a user in: it has no already-verified refusal',
      malformed:
        "GoTrue's /otp answer is any object (message_id optional), so a 200 of another shape is a valid send; a /verify 200 without a session → unknown is tested in supabase.test.ts",
      'never-retries-send': 'its malformed half needs a send that can fail on a 200 (see malformed); one request per failed send is tested in supabase.test.ts',
    },
  },
});
