// Vitest globalSetup for the browser project: starts the loopback servers the browser tests need.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { createVerificationHandler } from '../../src/server/handler';
import { toNodeListener } from '../../src/server/node';
import { memoryProvider } from '../../src/server/providers/memory';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of `verikit/server` with the memory provider, e.g. `http://127.0.0.1:41234/api/verify`. */
    verikitServerUrl: string;
  }
}

/** The header the e2e page sends as its session; it stands in for the app's session cookie. */
export const SESSION_HEADER = 'x-verikit-session';

// Only pages served from this machine may call the test server.
const LOOPBACK_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\]):\d+$/;

export default async function setup(project: TestProject) {
  const handler = createVerificationHandler({
    // The page reads each code from the development outbox, as the demo does.
    provider: memoryProvider({ exposeOutbox: true }),
    secret: `e2e-${crypto.randomUUID()}-${crypto.randomUUID()}`,
    getSubject: (request) => request.headers.get(SESSION_HEADER),
    basePath: '/api/verify',
    // The test page is served by Vite on another port, so another origin: the browser enforces
    // CORS for real here. Allowed explicitly for loopback origins only, with the session header;
    // no credentials, since the session travels in a header, not a cookie.
    cors: { origins: (origin) => LOOPBACK_ORIGIN.test(origin), allowHeaders: [SESSION_HEADER] },
  });
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  project.provide('verikitServerUrl', `http://127.0.0.1:${port}/api/verify`);

  return async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
