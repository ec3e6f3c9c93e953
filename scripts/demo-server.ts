// `npm run demo:server`: verikit/server with the memory provider on a loopback port, for trying the
// whole stack by hand. Development only: it prints every code it "sends" (that is the demo's outbox).
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createVerificationHandler, memoryProvider, toNodeListener } from '../src/server';

const host = '127.0.0.1';
const port = Number(process.env.PORT ?? 8787);
const basePath = '/api/verify';
// The demo's "session": a cookie-free header, so any local page or curl can act as a user.
const SESSION_HEADER = 'x-verikit-session';
const LOOPBACK_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\]):\d+$/;

const handler = createVerificationHandler({
  provider: memoryProvider({
    exposeOutbox: true,
    onMessage: (message, { subject }) => {
      console.log(`[outbox] ${subject} ← ${message.channel} to ${message.to}: ${message.text}`);
    },
  }),
  // A fresh secret per run: tokens from an earlier run are refused, as they should be.
  secret: randomBytes(32).toString('base64url'),
  getSubject: (request) => request.headers.get(SESSION_HEADER) ?? 'demo-user',
  basePath,
  // Pages on other local ports (Vite, Storybook) may call it; nothing else may.
  cors: { origins: (origin) => LOOPBACK_ORIGIN.test(origin), allowHeaders: [SESSION_HEADER] },
  onError: (error, { route }) => {
    const code = (error as { code?: string }).code ?? 'unexpected';
    console.log(`[error] ${route}: ${code}`);
  },
});

const server = createServer(toNodeListener(handler));
server.listen(port, host, () => {
  const { port: actual } = server.address() as AddressInfo;
  const url = `http://${host}:${actual}${basePath}`;
  console.log(`verikit demo server: ${url}`);
  console.log(`  POST ${url}/send    POST ${url}/verify    GET ${url}/status    GET ${url}/outbox`);
  console.log(`  session header: ${SESSION_HEADER} (default "demo-user"). Codes are printed below. Ctrl+C stops.`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
