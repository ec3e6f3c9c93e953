import { createClient } from '@supabase/supabase-js';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { useState, type ReactNode } from 'react';
import { parse as parseYaml } from 'yaml';
import { createSupabaseAdapter } from '../../src/adapters/supabase';
import type { ManualClock } from '../../src/core/clock';
import { VerificationProvider } from '../../src/react';
import { createGotrueEmulator } from '../../test/emulators/supabase-gotrue';
import type { OpenApiDocument } from '../../test/emulators/openapi-schema';
import gotrueSpec from '../../test/emulators/contracts/supabase/gotrue.openapi.yaml?raw';
import { DemoOutbox } from '../../src/entry/demo';
import { forgetPersistedFlows } from './StoryFrame';

const PROJECT_URL = 'https://verikit-demo.supabase.co';
const ANON_KEY = 'sb_publishable_verikit-storybook';

/** Real time, which `advance` can move ahead (the emulator's cooldowns and expiry follow it). */
function realClock(): ManualClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    advance(ms) {
      offset += ms;
    },
    set(epochMs) {
      offset = epochMs - Date.now();
    },
  };
}

/** The GoTrue emulator the tests use, built in the browser from the same vendored spec. */
export const gotrueEmulator = createGotrueEmulator({
  spec: parseYaml(gotrueSpec) as OpenApiDocument,
  url: PROJECT_URL,
  anonKey: ANON_KEY,
  clock: realClock(),
});

const WORKER_URL = '/mockServiceWorker.js';

/**
 * Starts msw's service worker (served from .storybook/public) with the emulator's handlers,
 * resetting the emulator; every other request passes through untouched. The cleanup stops it and
 * unregisters it, so the stories and tests that run after this one load without it.
 */
export async function startGotrueWorker(): Promise<() => Promise<void>> {
  gotrueEmulator.reset();
  const worker: SetupWorker = setupWorker(...gotrueEmulator.handlers);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: WORKER_URL } });
  return async () => {
    worker.stop();
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.filter((r) => r.active?.scriptURL.endsWith(WORKER_URL)).map((r) => r.unregister()));
  };
}

/**
 * A story's component with `createSupabaseAdapter` on a real supabase-js client (pointed at the
 * emulated project), next to a Demo outbox of the emails and texts GoTrue "sent".
 */
export function SupabaseStoryFrame({ children }: { children: ReactNode }) {
  const [adapter] = useState(() => {
    forgetPersistedFlows();
    const client = createClient(PROJECT_URL, ANON_KEY, {
      auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    });
    return createSupabaseAdapter({ client });
  });
  return (
    <VerificationProvider adapter={adapter}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' }}>
        <div style={{ flex: '1 1 320px', maxInlineSize: 440, minInlineSize: 0 }}>{children}</div>
        <div style={{ flex: '1 1 260px', maxInlineSize: 420, minInlineSize: 0 }}>
          <DemoOutbox outbox={gotrueEmulator.outbox} />
        </div>
      </div>
    </VerificationProvider>
  );
}
