import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpAdapter, parseRetryAfter } from '../../../src/adapters/http';
import { isVerificationError, type VerificationError } from '../../../src/core/errors';
import { serveEmulators } from '../../emulators/serve';
import { createVerikitHttpEmulator } from '../../emulators/verikit-http';

const base = 'https://verikit.test/api/verify';
const emulator = createVerikitHttpEmulator({ baseUrl: base, seed: 5 });
const server = serveEmulators(emulator);
const send = { channel: 'email', to: 'jane@example.com', event: 'Register' } as const;

afterEach(() => emulator.reset());

async function rejection(promise: Promise<unknown>): Promise<VerificationError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(isVerificationError(error)).toBe(true);
  return error as VerificationError;
}

describe('createHttpAdapter: requests', () => {
  it('posts exactly the contract fields, normalised, as JSON', async () => {
    const adapter = createHttpAdapter({ baseUrl: `${base}/` });
    await adapter.sendCode({ ...send, to: '  jane@EXAMPLE.com ', locale: 'de' });
    expect(emulator.bodies).toEqual([{ channel: 'email', to: 'jane@example.com', event: 'Register', locale: 'de' }]);
  });

  it('sends custom headers (object or function) and the credentials mode', async () => {
    const seen: { headers: Headers; credentials: RequestCredentials }[] = [];
    const fetchSpy: typeof fetch = (input, init) => {
      seen.push({ headers: new Headers(init?.headers), credentials: init?.credentials ?? 'same-origin' });
      return fetch(input, init);
    };
    let token = 'a';
    const adapter = createHttpAdapter({ baseUrl: base, fetch: fetchSpy, credentials: 'include', headers: () => ({ 'X-CSRF': token }) });
    await adapter.sendCode(send);
    token = 'b';
    await adapter.getStatus();
    expect(seen.map((s) => s.headers.get('X-CSRF'))).toEqual(['a', 'b']);
    expect(seen[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(seen.every((s) => s.credentials === 'include')).toBe(true);
  });

  it('makes no request for an invalid identifier or an empty code', async () => {
    const adapter = createHttpAdapter({ baseUrl: base });
    await expect(adapter.sendCode({ ...send, to: 'nobody' })).rejects.toMatchObject({ code: 'invalid_identifier' });
    await expect(adapter.sendCode({ ...send, channel: 'sms', to: '(415) 555-0123' })).rejects.toMatchObject({ code: 'invalid_identifier' });
    await expect(adapter.verifyCode({ requestId: 'r', channel: 'email', to: send.to, code: '', event: 'Register' })).rejects.toMatchObject({
      code: 'invalid_code',
    });
    expect(emulator.requestCount).toBe(0);
  });

  it('the emulator refuses requests outside the contract with 400', async () => {
    const post = (body: string, type = 'application/json') =>
      fetch(`${base}/send`, { method: 'POST', headers: { 'Content-Type': type }, body });
    expect((await post(JSON.stringify({ ...send, extra: 1 }))).status).toBe(400);
    expect((await post(JSON.stringify({ ...send, channel: 'fax' }))).status).toBe(400);
    expect((await post(JSON.stringify(send), 'text/plain')).status).toBe(400);
    expect((await post('{'))).toHaveProperty('status', 400);
    expect((await post(JSON.stringify({ ...send, locale: 'x'.repeat(9000) }))).status).toBe(400);
    expect((await post(JSON.stringify(send))).status).toBe(200);
  });
});

describe('createHttpAdapter: answers', () => {
  it('reads a 429 without Retry-After or retryAfterMs as rate_limited with the default 30 s', async () => {
    server.use(http.post(`${base}/send`, () => new HttpResponse(null, { status: 429 })));
    const error = await rejection(createHttpAdapter({ baseUrl: base }).sendCode(send));
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterMs: 30_000, status: 429 });
  });

  it('honours Retry-After in seconds and as an HTTP date when the body has no retryAfterMs', async () => {
    const now = Date.UTC(2026, 0, 1, 12);
    server.use(
      http.post(`${base}/send`, () => HttpResponse.json({ error: { code: 'rate_limited', message: 'slow down' } }, { status: 429, headers: { 'Retry-After': '12' } }), {
        once: true,
      }),
      http.post(`${base}/send`, () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': new Date(now + 45_000).toUTCString() } }), { once: true }),
    );
    const adapter = createHttpAdapter({ baseUrl: base, clock: { now: () => now } });
    expect(await rejection(adapter.sendCode(send))).toMatchObject({ code: 'rate_limited', retryAfterMs: 12_000 });
    expect(await rejection(adapter.sendCode(send))).toMatchObject({ code: 'unknown', retryAfterMs: 45_000, status: 503 });
  });

  it('prefers the body code over the status, and keeps attemptsLeft', async () => {
    server.use(http.post(`${base}/verify`, () => HttpResponse.json({ error: { code: 'invalid_code', message: 'nope', attemptsLeft: 2 } }, { status: 422 })));
    const error = await rejection(createHttpAdapter({ baseUrl: base }).verifyCode({ requestId: 'r', channel: 'email', to: send.to, code: '123456', event: 'Register' }));
    expect(error).toMatchObject({ code: 'invalid_code', attemptsLeft: 2, status: 422 });
  });

  it('maps a status without an error body, and an unknown code, by status', async () => {
    server.use(
      http.post(`${base}/send`, () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 }), { once: true }),
      http.post(`${base}/send`, () => HttpResponse.json({ error: { code: 'teapot' } }, { status: 410 }), { once: true }),
    );
    const adapter = createHttpAdapter({ baseUrl: base });
    expect(await rejection(adapter.sendCode(send))).toMatchObject({ code: 'unknown', status: 502 });
    expect(await rejection(adapter.sendCode(send))).toMatchObject({ code: 'code_expired', status: 410 });
  });

  it.each([
    ['an array', []],
    ['a missing requestId', { channel: 'email', to: 'jane@example.com' }],
    ['a bad channel', { requestId: 'r', channel: 'pigeon', to: 'jane@example.com' }],
    ['a string expiresAt', { requestId: 'r', channel: 'email', to: 'jane@example.com', expiresAt: 'soon' }],
  ])('reads a 200 send with %s as unknown, with the cause', async (_label, body) => {
    server.use(http.post(`${base}/send`, () => HttpResponse.json(body)));
    const error = await rejection(createHttpAdapter({ baseUrl: base }).sendCode(send));
    expect(error.code).toBe('unknown');
    expect(error.cause).toMatchObject({ body });
  });

  it('reads a 200 that is not JSON as unknown with the SyntaxError as cause', async () => {
    server.use(http.post(`${base}/send`, () => new HttpResponse('<html></html>', { status: 200 })));
    const error = await rejection(createHttpAdapter({ baseUrl: base }).sendCode(send));
    expect(error.code).toBe('unknown');
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('accepts a send answer with only the required fields', async () => {
    server.use(http.post(`${base}/send`, () => HttpResponse.json({ requestId: 'r1', channel: 'email', to: 'jane@example.com' })));
    expect(await createHttpAdapter({ baseUrl: base }).sendCode(send)).toEqual({ requestId: 'r1', channel: 'email', to: 'jane@example.com' });
  });

  it('reads status, and a 404 status as not_configured', async () => {
    const adapter = createHttpAdapter({ baseUrl: base });
    expect(await adapter.getStatus()).toEqual({ email: { verified: false }, phone: { verified: false } });
    server.use(http.get(`${base}/status`, () => new HttpResponse(null, { status: 404 })));
    expect(await rejection(adapter.getStatus())).toMatchObject({ code: 'not_configured', status: 404 });
  });

  it('turns a fetch TypeError into network, and anything else thrown into unknown', async () => {
    const offline = createHttpAdapter({ baseUrl: base, fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(await rejection(offline.sendCode(send))).toMatchObject({ code: 'network' });
    const broken = createHttpAdapter({ baseUrl: base, fetch: () => Promise.reject(new Error('boom')) });
    expect(await rejection(broken.sendCode(send))).toMatchObject({ code: 'unknown' });
  });

  it('never retries a send, whatever the failure', async () => {
    const fetchSpy = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('offline')));
    const adapter = createHttpAdapter({ baseUrl: base, fetch: fetchSpy });
    await rejection(adapter.sendCode(send));
    server.use(http.post(`${base}/send`, () => new HttpResponse(null, { status: 503 })));
    const spy2 = vi.fn<typeof fetch>((input, init) => fetch(input, init));
    await rejection(createHttpAdapter({ baseUrl: base, fetch: spy2 }).sendCode(send));
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(spy2).toHaveBeenCalledTimes(1);
  });

  it('times out with timeout after timeoutMs, on fake timers', async () => {
    vi.useFakeTimers();
    try {
      // A fetch that never answers until aborted, like a server that hangs.
      const hanging: typeof fetch = (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
      const promise = createHttpAdapter({ baseUrl: base, fetch: hanging }).sendCode(send);
      const settled = vi.fn();
      promise.catch(settled);
      await vi.advanceTimersByTimeAsync(14_999);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(await rejection(promise)).toMatchObject({ code: 'timeout' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects with the caller’s abort reason, not a VerificationError', async () => {
    const controller = new AbortController();
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError'))));
    const promise = createHttpAdapter({ baseUrl: base, fetch: hanging }).sendCode(send, { signal: controller.signal });
    const reason = new Error('user left');
    controller.abort(reason);
    await expect(promise).rejects.toBe(reason);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and dates, and ignores garbage', () => {
    expect(parseRetryAfter('0', 0)).toBe(0);
    expect(parseRetryAfter(' 7 ', 0)).toBe(7000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', Date.UTC(2026, 0, 1))).toBe(10_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', Date.UTC(2026, 0, 2))).toBe(0);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter('-5', 0)).toBeUndefined();
    expect(parseRetryAfter(null, 0)).toBeUndefined();
  });
});
