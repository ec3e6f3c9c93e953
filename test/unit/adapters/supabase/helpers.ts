import { createClient } from '@supabase/supabase-js';
import { createManualClock } from '../../../../src/core/clock';
import { loadContract } from '../../../emulators/openapi-contract';
import { createGotrueEmulator, type GotrueEmulatorOptions } from '../../../emulators/supabase-gotrue';

export const ANON_KEY = 'sb_publishable_verikit-test-anon-key';

/** A GoTrue emulator built from the vendored gotrue.openapi.yaml. */
export function gotrue(options: Partial<Omit<GotrueEmulatorOptions, 'spec'>> = {}) {
  return createGotrueEmulator({
    spec: loadContract('supabase/gotrue.openapi.yaml'),
    anonKey: ANON_KEY,
    clock: createManualClock(Date.UTC(2026, 0, 1)),
    ...options,
  });
}

/**
 * supabase-js builds its Realtime client up front and, on Node 20 (no global WebSocket), wants a
 * transport. verikit never opens a Realtime channel, so this one refuses to be used.
 */
class NoRealtimeSocket {
  constructor() {
    throw new Error('verikit never opens a Supabase Realtime socket');
  }
}

/** The real supabase-js client, as an app creates it (no session persistence in tests). */
export function supabaseClient(url: string, extra: { key?: string; throwOnError?: boolean } = {}) {
  return createClient(url, extra.key ?? ANON_KEY, {
    realtime: { transport: NoRealtimeSocket as unknown as NonNullable<NonNullable<Parameters<typeof createClient>[2]>['realtime']>['transport'] },
    auth: {
      persistSession: false,
      autoRefreshToken: false,
      detectSessionInUrl: false,
      ...(extra.throwOnError !== undefined && { throwOnError: extra.throwOnError }),
    },
  });
}
