// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createManualClock } from '../../../src/core/clock';
import { VerificationError } from '../../../src/core/errors';
import type { VerificationProvider } from '../../../src/server/provider';
import { ycloudProvider } from '../../../src/server/providers/ycloud';
import { serveEmulators } from '../../emulators/serve';
import { createYcloudEmulator } from '../../emulators/ycloud';
import { createTestHandler, post, SECRET } from './helpers';

const API_KEY = 'ycloud-live-key-7c1d9e0f2a';
const clock = createManualClock(Date.UTC(2026, 0, 1));
const ycloud = createYcloudEmulator({ apiKey: API_KEY, clock });
const server = serveEmulators(ycloud);

const sms = { channel: 'sms', to: '+14155550123', event: 'SignIn' };

describe('onError gets causes with credentials redacted', () => {
  it('an upstream body echoing the API key', async () => {
    const onError = vi.fn();
    const handler = createTestHandler(ycloudProvider({ apiKey: API_KEY, timeoutMs: 300 }), { onError, ordering: 'none' });
    server.use(
      http.post(`${ycloud.baseUrl}/verify/verifications`, () =>
        HttpResponse.json({ error: { status: 401, code: 'UNAUTHORIZED', message: `Invalid key ${API_KEY}`, target: { 'X-API-Key': API_KEY } } }, { status: 401 }),
      ),
    );
    expect((await post(handler, '/send', sms)).status).toBe(501);
    const [error] = onError.mock.calls[0]!;
    expect(error).toMatchObject({ code: 'not_configured', status: 401 });
    const logged = JSON.stringify((error as VerificationError).cause);
    expect(logged).not.toContain(API_KEY);
    expect(logged).toContain('[redacted]');
    expect(logged).toContain('UNAUTHORIZED');
  });

  it('upstream request headers and bearer tokens in a custom provider cause; the handler secret too', async () => {
    const onError = vi.fn();
    const provider: VerificationProvider = {
      name: 'custom',
      channels: ['sms'],
      secrets: ['custom-provider-key-123456'],
      send: async () => {
        throw new VerificationError('network', `call failed with custom-provider-key-123456`, {
          cause: {
            request: { headers: { Authorization: 'Bearer abc.def.ghi', 'x-api-key': 'k-999', accept: 'application/json' } },
            body: { note: `echo ${SECRET}`, nested: [{ token: 'tok' }, 'Basic dXNlcjpwYXNz'] },
          },
        });
      },
      verify: async () => {},
    };
    const handler = createTestHandler(provider, { onError, now: clock.now, ordering: 'none' });
    await post(handler, '/send', sms);
    const [error] = onError.mock.calls[0]!;
    const text = JSON.stringify({ message: (error as Error).message, cause: (error as VerificationError).cause });
    for (const leaked of ['custom-provider-key-123456', 'abc.def.ghi', 'k-999', SECRET, 'tok"', 'dXNlcjpwYXNz']) expect(text).not.toContain(leaked);
    expect(text).toContain('application/json');
    expect((error as VerificationError).code).toBe('network');
  });
});
