// verikit's HTTP contract on the server: POST /api/verify/send, POST /api/verify/verify, GET /api/verify/status.
import { createVerificationHandler, memoryProvider } from 'verikit/server';

const development = process.env.NODE_ENV === 'development';

const handler = createVerificationHandler({
  // The demo backend. Swap in sfoxProvider, logtoManagementProvider or ycloudProvider for real messages.
  provider: memoryProvider({
    // In development the codes can also be read at GET /api/verify/outbox; never in production.
    exposeOutbox: development,
    // The demo "sends" by printing: read the code in the server's terminal.
    onMessage: (message) => console.log(`[verikit demo] ${message.channel} to ${message.to}: code ${message.code}`),
  }),
  // ≥ 32 random characters from your environment. Without it this demo signs with a fresh random
  // secret per server start (tokens then don't survive a restart or span several instances).
  secret: process.env.VERIKIT_SECRET ?? `${crypto.randomUUID()}${crypto.randomUUID()}`,
  // Your session: who is verifying. Never read it from the request body.
  getSubject: (request) => request.headers.get('x-demo-session'),
  basePath: '/api/verify',
});

export { handler as GET, handler as POST };
