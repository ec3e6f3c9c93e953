import { http, HttpResponse, type HttpHandler } from 'msw';
import { createManualClock, type ManualClock } from '../../src/core/clock';
import type { InteractionEvent } from '../../src/core/types';
import { faultResponse, randomRef, readJson, type UpstreamFault } from './faults';
import { createPasscodeStore, logtoError, logtoUnknownOperations, type LogtoIdentifier } from './logto-passcodes';
import { createOpenApiContract, LOGTO_BODY_SCHEMAS } from './openapi-contract';

/**
 * An msw emulator of Logto's Experience API for one browser (one cookie session):
 *
 * - Operations must exist in the real upstream fragments ../shared/contracts/logto/
 *   experience.openapi.json and experience.verification-code.openapi.json; bodies are checked
 *   against the schemas Logto derives from its zod guards (LOGTO_BODY_SCHEMAS: identifier
 *   `{type, value}`, email `^\S+@\S+\.\S+$`, phone `^\d+$`, events SignIn/Register/ForgotPassword).
 * - `PUT /api/experience` starts a new interaction (clearing records) → 204.
 *   `PUT /api/experience/interaction-event` switches SignIn ⇄ Register only.
 * - Create code → 200 `{verificationId}`, or 404 without an interaction, 422
 *   `session.captcha_required`, 429 `request.message_rate_limited`, 501 `connector.not_found`
 *   (the route's declared statuses 200/400/404/422/429/501).
 * - Verify → 200 `{verificationId}`, 404 `session.verification_session_not_found` for an id not in
 *   this interaction, 400 with Logto's passcode errors (logto-passcodes.ts), and the sentinel's 400
 *   `session.verification_blocked_too_many_attempts` once an identifier failed `sentinel.maxAttempts`
 *   times within the hour (Logto's default policy: 100 attempts, 60 min lockout).
 */
export interface LogtoExperienceEmulatorOptions {
  endpoint?: string;
  clock?: ManualClock;
  sentinel?: { maxAttempts: number; lockoutMs: number };
}

interface Interaction {
  event: InteractionEvent;
  records: Map<string, LogtoIdentifier & { type: 'email' | 'phone' }>;
}

