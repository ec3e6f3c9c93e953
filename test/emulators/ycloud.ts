import { http, HttpResponse, type HttpHandler } from 'msw';
import { createManualClock, type ManualClock } from '../../src/core/clock';
import { faultResponse, randomRef, readJson, type UpstreamFault } from './faults';
import { createOpenApiContract } from './openapi-contract';

/**
 * An msw emulator of YCloud Verify, checked against the real spec subset
 * ../shared/contracts/ycloud/ycloud-verify.openapi.yaml (from YCloud-Developers/ycloud-sdk-java):
 *
 * - `X-API-Key` on every call (securitySchemes.api_key), else 401.
 * - Request bodies are validated against VerificationSendRequest / VerificationCheckRequest;
 *   a mismatch is 400 ErrorResponse and a recorded violation. The rules the spec states in prose
 *   are enforced too: `to` is E.164 for sms/voice/whatsapp and an email for email_code,
 *   `language` is one of the 13 listed codes, a check names `verificationId` or `to`.
 * - Answers are validated against Verification / VerificationCheck before they are sent, so the
 *   emulator can't drift from the spec either.
 * - Status lifecycle from VerificationStatus: pending → approved on a valid check; approved,
 *   expired, blocked and undelivered "cannot be checked anymore".
 *
 * Not in the spec, so the emulator's assumptions: a 10 minute lifetime (`ttlMs`), and `blocked`
 * after `maxAttempts` wrong checks (the mapping verikit's issue asks for). Rate limits are
 * account settings; `rateLimitNext` makes the next call a 429 with Retry-After.
 */
export interface YcloudEmulatorOptions {
  apiKey: string;
  baseUrl?: string;
  clock?: ManualClock;
  ttlMs?: number;
  maxAttempts?: number;
}

interface Verification {
  id: string;
  status: 'pending' | 'approved' | 'blocked' | 'expired' | 'undelivered';
  to: string;
  channel: string;
  code: string;
  createdAt: number;
  attempts: number;
  externalId?: string;
}

const LANGUAGES = ['ar', 'de', 'en', 'es', 'fr', 'id', 'it', 'pt_BR', 'ru', 'tr', 'vi', 'zh_CN', 'zh_HK'];

