// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createVerificationHandler } from '../../../src/server/handler';
import { memoryProvider } from '../../../src/server/providers/memory';
import { BASE, get, post, SECRET, subjectFromHeader } from './helpers';

const make = (origins: readonly string[] | ((origin: string) => boolean)) =>
  createVerificationHandler({ provider: memoryProvider(), secret: SECRET, getSubject: subjectFromHeader, basePath: '/api/verify', cors: { origins, credentials: true } });

afterEach(() => vi.unstubAllEnvs());

describe('CORS', () => {
  it('every response carries Vary: Origin once CORS is configured: allowed, refused, no Origin, 404, errors', async () => {
    const handler = make(['https://app.example']);
    const responses = [
      await post(handler, '/send', { channel: 'email', to: 'a@example.com', event: 'SignIn' }, { origin: 'https://app.example' }),
      await post(handler, '/send', { channel: 'email', to: 'b@example.com', event: 'SignIn' }, { origin: 'https://evil.example' }),
      await post(handler, '/send', { channel: 'email', to: 'c@example.com', event: 'SignIn' }),
      await get(handler, '/nope', { origin: 'https://evil.example' }),
      await post(handler, '/send', 'not json', { origin: 'https://app.example' }),
      await handler(new Request(`${BASE}/send`, { method: 'OPTIONS', headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' } })),
    ];
    for (const response of responses) expect(response.headers.get('vary'), String(response.status)).toMatch(/Origin/);
    expect(responses[0]!.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(responses[1]!.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('a predicate that allows every origin is refused in production, with a clear error', () => {
    expect(() => make(() => true)).not.toThrow();
    for (const env of ['production', 'PRODUCTION']) {
      vi.stubEnv('NODE_ENV', env);
      expect(() => make(() => true)).toThrow(/cors\.origins accepts any origin/);
      expect(() => make((origin) => origin.endsWith('.example'))).toThrow(/any origin/);
      expect(() => make((origin) => origin === 'https://app.example')).not.toThrow();
      expect(() => make(['https://app.example'])).not.toThrow();
    }
  });
});