export function createLogtoExperienceEmulator(options: LogtoExperienceEmulatorOptions = {}) {
  const endpoint = options.endpoint ?? 'https://auth.logto.test';
  const clock = options.clock ?? createManualClock(Date.UTC(2026, 0, 1));
  const sentinel = options.sentinel ?? { maxAttempts: 100, lockoutMs: 60 * 60_000 };
  const contract = createOpenApiContract({
    files: ['logto/experience.openapi.json', 'logto/experience.verification-code.openapi.json'],
    bodySchemas: LOGTO_BODY_SCHEMAS,
  });
  const passcodes = createPasscodeStore(clock);
  let interaction: Interaction | null = null;
  let faults: UpstreamFault[] = [];
  let failures = new Map<string, number[]>();
  let lockedUntil = new Map<string, number>();
  const state = {
    requests: [] as { method: string; path: string; body: unknown; credentials?: string }[],
    violations: [] as string[],
    connectors: { email: true, sms: true },
    captchaRequired: false,
    rateLimit: undefined as { retryAfterSeconds?: number } | undefined,
  };

  const key = (identifier: { type: string; value: string }) => `${identifier.type}:${identifier.value}`;
  const toPasscodeIdentifier = (identifier: { type: string; value: string }): LogtoIdentifier =>
    identifier.type === 'email' ? { email: identifier.value } : { phone: identifier.value };

  async function guard(request: Request) {
    const { body } = await readJson(request);
    const url = new URL(request.url);
    state.requests.push({ method: request.method, path: url.pathname, body });
    const fault = faults.shift();
    if (fault) return { response: await faultResponse(fault) };
    const check = contract.check(request.method, url.pathname, body, request.headers.get('content-type'));
    if (check.problems.length > 0) {
      state.violations.push(...check.problems.map((p) => `${request.method} ${url.pathname}: ${p}`));
      return { response: logtoError('guard.invalid_input', 400) };
    }
    return { body: body as Record<string, unknown> };
  }

  function sentinelBlocked(id: string): boolean {
    return (lockedUntil.get(id) ?? 0) > clock.now();
  }

  function reportFailure(id: string): boolean {
    const now = clock.now();
    const recent = (failures.get(id) ?? []).filter((t) => now - t < 60 * 60_000);
    recent.push(now);
    failures.set(id, recent);
    if (recent.length >= sentinel.maxAttempts) {
      lockedUntil.set(id, now + sentinel.lockoutMs);
      return true;
    }
    return false;
  }

  const handlers: HttpHandler[] = [
    http.put(`${endpoint}/api/experience`, async ({ request }) => {
      const checked = await guard(request);
      if ('response' in checked) return checked.response;
      interaction = { event: checked.body.interactionEvent as InteractionEvent, records: new Map() };
      return new HttpResponse(null, { status: 204 });
    }),

    http.put(`${endpoint}/api/experience/interaction-event`, async ({ request }) => {
      const checked = await guard(request);
      if ('response' in checked) return checked.response;
      if (!interaction) return logtoError('session.interaction_not_found', 404);
      if (interaction.event === 'ForgotPassword') return logtoError('session.not_supported_for_forgot_password', 400);
      interaction.event = checked.body.interactionEvent as InteractionEvent;
      return new HttpResponse(null, { status: 204 });
    }),

    http.post(`${endpoint}/api/experience/verification/verification-code`, async ({ request }) => {
      const checked = await guard(request);
      if ('response' in checked) return checked.response;
      if (!interaction) return logtoError('session.interaction_not_found', 404);
      if (state.captchaRequired) return logtoError('session.captcha_required', 422);
      const identifier = checked.body.identifier as { type: 'email' | 'phone'; value: string };
      if (!state.connectors[identifier.type === 'email' ? 'email' : 'sms']) return logtoError('connector.not_found', 501);
      if (state.rateLimit) {
        const { retryAfterSeconds } = state.rateLimit;
        return logtoError('request.message_rate_limited', 429, retryAfterSeconds !== undefined ? { 'Retry-After': String(retryAfterSeconds) } : {});
      }
      const verificationId = randomRef('vrf_');
      // The interaction keeps one verification record per type, and createPasscode replaces the
      // unconsumed code of that type: an older verificationId of the same kind stops working.
      for (const [id, record] of interaction.records) if (record.type === identifier.type) interaction.records.delete(id);
      interaction.records.set(verificationId, { ...toPasscodeIdentifier(identifier), type: identifier.type });
      passcodes.create(identifier.type, toPasscodeIdentifier(identifier));
      return HttpResponse.json({ verificationId });
    }),

    http.post(`${endpoint}/api/experience/verification/verification-code/verify`, async ({ request }) => {
      const checked = await guard(request);
      if ('response' in checked) return checked.response;
      if (!interaction) return logtoError('session.interaction_not_found', 404);
      const identifier = checked.body.identifier as { type: 'email' | 'phone'; value: string };
      const verificationId = String(checked.body.verificationId);
      const record = interaction.records.get(verificationId);
      if (!record || record.type !== identifier.type) {
        return logtoError('session.verification_session_not_found', 404);
      }
      const id = key(identifier);
      const error = passcodes.verify(identifier.type, toPasscodeIdentifier(identifier), String(checked.body.code));
      // withSentinel: the verification runs first; a blocked identifier then fails regardless.
      const blocked = sentinelBlocked(id) || (error !== null && reportFailure(id));
      if (blocked) return logtoError('session.verification_blocked_too_many_attempts', 400);
      if (error) return logtoError(error, 400);
      return HttpResponse.json({ verificationId });
    }),

    logtoUnknownOperations(`${endpoint}/api/*`, state),
  ];

  return {
    handlers,
    clock,
    endpoint,
    state,
    get interactionEvent() {
      return interaction?.event ?? null;
    },
    /** Forget the interaction, as when the cookie expires. */
    dropInteraction() {
      interaction = null;
    },
    /** The live code for an email or a digits-only phone in this interaction. */
    lastCode(type: 'email' | 'phone', value: string): string | undefined {
      const hasRecord = interaction && [...interaction.records.values()].some((r) => r.type === type && ('email' in r ? r.email : r.phone) === value);
      return hasRecord ? passcodes.code(type) : undefined;
    },
    injectFault(fault: UpstreamFault) {
      faults.push(fault);
    },
    reset() {
      interaction = null;
      passcodes.clear();
      faults = [];
      failures = new Map();
      lockedUntil = new Map();
      state.requests = [];
      state.violations = [];
      state.connectors = { email: true, sms: true };
      state.captchaRequired = false;
      state.rateLimit = undefined;
    },
  };
}

export type LogtoExperienceEmulator = ReturnType<typeof createLogtoExperienceEmulator>;
