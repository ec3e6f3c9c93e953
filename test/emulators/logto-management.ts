import { http, HttpResponse, type HttpHandler } from 'msw';
import { createManualClock, type ManualClock } from '../../src/core/clock';
import { faultResponse, randomRef, readJson, type UpstreamFault } from './faults';
import { createPasscodeStore, logtoError, logtoUnknownOperations, type LogtoIdentifier } from './logto-passcodes';
import { createOpenApiContract, LOGTO_BODY_SCHEMAS } from './openapi-contract';

/**
 * An msw emulator of Logto's Management API verification codes and the OIDC client-credentials
 * token endpoint in front of it.
 *
 * - Operations must exist in the real upstream fragment
 *   ../shared/contracts/logto/management.verification-code.openapi.json; bodies are checked
 *   against the schemas Logto derives from its guards (LOGTO_BODY_SCHEMAS, sources cited there).
 * - Send: 204, or 400 guard.invalid_input / 429 / 501 connector.not_found (the route's declared
 *   statuses [204, 400, 429, 501]). Verify: 204 or 400 with the verification_code.* codes.
 * - Passcodes follow Logto's library (logto-passcodes.ts); the Management API is the "generic
 *   flow": one live code per identifier.
 * - `POST /oidc/token`: `grant_type=client_credentials`, HTTP Basic client authentication,
 *   `resource`; answers `{access_token, expires_in, token_type, scope}`. Tokens expire on the
 *   emulator's clock; an expired or unknown token gets 401.
 * - 429 `request.message_rate_limited` when `rateLimit` is set (Logto's limits are
 *   tenant-configured and undocumented, so it is off unless a test asks for it).
 */
export interface LogtoManagementEmulatorOptions {
  endpoint?: string;
  clientId: string;
  clientSecret: string;
  resource?: string;
  clock?: ManualClock;
  /** Access-token lifetime in seconds. Default 3600. */
  tokenTtlSeconds?: number;
  /** Connectors configured; a send to a missing one is 501 connector.not_found. */
  connectors?: { email?: boolean; sms?: boolean };
}

export function createLogtoManagementEmulator(options: LogtoManagementEmulatorOptions) {
  const endpoint = options.endpoint ?? 'https://tenant.logto.test';
  const resource = options.resource ?? 'https://default.logto.app/api';
  const clock = options.clock ?? createManualClock(Date.UTC(2026, 0, 1));
  const contract = createOpenApiContract({ files: ['logto/management.verification-code.openapi.json'], bodySchemas: LOGTO_BODY_SCHEMAS });
  const passcodes = createPasscodeStore(clock);
  const tokens = new Map<string, number>();
  let faults: UpstreamFault[] = [];
  let rateLimit: { retryAfterSeconds?: number } | undefined;
  const state = {
    tokenRequests: 0,
    apiRequests: [] as { path: string; body: unknown; authorization: string | null }[],
    violations: [] as string[],
    connectors: { email: true, sms: true, ...options.connectors },
  };

  const scopeOf = (identifier: LogtoIdentifier) => ('email' in identifier ? `email:${identifier.email}` : `phone:${identifier.phone}`);

  async function api(request: Request, run: (identifier: LogtoIdentifier, body: Record<string, unknown>) => Response) {
    const { body } = await readJson(request);
    const url = new URL(request.url);
    state.apiRequests.push({ path: url.pathname, body, authorization: request.headers.get('authorization') });
    const fault = faults.shift();
    if (fault) return faultResponse(fault);
    const token = request.headers.get('authorization')?.match(/^Bearer (.+)$/)?.[1];
    const expiresAt = token ? tokens.get(token) : undefined;
    if (expiresAt === undefined || clock.now() >= expiresAt) return logtoError('auth.unauthorized', 401);
    const check = contract.check(request.method, url.pathname, body, request.headers.get('content-type'));
    if (check.problems.length > 0) {
      state.violations.push(...check.problems.map((p) => `${url.pathname}: ${p}`));
      return logtoError('guard.invalid_input', 400);
    }
    const b = body as Record<string, unknown>;
    const identifier: LogtoIdentifier = typeof b.email === 'string' ? { email: b.email } : { phone: String(b.phone) };
    return run(identifier, b);
  }

  const handlers: HttpHandler[] = [
    http.post(`${endpoint}/oidc/token`, async ({ request }) => {
      state.tokenRequests += 1;
      const fault = faults.shift();
      if (fault) return faultResponse(fault);
      const form = new URLSearchParams(await request.text());
      const basic = request.headers.get('authorization')?.match(/^Basic (.+)$/)?.[1];
      const [id, secret] = basic ? atob(basic).split(':').map(decodeURIComponent) : [];
      if (!/^application\/x-www-form-urlencoded\b/.test(request.headers.get('content-type') ?? '')) {
        state.violations.push('/oidc/token: body is not form-encoded');
        return HttpResponse.json({ error: 'invalid_request' }, { status: 400 });
      }
      if (id !== options.clientId || secret !== options.clientSecret) return HttpResponse.json({ error: 'invalid_client' }, { status: 401 });
      if (form.get('grant_type') !== 'client_credentials') return HttpResponse.json({ error: 'unsupported_grant_type' }, { status: 400 });
      if (form.get('resource') !== resource) return HttpResponse.json({ error: 'invalid_target' }, { status: 400 });
      const accessToken = randomRef('m2m_');
      const ttl = options.tokenTtlSeconds ?? 3600;
      tokens.set(accessToken, clock.now() + ttl * 1000);
      return HttpResponse.json({ access_token: accessToken, expires_in: ttl, token_type: 'Bearer', scope: form.get('scope') ?? '' });
    }),

    http.post(`${endpoint}/api/verification-codes`, ({ request }) =>
      api(request, (identifier) => {
        if (!state.connectors['email' in identifier ? 'email' : 'sms']) return logtoError('connector.not_found', 501);
        if (rateLimit) {
          return logtoError('request.message_rate_limited', 429, rateLimit.retryAfterSeconds !== undefined ? { 'Retry-After': String(rateLimit.retryAfterSeconds) } : {});
        }
        passcodes.create(scopeOf(identifier), identifier);
        return new HttpResponse(null, { status: 204 });
      }),
    ),

    http.post(`${endpoint}/api/verification-codes/verify`, ({ request }) =>
      api(request, (identifier, body) => {
        const error = passcodes.verify(scopeOf(identifier), identifier, String(body.verificationCode));
        return error ? logtoError(error, 400) : new HttpResponse(null, { status: 204 });
      }),
    ),

    logtoUnknownOperations(`${endpoint}/*`, state),
  ];

  return {
    handlers,
    clock,
    endpoint,
    state,
    /** The live code for an email or a digits-only phone. */
    lastCode(identifier: LogtoIdentifier): string | undefined {
      return passcodes.code(scopeOf(identifier));
    },
    revokeTokens() {
      tokens.clear();
    },
    rateLimit(next: { retryAfterSeconds?: number } | undefined) {
      rateLimit = next;
    },
    injectFault(fault: UpstreamFault) {
      faults.push(fault);
    },
    reset() {
      passcodes.clear();
      tokens.clear();
      faults = [];
      rateLimit = undefined;
      state.tokenRequests = 0;
      state.apiRequests = [];
      state.violations = [];
      state.connectors = { email: true, sms: true, ...options.connectors };
    },
  };
}

export type LogtoManagementEmulator = ReturnType<typeof createLogtoManagementEmulator>;
