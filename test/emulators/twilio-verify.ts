import { http, HttpResponse, type HttpHandler } from 'msw';
import { createManualClock, type ManualClock } from '../../src/core/clock';
import { faultResponse, type UpstreamFault } from './faults';
import { createAjv, createOpenApiContract, formatErrors } from './openapi-contract';

/**
 * An msw emulator of Twilio Verify v2, checked against the spec subset
 * ../shared/contracts/twilio/twilio-verify-v2.verifications.openapi.json (from twilio/twilio-oai):
 *
 * - HTTP Basic auth with the account SID and auth token (securitySchemes.accountSid_authToken),
 *   else 401 with Twilio error 20003.
 * - `ServiceSid` in the path must match the path parameter's pattern (`^VA[0-9a-fA-F]{32}$`) and
 *   be the emulated service, else 404 (20404).
 * - Bodies must be `application/x-www-form-urlencoded` and are validated against the inline
 *   CreateVerificationRequest / CreateVerificationCheckRequest schemas (required `To` and
 *   `Channel`, the `VerificationSid` pattern, the `RiskCheck` enum); a field the schema does not
 *   define is a violation too (Twilio's parameters are case-sensitive, so a typo would be ignored
 *   silently upstream). The rules the spec states in prose are enforced as well: `Channel` is one of
 *   `email`, `sms`, `whatsapp`, `call`, `sna`, `auto`; `To` is E.164 (or an email for `email`);
 *   `DeviceIp` is a valid IPv4 or IPv6 address; a check names `VerificationSid` or `To`; `Code` is
 *   4–10 characters; `Locale` is one Twilio supports (its docs: any other override is a 404).
 *   Each mismatch is a 400 (60200) or 404 and a recorded violation.
 * - Answers are validated against verify.v2.service.verification / verification_check before
 *   they are sent.
 *
 * Behaviour from Twilio's documentation, not the spec: a verification lives 10 minutes, after
 * which (or once approved) a check is 404 (20404); a new send to a number with a pending
 * verification re-sends the same code on the same SID, up to 5 sends (then 429, 60203); 5 wrong
 * checks end it with `max_attempts_reached`, further checks are 429 (60202). Landlines refuse SMS
 * (60205), numbers flagged as fraud are refused (60410), and countries outside the geo permissions
 * are refused (60605).
 */
export interface TwilioEmulatorOptions {
  accountSid: string;
  authToken: string;
  serviceSid: string;
  baseUrl?: string;
  clock?: ManualClock;
  ttlMs?: number;
  maxAttempts?: number;
  maxSends?: number;
  codeLength?: number;
}

interface Verification {
  sid: string;
  to: string;
  channel: string;
  code: string;
  status: 'pending' | 'approved' | 'canceled' | 'max_attempts_reached';
  createdAt: number;
  sends: number;
  attempts: number;
  locale?: string;
  deviceIp?: string;
}

/** Twilio's supported `Locale` values (twilio.com/docs/verify/supported-languages). */
const LOCALES = new Set([
  'af', 'ar', 'ca', 'cs', 'da', 'de', 'el', 'en', 'en-GB', 'es', 'et', 'fi', 'fr', 'he', 'hi', 'hr', 'hu', 'id', 'it', 'ja',
  'kn', 'ko', 'lt', 'mr', 'ms', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sv', 'te', 'th', 'tl', 'tr', 'vi', 'zh',
  'zh-CN', 'zh-HK',
]);
const CHANNELS = ['email', 'sms', 'whatsapp', 'call', 'sna', 'auto'];
const PATH = '/v2/Services/{ServiceSid}';

