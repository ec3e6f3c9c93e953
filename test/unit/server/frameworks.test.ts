// @vitest-environment node
import express from 'express';
import Fastify, { type FastifyInstance } from 'fastify';
import { Hono } from 'hono';
import { connect as netConnect } from 'node:net';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { toNodeListener } from '../../../src/server/node';
import { memoryProvider } from '../../../src/server/providers/memory';
import { createTestHandler } from './helpers';

function verikit(basePath = '/api/verify') {
  const provider = memoryProvider();
  const handler = createTestHandler(provider, { basePath });
  return { provider, handler };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const headers = { 'content-type': 'application/json', 'x-user': 'fw-user' };
const sendBody = JSON.stringify({ channel: 'email', to: 'fw@example.com', event: 'SignIn' });

async function sendAndVerify(base: string, provider: ReturnType<typeof memoryProvider>) {
  const sent = await fetch(`${base}/send`, { method: 'POST', headers, body: sendBody });
  expect(sent.status).toBe(200);
  const { requestId } = (await sent.json()) as { requestId: string };
  const code = provider.engine('fw-user').lastCode('fw@example.com');
  const verified = await fetch(`${base}/verify`, { method: 'POST', headers, body: JSON.stringify({ requestId, channel: 'email', to: 'fw@example.com', code, event: 'SignIn' }) });
  expect(verified.status).toBe(200);
}

describe('toNodeListener as Express 5 middleware', () => {
  it('app.use(listener): verikit routes answer, and routes registered before and after it still do', async () => {
    const { provider, handler } = verikit();
    const app = express();
    app.get('/before', (_req, res) => void res.send('before'));
    app.use(toNodeListener(handler));
    app.get('/after', (_req, res) => void res.send('after'));
    app.post('/api/verify/custom', (_req, res) => void res.send('custom'));
    const origin = await listen(createServer(app));
    await sendAndVerify(`${origin}/api/verify`, provider);
    expect(await (await fetch(`${origin}/before`)).text()).toBe('before');
    expect(await (await fetch(`${origin}/after`)).text()).toBe('after');
    // Under basePath but not a verikit route: the app's own.
    expect(await (await fetch(`${origin}/api/verify/custom`, { method: 'POST' })).text()).toBe('custom');
    expect((await fetch(`${origin}/nowhere`)).status).toBe(404);
  });

  it("app.use('/api/verify', listener) with basePath '/api/verify' works (req.originalUrl), also after express.json()", async () => {
    const { provider, handler } = verikit();
    const app = express();
    app.use(express.json());
    app.use('/api/verify', toNodeListener(handler));
    app.get('/after', (_req, res) => void res.send('after'));
    const origin = await listen(createServer(app));
    await sendAndVerify(`${origin}/api/verify`, provider);
    expect(await (await fetch(`${origin}/after`)).text()).toBe('after');
  });
});

describe('toNodeListener with a Connect-style (req, res, next) chain', () => {
  it('passes paths it does not serve to next()', async () => {
    const { provider, handler } = verikit('/auth/codes');
    const listener = toNodeListener(handler);
    const chain = [
      listener,
      (_req: IncomingMessage, res: ServerResponse) => {
        res.statusCode = 200;
        res.end('fallthrough');
      },
    ];
    const server = createServer((req, res) => {
      let i = 0;
      const next = (error?: unknown): void => {
        if (error) {
          res.statusCode = 500;
          res.end('error');
          return;
        }
        const layer = chain[i++];
        layer?.(req, res, next);
      };
      next();
    });
    const origin = await listen(server);
    await sendAndVerify(`${origin}/auth/codes`, provider);
    expect(await (await fetch(`${origin}/home`)).text()).toBe('fallthrough');
  });

  it('plain http.createServer (no next): answers the JSON 404 itself, or calls options.next', async () => {
    const { handler } = verikit();
    const plain = await listen(createServer(toNodeListener(handler)));
    expect((await fetch(`${plain}/home`)).status).toBe(404);
    const chained = await listen(
      createServer((req, res) =>
        toNodeListener(handler, {
          next: () => {
            res.end('app');
          },
        })(req, res),
      ),
    );
    expect(await (await fetch(`${chained}/home`)).text()).toBe('app');
  });
});

describe('Hono', () => {
  it('serves the Fetch handler from c.req.raw', async () => {
    const { provider, handler } = verikit();
    const app = new Hono();
    app.all('/api/verify/*', (c) => handler(c.req.raw));
    app.get('/after', (c) => c.text('after'));
    const fetchApp = (path: string, init?: RequestInit) => app.fetch(new Request(`http://hono.test${path}`, init));
    const sent = await fetchApp('/api/verify/send', { method: 'POST', headers, body: sendBody });
    expect(sent.status).toBe(200);
    const { requestId } = (await sent.json()) as { requestId: string };
    const code = provider.engine('fw-user').lastCode('fw@example.com');
    const verified = await fetchApp('/api/verify/verify', { method: 'POST', headers, body: JSON.stringify({ requestId, channel: 'email', to: 'fw@example.com', code, event: 'SignIn' }) });
    expect(verified.status).toBe(200);
    expect(await (await fetchApp('/after')).text()).toBe('after');
  });
});

describe('Fastify 5', () => {
  /** Runs a Fastify app on a free loopback port, closed after the test. */
  async function start(app: FastifyInstance): Promise<string> {
    await app.listen({ port: 0, host: '127.0.0.1' });
    closers.push(() => app.close());
    return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  }
  /** With the app's own JSON route added, started: a send + verify goes through verikit and the route still parses its body. */
  async function expectVerikitBesideJsonRoute(fastify: FastifyInstance, provider: ReturnType<typeof memoryProvider>) {
    fastify.post('/echo', async (request) => request.body);
    const origin = await start(fastify);
    await sendAndVerify(`${origin}/api/verify`, provider);
    const echo = await fetch(`${origin}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(await echo.json()).toEqual({ a: 1 });
  }
  const closers: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });

  // The README's snippet, as written there: the raw request goes to verikit before Fastify reads the body.
  it("README: an onRequest hook hands /api/verify/* to toNodeListener; the app's own JSON routes still parse", async () => {
    const { provider, handler } = verikit();
    const fastify = Fastify();
    fastify.addHook('onRequest', (request, reply, done) => {
      if (!request.url.startsWith('/api/verify/')) return done();
      reply.hijack();
      toNodeListener(handler)(request.raw, reply.raw);
    });
    await expectVerikitBesideJsonRoute(fastify, provider);
  });

  // docs/server.md's snippet: a plugin of its own, where bodies are left unread.
  it('docs/server.md: a plugin with no body parsers serves verikit; routes outside it keep their JSON parser', async () => {
    const { provider, handler } = verikit();
    const fastify = Fastify();
    fastify.register(async (app) => {
      app.removeAllContentTypeParsers();
      app.addContentTypeParser('*', (_request, _payload, done) => done(null));
      app.all('/api/verify/*', (request, reply) => {
        reply.hijack();
        toNodeListener(handler)(request.raw, reply.raw);
      });
    });
    await expectVerikitBesideJsonRoute(fastify, provider);
  });
});

describe('oversized chunked bodies', () => {
  /** Streams a chunked upload far over the cap over a raw socket, and reads what comes back. */
  async function chunkedUpload(origin: string, path: string): Promise<string> {
    const { port } = new URL(origin);
    return new Promise((resolve, reject) => {
      const socket = netConnect(Number(port), '127.0.0.1');
      let received = '';
      let writes = 0;
      socket.on('data', (data) => {
        received += data.toString();
      });
      socket.on('error', (error) => (received ? resolve(received) : reject(error)));
      socket.on('close', () => resolve(received));
      socket.on('connect', () => {
        socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nx-user: big\r\nTransfer-Encoding: chunked\r\n\r\n`);
        const chunk = `${'x'.repeat(1024)}`;
        const pump = () => {
          if (socket.destroyed || writes > 400) return;
          writes += 1;
          socket.write(`${chunk.length.toString(16)}\r\n${writes === 1 ? '{"pad":"' + chunk.slice(8) : chunk}\r\n`, () => setTimeout(pump, 1));
        };
        pump();
      });
    });
  }

  it('toNodeListener answers a readable 413 before the socket closes', async () => {
    const { handler } = verikit();
    const origin = await listen(createServer(toNodeListener(handler)));
    const raw = await chunkedUpload(origin, '/api/verify/send');
    expect(raw).toMatch(/^HTTP\/1\.1 413/);
    expect(raw).toContain('"code":"unknown"');
    expect(raw.toLowerCase()).toContain('connection: close');
  });

  it('the Fetch handler answers 413 for a chunked stream over the cap', async () => {
    const { handler } = verikit();
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
      },
    });
    const response = await handler(new Request('http://app.test/api/verify/send', { method: 'POST', headers, body, duplex: 'half' } as RequestInit));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'unknown', message: 'Request body too large' } });
    expect(pulls).toBeLessThan(20);
  });
});
