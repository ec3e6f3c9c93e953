import type { RequestHandler } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

/**
 * Serves the emulators with msw for the calling test file: from before its first test to after
 * its last. A request no emulator handles fails the test (the kit may call nothing else), and
 * answers a test swapped in with `server.use` are dropped after that test.
 */
export function serveEmulators(...emulators: { handlers: readonly RequestHandler[] }[]): SetupServer {
  const server = setupServer(...emulators.flatMap((emulator) => emulator.handlers));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  afterEach(() => server.resetHandlers());
  return server;
}

/** After each test of the calling file: none of the emulators saw a request outside its contract. */
export function expectNoViolations(...emulators: { state: { violations: string[] } }[]): void {
  afterEach(() => {
    for (const emulator of emulators) expect(emulator.state.violations).toEqual([]);
  });
}
