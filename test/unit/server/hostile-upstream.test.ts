// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/core/clock';
import type { VerificationProvider } from '../../../src/server/provider';
import { logtoManagementProvider } from '../../../src/server/providers/logto-management';
import { ycloudProvider } from '../../../src/server/providers/ycloud';
import { createLogtoManagementEmulator } from '../../emulators/logto-management';
import { serveEmulators } from '../../emulators/serve';
import { createYcloudEmulator } from '../../emulators/ycloud';
import { createTestHandler, errorOf, post } from './helpers';

/**
 * Upstream text is untrusted: an emulator answers as the contract says, then one response is
 * replaced (msw `server.use`) by what a compromised or buggy upstream might send.
 */
const clock = createManualClock(Date.UTC(2026, 0, 1));
const ycloud = createYcloudEmulator({ apiKey: 'yc-key', clock });
const logto = createLogtoManagementEmulator({ clientId: 'm2m', clientSecret: 'm2m-secret', clock, tokenTtlSeconds: 3600 });
const server = serveEmulators(ycloud, logto);

beforeEach(() => {
  ycloud.reset();
  logto.reset();
});

const handlerFor = (provider: VerificationProvider) =>
  // Upstream answers are under test, not the ordering (ordering.test.ts): phone sends go straight through.
  createTestHandler(provider, { now: clock.now, limits: false, ordering: 'none' });

const sms = { channel: 'sms', to: '+14155550123', event: 'SignIn' };
const PROTO_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('error tables use own properties only', () => {
  it('YCloud check status constructor / __proto__ / toString gives invalid_code, never 200 {"error":{}}', async () => {
    const handler = handlerFor(ycloudProvider({ apiKey: 'yc-key', timeoutMs: 300 }));
    for (const status of PROTO_KEYS) {
      const { requestId } = (await (await post(handler, '/send', sms, { 'x-user': status })).json()) as { requestId: string };
      server.use(http.post(`${ycloud.baseUrl}/verify/verificationChecks`, () => HttpResponse.json({ id: 'vc1', valid: false, status }), { once: true }));
      const response = await post(handler, '/verify', { ...sms, requestId, code: '123456' }, { 'x-user': status });
      expect(response.status, status).toBe(400);
      expect((await errorOf(response)).code, status).toBe('invalid_code');
    }
  });

  it('Logto code toString / constructor gives a proper status: invalid_code on verify, unknown 502 on a 500', async () => {
    const handler = handlerFor(logtoManagementProvider({ endpoint: logto.endpoint, clientId: 'm2m', clientSecret: 'm2m-secret', timeoutMs: 300, now: clock.now }));
    for (const [i, code] of PROTO_KEYS.entries()) {
      // One address per subject: Logto keys codes by address, and the provider gives an address to one subject at a time.
      const mine = { ...sms, to: `+1415555020${i}` };
      const { requestId } = (await (await post(handler, '/send', mine, { 'x-user': code })).json()) as { requestId: string };
      server.use(http.post(`${logto.endpoint}/api/verification-codes/verify`, () => HttpResponse.json({ code, message: 'x' }, { status: 400 }), { once: true }));
      const wrong = await post(handler, '/verify', { ...mine, requestId, code: '123456' }, { 'x-user': code });
      expect(wrong.status, code).toBe(400);
      expect((await errorOf(wrong)).code, code).toBe('invalid_code');

      server.use(http.post(`${logto.endpoint}/api/verification-codes`, () => HttpResponse.json({ code, message: 'x' }, { status: 500 }), { once: true }));
      const broken = await post(handler, '/send', { ...sms, to: `+1415555030${i}` }, { 'x-user': `${code}-2` });
      expect(broken.status, code).toBe(502);
      expect((await errorOf(broken)).code, code).toBe('unknown');
    }
  });

  it('an unknown upstream code is unknown with 502', async () => {
    const handler = handlerFor(ycloudProvider({ apiKey: 'yc-key', timeoutMs: 300 }));
    server.use(http.post(`${ycloud.baseUrl}/verify/verifications`, () => HttpResponse.json({ error: { status: 500, code: 'SOMETHING_NEW' } }, { status: 500 }), { once: true }));
    const response = await post(handler, '/send', sms);
    expect(response.status).toBe(502);
    expect((await errorOf(response)).code).toBe('unknown');
  });
});
