// @vitest-environment node
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toNodeListener } from '../../../src/server/node';
import { memoryProvider } from '../../../src/server/providers/memory';
import { createTestHandler } from './helpers';

const provider = memoryProvider({ seed: 11 });
const handler = createTestHandler(provider);
const listener = toNodeListener(handler);
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => listener(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/verify`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('toNodeListener', () => {
  it('serves send, verify and status over a real Node http server', async () => {
    const headers = { 'content-type': 'application/json', 'x-user': 'node-user' };
    const sent = await fetch(`${base}/send`, { method: 'POST', headers, body: JSON.stringify({ channel: 'email', to: 'n@example.com', event: 'SignIn' }) });
    expect(sent.status).toBe(200);
    const { requestId } = (await sent.json()) as { requestId: string };
    const code = provider.engine('node-user').lastCode('n@example.com');
    const verified = await fetch(`${base}/verify`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ requestId, channel: 'email', to: 'n@example.com', code, event: 'SignIn' }),
    });
    expect(verified.status).toBe(200);
    expect(((await verified.json()) as { proof: string }).proof).toMatch(/^vk1\./);
    const status = await fetch(`${base}/status`, { headers });
    expect(await status.json()).toMatchObject({ email: { to: 'n@example.com', verified: true } });
    expect((await fetch(`${base}/status`, { method: 'PUT', headers })).status).toBe(405);
    expect((await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/elsewhere`)).status).toBe(404);
  });

  it('stops a chunked upload over 8 KB with 413', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${base}/send`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-user': 'u', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve(413) : reject(error)));
      req.write('{"pad":"');
      for (let i = 0; i < 16; i += 1) req.write('x'.repeat(1024));
      req.end('"}');
    });
    expect(status).toBe(413);
  });

  it('works after an Express-style body parser consumed the stream', async () => {
    const { Readable } = await import('node:stream');
    const req = Object.assign(Readable.from([]), {
      method: 'POST',
      url: '/api/verify/send',
      headers: { host: 'app.test', 'content-type': 'application/json', 'content-length': '999', 'x-user': 'express-user' },
      body: { channel: 'email', to: 'e@example.com', event: 'Register' },
    });
    await new Promise((resolve) => req.on('end', resolve).resume());
    const res = {
      statusCode: 0,
      headers: {} as Record<string, string>,
      body: '',
      setHeader(name: string, value: string) {
        this.headers[name] = value;
      },
      end(chunk?: Uint8Array) {
        this.body = chunk ? new TextDecoder().decode(chunk) : '';
        done();
      },
    };
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    listener(req, res);
    await finished;
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ channel: 'email', to: 'e@example.com' });
    expect(provider.engine('express-user').outbox.messages).toHaveLength(1);
  });
});