function hex(length: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(length / 2)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createTwilioEmulator(options: TwilioEmulatorOptions) {
  const baseUrl = (options.baseUrl ?? 'https://verify.twilio.com').replace(/\/+$/, '');
  const clock = options.clock ?? createManualClock(Date.UTC(2026, 0, 1));
  const ttlMs = options.ttlMs ?? 600_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const maxSends = options.maxSends ?? 5;
  const codeLength = options.codeLength ?? 6;
  const contract = createOpenApiContract({ files: ['twilio/twilio-verify-v2.verifications.openapi.json'] });
  const spec = contract.documents[0]!;
  const serviceSidSchema = spec.paths[`${PATH}/Verifications`]?.post?.parameters?.find((p) => p.name === 'ServiceSid')?.schema;
  if (!serviceSidSchema) throw new Error('twilio emulator: the spec has no ServiceSid parameter');
  const ipAjv = createAjv();
  const validateServiceSid = ipAjv.compile(serviceSidSchema);
  const isIp = ipAjv.compile({ anyOf: [{ type: 'string', format: 'ipv4' }, { type: 'string', format: 'ipv6' }] });
  const expectedAuth = `Basic ${btoa(`${options.accountSid}:${options.authToken}`)}`;

  const verifications = new Map<string, Verification>();
  const landlines = new Set<string>();
  const fraud = new Set<string>();
  const geoBlocked: string[] = [];
  const sent: { to: string; channel: string; code: string; locale?: string; at: number }[] = [];
  let faults: UpstreamFault[] = [];
  let nextError: { status: number; code: number; retryAfter?: number; message?: string } | undefined;
  const state = {
    requests: [] as { path: string; form: Record<string, string>; authorization: string | null; contentType: string | null }[],
    violations: [] as string[],
  };

  function error(status: number, code: number, message: string, headers: Record<string, string> = {}) {
    return HttpResponse.json({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }, { status, headers });
  }

  function answer(schema: string, body: Record<string, unknown>, status: number) {
    const problems = contract.validateComponent(schema, body);
    if (problems.length > 0) throw new Error(`twilio emulator answered outside the spec: ${problems.join('; ')}`);
    return HttpResponse.json(body, { status });
  }

  function resource(v: Verification) {
    const at = new Date(v.createdAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return {
      sid: v.sid,
      service_sid: options.serviceSid,
      account_sid: options.accountSid.startsWith('AC') ? options.accountSid : `AC${'0'.repeat(32)}`,
      to: v.to,
      channel: v.channel,
      status: v.status,
      valid: v.status === 'approved',
      date_created: at,
      date_updated: new Date(clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
  }

  /** The live verification: expired and approved ones are gone, as Twilio deletes them. */
  function live(v: Verification | undefined): Verification | undefined {
    if (!v) return undefined;
    if (v.status === 'approved' || clock.now() >= v.createdAt + ttlMs) {
      verifications.delete(v.sid);
      return undefined;
    }
    return v;
  }

  async function guard(request: Request, operation: 'Verifications' | 'VerificationCheck', serviceSid: string) {
    const url = new URL(request.url);
    const contentType = request.headers.get('content-type');
    const text = await request.text();
    const form = Object.fromEntries(new URLSearchParams(text));
    state.requests.push({ path: url.pathname, form, authorization: request.headers.get('authorization'), contentType });
    const fault = faults.shift();
    if (fault) return { response: await faultResponse(fault) };
    if (request.headers.get('authorization') !== expectedAuth) {
      state.violations.push(`${url.pathname}: missing or wrong Basic auth`);
      return { response: error(401, 20003, 'Authenticate') };
    }
    if (!validateServiceSid(serviceSid)) {
      state.violations.push(`ServiceSid ${serviceSid} does not match the path parameter: ${formatErrors(validateServiceSid.errors)}`);
      return { response: error(404, 20404, 'The requested resource was not found') };
    }
    if (serviceSid !== options.serviceSid) return { response: error(404, 20404, `The requested resource /Services/${serviceSid} was not found`) };
    if (nextError) {
      const { status, code, retryAfter, message } = nextError;
      nextError = undefined;
      return { response: error(status, code, message ?? 'Emulated error', retryAfter !== undefined ? { 'Retry-After': String(retryAfter) } : {}) };
    }
    const check = contract.check('POST', `${PATH.replace('{ServiceSid}', serviceSid)}/${operation}`, form, contentType);
    const schema = spec.paths[`${PATH}/${operation}`]?.post?.requestBody?.content?.['application/x-www-form-urlencoded']?.schema as
      | { properties?: Record<string, unknown> }
      | undefined;
    const unknown = Object.keys(form).filter((k) => !(k in (schema?.properties ?? {})));
    const problems = [...check.problems, ...unknown.map((k) => `${k} is not a parameter of ${operation}`)];
    if (problems.length > 0) {
      state.violations.push(...problems.map((p) => `${url.pathname}: ${p}`));
      return { response: error(400, 60200, `Invalid parameter: ${problems.join('; ')}`) };
    }
    return { form };
  }

  function prose(problems: string[]) {
    state.violations.push(...problems);
    return error(400, 60200, `Invalid parameter: ${problems.join('; ')}`);
  }

  const handlers: HttpHandler[] = [
    http.post(`${baseUrl}/v2/Services/:serviceSid/Verifications`, async ({ request, params }) => {
      const checked = await guard(request, 'Verifications', String(params.serviceSid));
      if ('response' in checked) return checked.response;
      const { form } = checked;
      const to = form.To ?? '';
      const channel = form.Channel ?? '';
      const problems: string[] = [];
      if (!CHANNELS.includes(channel)) problems.push(`Channel ${channel} is not one of ${CHANNELS.join(', ')}`);
      if (channel === 'email' ? !/^\S+@\S+\.\S+$/.test(to) : !/^\+[1-9]\d{6,14}$/.test(to)) problems.push(`To is not valid for ${channel}`);
      if (form.DeviceIp !== undefined && !isIp(form.DeviceIp)) problems.push(`DeviceIp ${form.DeviceIp} is not an IPv4 or IPv6 address`);
      if (problems.length > 0) return prose(problems);
      if (form.Locale !== undefined && !LOCALES.has(form.Locale)) {
        state.violations.push(`Locale ${form.Locale} is not one Twilio supports`);
        return error(404, 20404, `The requested resource (Locale ${form.Locale}) was not found`);
      }
      if (geoBlocked.some((prefix) => to.startsWith(prefix))) return error(403, 60605, 'Verification delivery attempt blocked');
      if (fraud.has(to)) return error(403, 60410, 'Verification delivery attempt blocked');
      if (channel === 'sms' && landlines.has(to)) return error(400, 60205, 'SMS is not supported by landline phone number');

      let v = live([...verifications.values()].find((x) => x.to === to && x.status === 'pending'));
      if (v) {
        if (v.sends >= maxSends) return error(429, 60203, 'Max send attempts reached');
        v.sends += 1;
        v.channel = channel;
      } else {
        v = {
          sid: `VE${hex(32)}`,
          to,
          channel,
          code: Array.from(crypto.getRandomValues(new Uint8Array(codeLength)), (b) => String(b % 10)).join(''),
          status: 'pending',
          createdAt: clock.now(),
          sends: 1,
          attempts: 0,
        };
        verifications.set(v.sid, v);
      }
      if (form.Locale !== undefined) v.locale = form.Locale;
      if (form.DeviceIp !== undefined) v.deviceIp = form.DeviceIp;
      sent.push({ to, channel, code: v.code, ...(form.Locale !== undefined && { locale: form.Locale }), at: clock.now() });
      return answer('verify.v2.service.verification', { ...resource(v), send_code_attempts: [], lookup: {}, amount: null, payee: null, sna: null, url: `${baseUrl}/v2/Services/${options.serviceSid}/Verifications/${v.sid}` }, 201);
    }),

    http.post(`${baseUrl}/v2/Services/:serviceSid/VerificationCheck`, async ({ request, params }) => {
      const checked = await guard(request, 'VerificationCheck', String(params.serviceSid));
      if ('response' in checked) return checked.response;
      const { form } = checked;
      const problems: string[] = [];
      if (form.VerificationSid === undefined && form.To === undefined) problems.push('a check names neither VerificationSid nor To');
      if (form.SnaClientToken === undefined && (form.Code === undefined || form.Code.length < 4 || form.Code.length > 10)) problems.push('Code must be 4-10 characters');
      if (problems.length > 0) return prose(problems);
      const found =
        form.VerificationSid !== undefined ? verifications.get(form.VerificationSid) : [...verifications.values()].reverse().find((x) => x.to === form.To);
      const v = live(found);
      if (!v) return error(404, 20404, 'The requested resource was not found');
      if (v.status === 'max_attempts_reached') return error(429, 60202, 'Max check attempts reached');
      if (v.status === 'canceled') {
        // A canceled verification answers with its status; the code no longer matters.
      } else if (form.Code === v.code) v.status = 'approved';
      else {
        v.attempts += 1;
        if (v.attempts >= maxAttempts) v.status = 'max_attempts_reached';
      }
      return answer('verify.v2.service.verification_check', { ...resource(v), amount: null, payee: null, sna_attempts_error_codes: [] }, 200);
    }),

    http.all(`${baseUrl}/*`, ({ request }) => {
      state.violations.push(`${request.method} ${new URL(request.url).pathname} is not in the Twilio Verify contract`);
      return error(404, 20404, 'The requested resource was not found');
    }),
  ];

  return {
    handlers,
    clock,
    baseUrl,
    state,
    sent,
    limits: { ttlMs, maxAttempts, maxSends },
    /** The code of the live pending verification to `to`. */
    lastCode(to: string): string | undefined {
      const v = live([...verifications.values()].reverse().find((x) => x.to === to));
      return v?.status === 'pending' ? v.code : undefined;
    },
    verification(sid: string): Verification | undefined {
      return verifications.get(sid);
    },
    /** Twilio's Lookup says this number is a landline: SMS to it is 60205. */
    landline(to: string) {
      landlines.add(to);
    },
    /** Fraud Guard flags this number: 60410. */
    flagFraud(to: string) {
      fraud.add(to);
    },
    /** Geo permissions leave this country prefix out: 60605. */
    blockCountry(prefix: string) {
      geoBlocked.push(prefix);
    },
    /** The next authenticated call fails with this Twilio error (rate limits are account state). */
    failNext(status: number, code: number, retryAfterSeconds?: number, message?: string) {
      nextError = { status, code, ...(retryAfterSeconds !== undefined && { retryAfter: retryAfterSeconds }), ...(message !== undefined && { message }) };
    },
    /** Twilio cancels a verification on the app's request (POST .../Verifications/{sid} Status=canceled). */
    cancel(sid: string) {
      const v = verifications.get(sid);
      if (v) v.status = 'canceled';
    },
    injectFault(fault: UpstreamFault) {
      faults.push(fault);
    },
    reset() {
      verifications.clear();
      landlines.clear();
      fraud.clear();
      geoBlocked.length = 0;
      sent.length = 0;
      faults = [];
      nextError = undefined;
      state.requests = [];
      state.violations = [];
    },
  };
}

export type TwilioEmulator = ReturnType<typeof createTwilioEmulator>;
