// verikit/server in Express 5. No React here: the server entry needs none of the React peers.
import { randomBytes } from 'node:crypto';
import express from 'express';
import { createVerificationHandler, memoryProvider, toNodeListener } from 'verikit/server';

const app = express();
// ≥ 32 random characters from your environment; without it, a fresh one per start (demo only).
const secret = process.env.VERIKIT_SECRET ?? randomBytes(32).toString('base64url');

function demoHandler(basePath) {
  return createVerificationHandler({
    // The demo backend "sends" by printing the code. Use sfoxProvider, ycloudProvider, … for real messages.
    provider: memoryProvider({
      onMessage: (message) => console.log(`[verikit demo] ${message.channel} to ${message.to}: code ${message.code}`),
    }),
    secret,
    // Your session: who is verifying. Here a header, for the demo; never the request body.
    getSubject: (request) => request.headers.get('x-demo-session'),
    basePath,
  });
}

// A route registered before verikit.
app.get('/health', (_req, res) => {
  res.json({ ok: true });
});

// Mounted on the whole app: verikit answers under /api/verify and passes everything else on.
app.use(toNodeListener(demoHandler('/api/verify')));

// Or mounted at a path: Express strips '/auth/verify' from req.url; verikit reads req.originalUrl.
app.use('/auth/verify', toNodeListener(demoHandler('/auth/verify')));

// Routes registered after verikit still answer.
app.get('/', (_req, res) => {
  res.type('html').send('<!doctype html><title>verikit + Express</title><link rel="icon" href="data:,"><h1>verikit + Express</h1>');
});
app.get('/hello', (_req, res) => {
  res.json({ hello: 'world' });
});

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const server = app.listen(port, host, () => {
  console.log(`verikit Express example on http://${host}:${server.address().port}`);
});