export function createYcloudEmulator(options: YcloudEmulatorOptions) {
  const baseUrl = options.baseUrl ?? 'https://api.ycloud.com/v2';
  const clock = options.clock ?? createManualClock(Date.UTC(2026, 0, 1));
  const ttlMs = options.ttlMs ?? 600_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const contract = createOpenApiContract({ files: ['ycloud/ycloud-verify.openapi.yaml'], pathPrefix: new URL(baseUrl).pathname });
  const verifications = new Map<string, Verification>();
  const denylist = new Set<string>();
  let faults: UpstreamFault[] = [];
  let rateLimited: number | undefined;
  const state = { requests: [] as { path: string; body: unknown; apiKey: string | null }[], violations: [] as string[] };

  function error(status: number, code: string, message: string, target?: string, headers: Record<string, string> = {}) {
    return HttpResponse.json({ error: { status, code, message, ...(target && { target }), requestId: randomRef('req_') } }, { status, headers });
  }

  function answer(schema: 'Verification' | 'VerificationCheck', body: Record<string, unknown>) {
    const problems = contract.validateComponent(schema, body);
    if (problems.length > 0) throw new Error(`ycloud emulator answered outside the spec: ${problems.join('; ')}`);
    return HttpResponse.json(body);
  }

  function current(v: Verification): Verification {
    if (v.status === 'pending' && clock.now() >= v.createdAt + ttlMs) v.status = 'expired';
    return v;
  }

  async function guard(request: Request) {
    const { body } = await readJson(request);
    const url = new URL(request.url);
    state.requests.push({ path: url.pathname, body, apiKey: request.headers.get('x-api-key') });
    const fault = faults.shift();
    if (fault) return { response: await faultResponse(fault) };
    if (request.headers.get('x-api-key') !== options.apiKey) {
      state.violations.push(`${url.pathname}: missing or wrong X-API-Key`);
      return { response: error(401, 'UNAUTHORIZED', 'Invalid API key') };
    }
    if (rateLimited !== undefined) {
      const seconds = rateLimited;
      rateLimited = undefined;
      return { response: error(429, 'TOO_MANY_REQUESTS', 'Too many requests', undefined, { 'Retry-After': String(seconds) }) };
    }
    const check = contract.check(request.method, url.pathname, body, request.headers.get('content-type'));
    if (check.problems.length > 0) {
      state.violations.push(...check.problems.map((p) => `${url.pathname}: ${p}`));
      return { response: error(400, 'PARAM_INVALID', check.problems.join('; ')) };
    }
    return { body: body as Record<string, unknown> };
  }

  const handlers: HttpHandler[] = [
    http.post(`${baseUrl}/verify/verifications`, async ({ request }) => {
      const checked = await guard(request);
      if ('response' in checked) return checked.response;
      const { body } = checked;
      const channel = String(body.channel);
      const to = String(body.to);
      const prose: string[] = [];
      if (channel === 'email_code' ? !/^\S+@\S+\.\S+$/.test(to) : !/^\+[1-9]\d{7,14}$/.test(to)) prose.push(`to is not valid for ${channel}`);
      if (body.language !== undefined && !LANGUAGES.includes(String(body.language))) prose.push(`language ${String(body.language)} is not one of YCloud's`);
      if (body.code !== undefined && !/^\d+$/.test(String(body.code))) prose.push('code should be digits');
      if (prose.length > 0) {
        state.violations.push(...prose);
        return error(400, 'PARAM_INVALID', prose.join('; '), prose[0]?.split(' ')[0]);
      }
      const verification: Verification = {
        id: randomRef('ve'),
        status: denylist.has(to) ? 'blocked' : 'pending',
        to,
        channel,
        code: typeof body.code === 'string' ? body.code : String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0'),
        createdAt: clock.now(),
        attempts: 0,
        ...(typeof body.externalId === 'string' && { externalId: body.externalId }),
      };
      verifications.set(verification.id, verification);
      return answer('Verification', {
        id: verification.id,
        status: verification.status,
        to,
        channel,
        sendTime: new Date(clock.now()).toISOString(),
        totalPrice: 0.0085,
        currency: 'USD',
        ...(verification.externalId && { externalId: verification.externalId }),
      });
    }),

    http.post(`${baseUrl}/verify/verificationChecks`, async ({ request }) => {
      const checked = await guard(request);
      if ('response' in checked) return checked.response;
      const { body } = checked;
      if (typeof body.verificationId !== 'string' && typeof body.to !== 'string') {
        state.violations.push('check names neither verificationId nor to');
        return error(400, 'PARAM_INVALID', 'One of verificationId or to is required');
      }
      const found =
        typeof body.verificationId === 'string'
          ? verifications.get(body.verificationId)
          : [...verifications.values()].reverse().find((v) => v.to === body.to);
      if (!found) return error(404, 'NOT_FOUND', 'The requested resource does not exist.');
      const v = current(found);
      let valid = false;
      if (v.status === 'pending') {
        if (body.code === v.code) {
          v.status = 'approved';
          valid = true;
        } else {
          v.attempts += 1;
          if (v.attempts >= maxAttempts) v.status = 'blocked';
        }
      }
      return answer('VerificationCheck', { id: randomRef('vc'), valid, status: v.status, to: v.to, channel: v.channel });
    }),

    http.all(`${baseUrl}/*`, ({ request }) => {
      state.violations.push(`${request.method} ${new URL(request.url).pathname} is not in the YCloud Verify contract`);
      return error(404, 'NOT_FOUND', 'Not found');
    }),
  ];

  return {
    handlers,
    clock,
    baseUrl,
    state,
    limits: { ttlMs, maxAttempts },
    /** The code of the newest pending verification to `to`. */
    lastCode(to: string): string | undefined {
      const v = [...verifications.values()].reverse().find((x) => x.to === to);
      return v && current(v).status === 'pending' ? v.code : undefined;
    },
    verification(id: string) {
      return verifications.get(id);
    },
    deny(to: string) {
      denylist.add(to);
    },
    markUndelivered(to: string) {
      for (const v of verifications.values()) if (v.to === to && v.status === 'pending') v.status = 'undelivered';
    },
    rateLimitNext(retryAfterSeconds: number) {
      rateLimited = retryAfterSeconds;
    },
    injectFault(fault: UpstreamFault) {
      faults.push(fault);
    },
    reset() {
      verifications.clear();
      denylist.clear();
      faults = [];
      rateLimited = undefined;
      state.requests = [];
      state.violations = [];
    },
  };
}

export type YcloudEmulator = ReturnType<typeof createYcloudEmulator>;
