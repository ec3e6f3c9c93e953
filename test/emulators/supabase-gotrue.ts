import { http, HttpResponse, type HttpHandler } from 'msw';
import type { ValidateFunction } from 'ajv';
import { createManualClock, type ManualClock } from '../../src/core/clock';
import { createOutbox } from '../../src/core/demo/outbox';
import type { Channel, InteractionEvent } from '../../src/core/types';
import { faultResponse, type UpstreamFault } from './faults';
import { createAjv, formatErrors, rewriteRefs, type OpenApiDocument } from './openapi-schema';

/**
 * An msw emulator of Supabase Auth (GoTrue) for the four verification-code operations, POST `/otp`,
 * `/verify`, `/resend` and `/recover`, and the phone change of PUT `/user`, built from ../shared/contracts/supabase/gotrue.openapi.yaml
 * (supabase/auth openapi.yaml), its error-codes.txt and the facts in the contracts README. It runs
 * in Node (tests) and in the browser (Storybook): the caller hands it the parsed spec.
 *
 * Checked on every request (each mismatch is recorded in `state.violations`):
 * - `apikey` header (securitySchemes.APIKeyAuth), else 401 as Supabase's gateway answers.
 * - PUT `/user` (UserAuth): a bearer access token this emulator issued, of a live session and an
 *   existing user, checked before the body as GoTrue's requireAuthentication does (auth.go): none
 *   is 401 `no_authorization`; an unknown or expired one 403 `bad_jwt`; an ended session 403
 *   `session_not_found`; a deleted user 403 `user_not_found`.
 * - The JSON body against the operation's requestBody schema (formats `email` and GoTrue's
 *   `phone` included; `channel`, `type` and `code_challenge_method` enums). Go's JSON decoder reads
 *   `null` as an absent field, so null-valued keys (supabase-js sends `code_challenge: null`) are
 *   dropped first. One deviation, from the contracts README: `/verify` also takes `type: "email"`,
 *   which verify.go accepts and the yaml's enum leaves out.
 * - README facts: `/otp` with both or neither of email and phone is 400 `validation_failed`;
 *   `channel` with an email is 400; `create_user: false` for an unknown user is 422 `otp_disabled`;
 *   a wrong or expired code is 403 `otp_expired`; 429 is always a rate limit.
 * - Error bodies in both shapes (errors.go): with the request header `X-Supabase-Api-Version:
 *   2024-01-01` `{ code: "<error_code>", message }` plus that response header; without it (or with
 *   `legacyErrors`) `{ code: <status>, error_code, msg }` plus `x-sb-error-code`, checked against
 *   the spec's ErrorSchema (which predates the new shape).
 * - Answers are checked against the spec too (AccessTokenResponseSchema for `/verify`).
 *
 * GoTrue behaviour the emulator keeps (defaults of a Supabase project): codes of `otpLength`
 * digits living `otpExpirySeconds`; one send per address every `maxFrequencySeconds`, else 429
 * `over_email_send_rate_limit` / `over_sms_send_rate_limit` with "…request this after N seconds.";
 * `/verify` limited to `verifyLimit` calls per 5 minutes (`over_request_rate_limit`). A code sign-in
 * creates an unconfirmed user whose code is a sign-up confirmation; a confirmed user gets a
 * magic-link code. `/resend` and `/recover` answer 200 without sending for an address they can't
 * serve, so as not to reveal accounts. A code never locks after wrong tries.
 *
 * Phone change (user.go, phone.go, verify.go, resend.go): PUT `/user` `{ phone, channel }` with a
 * number other than the user's own sends a `phone_change` code to it (frequency-limited on its own
 * clock), or answers 422 `phone_exists` when another user has that number; the user's own number
 * sends nothing. POST `/verify` `{ type: "phone_change", phone: <new number> }` finds the user by
 * the pending number, makes it the user's confirmed phone and opens a session of that same user.
 * POST `/resend` `{ type: "phone_change" }` finds the user by the address it has NOW (email, or its
 * current phone), as GoTrue does, and sends the pending change's code again by SMS; given the new
 * number, it finds nobody and answers 200 with nothing sent.
 */
export interface GotrueEmulatorOptions {
  /** The parsed gotrue.openapi.yaml. */
  spec: OpenApiDocument;
  /** The project URL given to `createClient`. Default `https://verikit-demo.supabase.co`. */
  url?: string;
  anonKey: string;
  clock?: ManualClock;
  otpLength?: number;
  otpExpirySeconds?: number;
  maxFrequencySeconds?: number;
  verifyLimit?: number;
  /** When set, sends need this CAPTCHA answer (`gotrue_meta_security.captcha_token`). */
  captchaToken?: string;
  /** Answer errors in the legacy shape whatever the request says (a GoTrue before 2024-01-01, or a proxy that strips the header). */
  legacyErrors?: boolean;
}

interface Token {
  code: string;
  sentAt: number;
}

interface User {
  id: string;
  email?: string;
  phone?: string;
  emailConfirmedAt?: number;
  phoneConfirmedAt?: number;
  createdAt: number;
  /** Sign-up confirmation code (`signup`/`email` verify types). */
  confirmation?: Token;
  /** Magic-link and recovery code (`magiclink`/`recovery`/`email`). */
  recovery?: Token;
  /** Phone code (`sms`). */
  phoneOtp?: Token;
  /** A pending phone change (digits, GoTrue's `phone_change`) and its code. */
  phoneChange?: string;
  phoneChangeOtp?: Token;
}

/** An access token this emulator issued. */
interface IssuedToken {
  userId: string;
  sessionId: string;
  expiresAt: number;
}

// Each emulated operation, with its method in the spec.
const OPERATIONS = { '/otp': 'post', '/verify': 'post', '/resend': 'post', '/recover': 'post', '/user': 'put' } as const;
type Operation = keyof typeof OPERATIONS;
const API_VERSION = '2024-01-01';

export function createGotrueEmulator(options: GotrueEmulatorOptions) {
  const url = (options.url ?? 'https://verikit-demo.supabase.co').replace(/\/+$/, '');
  const base = `${url}/auth/v1`;
  const clock = options.clock ?? createManualClock(Date.UTC(2026, 0, 1));
  const otpLength = options.otpLength ?? 6;
  const ttlMs = (options.otpExpirySeconds ?? 3600) * 1000;
  const frequencyMs = (options.maxFrequencySeconds ?? 60) * 1000;
  const verifyLimit = options.verifyLimit ?? 30;

  const ajv = createAjv();
  // GoTrue's phone check (phone.go): optional "+", then 2 to 15 digits, the first not 0.
  ajv.addFormat('phone', /^\+?[1-9]\d{1,14}$/);
  ajv.addSchema({ $id: 'gotrue', $defs: rewriteRefs(options.spec.components?.schemas ?? {}, 'gotrue') });
  const validators = new Map<Operation, ValidateFunction>();
  for (const [operation, method] of Object.entries(OPERATIONS) as [Operation, 'post' | 'put'][]) {
    const schema = options.spec.paths[operation]?.[method]?.requestBody?.content?.['application/json']?.schema as
      | { properties?: Record<string, { enum?: string[] }> }
      | undefined;
    if (!schema) throw new Error(`gotrue.openapi.yaml has no ${method.toUpperCase()} ${operation} body`);
    const copy = structuredClone(schema);
    // contracts README: verify.go accepts `type: "email"`, which the yaml's enum leaves out.
    if (operation === '/verify') copy.properties?.type?.enum?.push('email');
    validators.set(operation, ajv.compile(rewriteRefs(copy, 'gotrue')));
  }
  const logoutScopes = (options.spec.paths['/logout']?.post?.parameters as { name: string; schema?: { enum?: string[] } }[] | undefined)?.find((p) => p.name === 'scope')?.schema?.enum;
  if (!logoutScopes) throw new Error('gotrue.openapi.yaml has no POST /logout scope parameter');
  const validateError = ajv.compile({ $ref: 'gotrue#/$defs/ErrorSchema' });
  const validateSession = ajv.compile({ $ref: 'gotrue#/$defs/AccessTokenResponseSchema' });
  const validateUser = ajv.compile({ $ref: 'gotrue#/$defs/UserSchema' });

  const users = new Map<string, User>();
  const tokens = new Map<string, IssuedToken>();
  const endedSessions = new Set<string>();
  const outbox = createOutbox();
  const verifies: number[] = [];
  let faults: UpstreamFault[] = [];
  let nextError: { status: number; code?: string; message: string } | undefined;
  const rejectedDomains = new Set<string>();
  let smsFails = false;
  let legacyErrors = options.legacyErrors ?? false;
  const state = {
    requests: [] as { path: string; body: Record<string, unknown>; headers: Record<string, string> }[],
    violations: [] as string[],
  };

  function randomId(): string {
    return crypto.randomUUID();
  }

  function newCode(): string {
    return Array.from(crypto.getRandomValues(new Uint8Array(otpLength)), (b) => String(b % 10)).join('');
  }

  function findUser(by: { email?: string; phone?: string; phoneChange?: string }): User | undefined {
    for (const user of users.values()) {
      if (by.email !== undefined && user.email === by.email.toLowerCase()) return user;
      if (by.phone !== undefined && user.phone === by.phone.replace(/^\+/, '')) return user;
      if (by.phoneChange !== undefined && user.phoneChange === by.phoneChange.replace(/^\+/, '')) return user;
    }
    return undefined;
  }

  /** GoTrue's error answer, in the shape the request asked for. */
  function fail(request: Request, status: number, code: string | undefined, message: string) {
    const modern = !legacyErrors && request.headers.get('x-supabase-api-version') === API_VERSION;
    if (modern) {
      return HttpResponse.json({ code, message }, { status, headers: { 'X-Supabase-Api-Version': API_VERSION, ...(code && { 'x-sb-error-code': code }) } });
    }
    const body = { code: status, ...(code && { error_code: code }), msg: message };
    if (!validateError(body)) throw new Error(`gotrue emulator error outside ErrorSchema: ${formatErrors(validateError.errors)}`);
    return HttpResponse.json(body, { status, headers: code ? { 'x-sb-error-code': code } : {} });
  }

  function ok(request: Request, body: object, check?: ValidateFunction) {
    if (check && !check(body)) throw new Error(`gotrue emulator answered outside the spec: ${formatErrors(check.errors)}`);
    const modern = request.headers.get('x-supabase-api-version') === API_VERSION;
    return HttpResponse.json(body, { headers: modern ? { 'X-Supabase-Api-Version': API_VERSION } : {} });
  }

  /** The UserAuth of PUT /user and POST /logout, as GoTrue's requireAuthentication answers (auth.go). */
  function authenticate(request: Request): { user: User; issued: IssuedToken } | { response: Response } {
    const bearer = /^Bearer (\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    if (bearer === undefined) return { response: fail(request, 401, 'no_authorization', 'This endpoint requires a valid Bearer token') };
    const issued = tokens.get(bearer);
    if (!issued || clock.now() >= issued.expiresAt) {
      return { response: fail(request, 403, 'bad_jwt', 'invalid JWT: unable to parse or verify signature, token is unverifiable or expired') };
    }
    const user = users.get(issued.userId);
    if (!user) return { response: fail(request, 403, 'user_not_found', 'User from sub claim in JWT does not exist') };
    if (endedSessions.has(issued.sessionId)) return { response: fail(request, 403, 'session_not_found', 'Session from session_id claim in JWT does not exist') };
    return { user, issued };
  }

  /** Every operation's APIKeyAuth: the project's anon key in the `apikey` header. */
  function apikeyProblem(request: Request, operation: string): Response | undefined {
    if (request.headers.get('apikey') === options.anonKey) return undefined;
    state.violations.push(`${operation}: missing or wrong apikey header`);
    return HttpResponse.json({ message: 'Invalid API key' }, { status: 401 });
  }

  /** Reads, records and validates a request; returns the body or the answer to give instead. */
  async function guard(request: Request, operation: Operation): Promise<{ body: Record<string, unknown> } | { response: Response }> {
    const text = await request.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : {};
    } catch {
      parsed = undefined;
    }
    const headers = Object.fromEntries(request.headers);
    const body = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    state.requests.push({ path: operation, body, headers });
    const fault = faults.shift();
    if (fault) return { response: await faultResponse(fault) };
    const keyless = apikeyProblem(request, operation);
    if (keyless) return { response: keyless };
    // GoTrue authenticates before it reads the body.
    if (operation === '/user') {
      const auth = authenticate(request);
      if ('response' in auth) return auth;
    }
    const problems: string[] = [];
    if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) problems.push('Content-Type is not application/json');
    if (parsed === undefined) problems.push('body is not JSON');
    // Go's encoding/json leaves a field at its zero value for `null`: GoTrue reads it as absent.
    const present = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null));
    const validate = validators.get(operation)!;
    if (!validate(present)) problems.push(`body does not match the schema: ${formatErrors(validate.errors)}`);
    if (problems.length > 0) {
      state.violations.push(...problems.map((p) => `${operation}: ${p}`));
      return { response: fail(request, 400, 'validation_failed', problems.join('; ')) };
    }
    if (nextError) {
      const { status, code, message } = nextError;
      nextError = undefined;
      return { response: fail(request, status, code, message) };
    }
    return { body: present };
  }

  function captchaProblem(request: Request, body: Record<string, unknown>): Response | undefined {
    if (options.captchaToken === undefined) return undefined;
    const token = (body.gotrue_meta_security as { captcha_token?: unknown } | undefined)?.captcha_token;
    if (token === options.captchaToken) return undefined;
    return fail(request, 400, 'captcha_failed', 'captcha protection: request disallowed (no captcha response or invalid captcha response)');
  }

  /** GoTrue's per-address frequency limit. */
  function tooSoon(request: Request, token: Token | undefined, kind: 'email' | 'sms'): Response | undefined {
    if (!token || clock.now() >= token.sentAt + frequencyMs) return undefined;
    const seconds = Math.ceil((token.sentAt + frequencyMs - clock.now()) / 1000);
    return fail(request, 429, kind === 'email' ? 'over_email_send_rate_limit' : 'over_sms_send_rate_limit', `For security purposes, you can only request this after ${seconds} seconds.`);
  }

  function deliver(channel: Channel, to: string, code: string, template: InteractionEvent, subject?: string) {
    const text =
      channel === 'email'
        ? `${subject ?? 'Your code'}: enter the code ${code}`
        : `Your code is ${code}`;
    outbox.push({ channel, to, code, text, template, locale: 'en', sentAt: clock.now(), ...(subject && { subject }) });
  }

  function emailProblem(request: Request, email: string): Response | undefined {
    const domain = email.split('@')[1]?.toLowerCase() ?? '';
    if (rejectedDomains.has(domain)) return fail(request, 400, 'email_address_invalid', `Email address "${email}" is invalid`);
    return undefined;
  }

  function sendEmailCode(request: Request, user: User, purpose: 'signup' | 'magiclink' | 'recovery'): Response | undefined {
    const field = purpose === 'signup' ? 'confirmation' : 'recovery';
    const limited = tooSoon(request, user[field], 'email');
    if (limited) return limited;
    const token = { code: newCode(), sentAt: clock.now() };
    user[field] = token;
    const subject = { signup: 'Confirm your signup', magiclink: 'Your Magic Link', recovery: 'Reset your password' }[purpose];
    deliver('email', user.email!, token.code, purpose === 'recovery' ? 'ForgotPassword' : purpose === 'signup' ? 'Register' : 'SignIn', subject);
    return undefined;
  }

  function sendPhoneCode(request: Request, user: User, channel: 'sms' | 'whatsapp'): Response | undefined {
    const limited = tooSoon(request, user.phoneOtp, 'sms');
    if (limited) return limited;
    if (smsFails) return fail(request, 422, 'sms_send_failed', 'Error sending confirmation OTP to provider: emulated provider failure');
    const token = { code: newCode(), sentAt: clock.now() };
    user.phoneOtp = token;
    deliver(channel, `+${user.phone!}`, token.code, user.phoneConfirmedAt ? 'SignIn' : 'Register');
    return undefined;
  }

  /** sendPhoneConfirmation for `phone_change`: its own frequency limit, then the code to the new number. */
  function sendPhoneChange(request: Request, user: User, phone: string, channel: 'sms' | 'whatsapp'): Response | undefined {
    const limited = tooSoon(request, user.phoneChangeOtp, 'sms');
    if (limited) return limited;
    if (smsFails) return fail(request, 422, 'sms_send_failed', 'Error sending phone_change OTP to provider: emulated provider failure');
    const token = { code: newCode(), sentAt: clock.now() };
    user.phoneChange = phone.replace(/^\+/, '');
    user.phoneChangeOtp = token;
    deliver(channel, `+${user.phoneChange}`, token.code, 'Register');
    return undefined;
  }

  function live(token: Token | undefined, code: unknown): boolean {
    return token !== undefined && token.code === code && clock.now() < token.sentAt + ttlMs;
  }

  /** A new session's access token, remembered so that PUT /user can check it. */
  function jwt(user: User, issuedAt: number): string {
    const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    const signature = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32)))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    const iat = Math.floor(issuedAt / 1000);
    const sessionId = randomId();
    const token = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub: user.id, aud: 'authenticated', role: 'authenticated', iat, exp: iat + 3600, email: user.email ?? '', phone: user.phone ?? '', session_id: sessionId })}.${signature}`;
    tokens.set(token, { userId: user.id, sessionId, expiresAt: (iat + 3600) * 1000 });
    return token;
  }

  /** The user as GoTrue's JSON shows it (UserSchema). */
  function userJson(user: User) {
    const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
    const now = clock.now();
    return {
      id: user.id,
      aud: 'authenticated',
      role: 'authenticated',
      ...(user.email !== undefined && { email: user.email }),
      ...(user.phone !== undefined && { phone: user.phone }),
      ...(user.emailConfirmedAt !== undefined && { email_confirmed_at: iso(user.emailConfirmedAt) }),
      ...(user.phoneConfirmedAt !== undefined && { phone_confirmed_at: iso(user.phoneConfirmedAt) }),
      ...(user.phoneChange !== undefined && { new_phone: user.phoneChange, phone_change_sent_at: iso(user.phoneChangeOtp?.sentAt) }),
      confirmed_at: iso(user.emailConfirmedAt ?? user.phoneConfirmedAt),
      last_sign_in_at: iso(now),
      app_metadata: { provider: user.email ? 'email' : 'phone', providers: [...(user.email ? ['email'] : []), ...(user.phone ? ['phone'] : [])] },
      user_metadata: {},
      identities: [],
      created_at: iso(user.createdAt),
      updated_at: iso(now),
      is_anonymous: false,
    };
  }

  function session(request: Request, user: User) {
    // supabase-js judges expiry on the page's own clock; the emulator's may be moved by tests.
    const expiresAt = Math.floor(Date.now() / 1000) + 3600;
    const body = {
      access_token: jwt(user, clock.now()),
      token_type: 'bearer',
      expires_in: 3600,
      expires_at: expiresAt,
      refresh_token: randomId().replace(/-/g, '').slice(0, 12),
      user: userJson(user),
    };
    return ok(request, body, validateSession);
  }

  const handlers: HttpHandler[] = [
    http.post(`${base}/otp`, async ({ request }) => {
      const checked = await guard(request, '/otp');
      if ('response' in checked) return checked.response;
      const { body } = checked;
      const email = typeof body.email === 'string' ? body.email : undefined;
      const phone = typeof body.phone === 'string' ? body.phone : undefined;
      if ((email === undefined) === (phone === undefined)) {
        state.violations.push('/otp: needs exactly one of email and phone');
        return fail(request, 400, 'validation_failed', 'Only an email address or phone number should be provided');
      }
      if (email !== undefined && body.channel !== undefined) {
        state.violations.push('/otp: channel with an email');
        return fail(request, 400, 'validation_failed', 'Channel can only be used with a phone number');
      }
      const captcha = captchaProblem(request, body);
      if (captcha) return captcha;
      if (email !== undefined) {
        const invalid = emailProblem(request, email);
        if (invalid) return invalid;
      }
      let user = findUser(email !== undefined ? { email } : { phone: phone! });
      const createUser = body.create_user !== false;
      if (!user) {
        if (!createUser) return fail(request, 422, 'otp_disabled', 'Signups not allowed for otp');
        user = { id: randomId(), createdAt: clock.now(), ...(email !== undefined ? { email: email.toLowerCase() } : { phone: phone!.replace(/^\+/, '') }) };
        users.set(user.id, user);
      }
      const problem =
        email !== undefined
          ? sendEmailCode(request, user, user.emailConfirmedAt ? 'magiclink' : 'signup')
          : sendPhoneCode(request, user, body.channel === 'whatsapp' ? 'whatsapp' : 'sms');
      if (problem) return problem;
      return ok(request, email !== undefined ? {} : { message_id: `SM${randomId().replace(/-/g, '')}` });
    }),

    http.post(`${base}/verify`, async ({ request }) => {
      const checked = await guard(request, '/verify');
      if ('response' in checked) return checked.response;
      const { body } = checked;
      verifies.push(clock.now());
      while (verifies.length > 0 && verifies[0]! <= clock.now() - 300_000) verifies.shift();
      if (verifies.length > verifyLimit) return fail(request, 429, 'over_request_rate_limit', 'Request rate limit reached');
      const type = body.type;
      if (type === undefined || (body.token === undefined && body.token_hash === undefined)) {
        state.violations.push('/verify: needs a type and a token');
        return fail(request, 400, 'validation_failed', 'Verify requires a verification type and a token');
      }
      const phoneType = type === 'sms' || type === 'phone_change';
      if (phoneType ? typeof body.phone !== 'string' : typeof body.email !== 'string') {
        state.violations.push(`/verify: type ${String(type)} needs ${phoneType ? 'phone' : 'email'}`);
        return fail(request, 400, 'validation_failed', `Verify with type ${String(type)} requires ${phoneType ? 'a phone number' : 'an email address'}`);
      }
      // A phone change is found by the number it is waiting to confirm (FindUserByPhoneChangeAndAudience).
      const user = findUser(type === 'phone_change' ? { phoneChange: body.phone as string } : phoneType ? { phone: body.phone as string } : { email: body.email as string });
      const expired = () => fail(request, 403, 'otp_expired', 'Token has expired or is invalid');
      if (!user) return expired();
      const now = clock.now();
      if (type === 'phone_change') {
        if (!live(user.phoneChangeOtp, body.token)) return expired();
        // ConfirmPhoneChange: the new number becomes the user's confirmed phone; same user, new session.
        user.phone = user.phoneChange!;
        user.phoneConfirmedAt = now;
        delete user.phoneChange;
        delete user.phoneChangeOtp;
      } else if (type === 'sms') {
        if (!live(user.phoneOtp, body.token)) return expired();
        delete user.phoneOtp;
        user.phoneConfirmedAt ??= now;
      } else if ((type === 'email' || type === 'signup') && live(user.confirmation, body.token)) {
        delete user.confirmation;
        user.emailConfirmedAt ??= now;
      } else if ((type === 'email' || type === 'magiclink' || type === 'recovery') && live(user.recovery, body.token)) {
        delete user.recovery;
        user.emailConfirmedAt ??= now;
      } else {
        return expired();
      }
      return session(request, user);
    }),

    http.post(`${base}/resend`, async ({ request }) => {
      const checked = await guard(request, '/resend');
      if ('response' in checked) return checked.response;
      const { body } = checked;
      const type = body.type;
      const email = typeof body.email === 'string' ? body.email : undefined;
      const phone = typeof body.phone === 'string' ? body.phone : undefined;
      // ResendConfirmationParams.Validate: signup needs an email and sms a phone; email_change and
      // phone_change take either (the address the user has now); never both, never neither.
      const problem =
        type === undefined
          ? 'Missing one of these types: signup, email_change, sms, phone_change'
          : type === 'signup' && email === undefined
            ? 'Type provided requires an email address'
            : type === 'sms' && phone === undefined
              ? 'Type provided requires a phone number'
              : (email === undefined) === (phone === undefined)
                ? 'Only an email address or phone number should be provided.'
                : undefined;
      if (problem) {
        state.violations.push(`/resend: ${problem}`);
        return fail(request, 400, 'validation_failed', problem);
      }
      const captcha = captchaProblem(request, body);
      if (captcha) return captcha;
      const user = findUser(email !== undefined ? { email } : { phone: phone! });
      // Nothing to resend (unknown, already confirmed, no pending change): 200 all the same, revealing no account.
      let sent: Response | undefined;
      if (type === 'signup' && user && !user.emailConfirmedAt) sent = sendEmailCode(request, user, 'signup');
      else if (type === 'sms' && user && !user.phoneConfirmedAt) sent = sendPhoneCode(request, user, 'sms');
      else if (type === 'phone_change' && user?.phoneChange) sent = sendPhoneChange(request, user, user.phoneChange, 'sms');
      if (sent) return sent;
      return ok(request, phone !== undefined || type === 'phone_change' ? { message_id: `SM${randomId().replace(/-/g, '')}` } : {});
    }),

    http.post(`${base}/recover`, async ({ request }) => {
      const checked = await guard(request, '/recover');
      if ('response' in checked) return checked.response;
      const { body } = checked;
      const captcha = captchaProblem(request, body);
      if (captcha) return captcha;
      const email = body.email as string;
      const invalid = emailProblem(request, email);
      if (invalid) return invalid;
      const user = findUser({ email });
      if (user) {
        const problem = sendEmailCode(request, user, 'recovery');
        if (problem) return problem;
      }
      return ok(request, {});
    }),

    http.put(`${base}/user`, async ({ request }) => {
      // guard authenticates first; here the user is the token's.
      const checked = await guard(request, '/user');
      if ('response' in checked) return checked.response;
      const { body } = checked;
      const { user } = authenticate(request) as { user: User };
      const phone = typeof body.phone === 'string' ? body.phone.replace(/^\+/, '') : undefined;
      if (phone === undefined || ['email', 'password', 'nonce', 'data', 'app_metadata'].some((field) => field in body)) {
        state.violations.push('PUT /user: only a phone change is emulated');
        return fail(request, 422, 'validation_failed', 'Only a phone change is emulated');
      }
      if (phone !== user.phone) {
        const other = findUser({ phone });
        if (other) return fail(request, 422, 'phone_exists', 'A user with this phone number has already been registered');
        const problem = sendPhoneChange(request, user, phone, body.channel === 'whatsapp' ? 'whatsapp' : 'sms');
        if (problem) return problem;
      }
      return ok(request, userJson(user), validateUser);
    }),

    // POST /logout?scope=global|local|others (the scopes are the spec's): ends the token's session,
    // all of the user's, or all but this one. supabase-js's signOut() calls it.
    http.post(`${base}/logout`, ({ request }) => {
      const scope = new URL(request.url).searchParams.get('scope') ?? 'global';
      state.requests.push({ path: '/logout', body: { scope }, headers: Object.fromEntries(request.headers) });
      const keyless = apikeyProblem(request, '/logout');
      if (keyless) return keyless;
      if (!logoutScopes.includes(scope)) {
        state.violations.push(`/logout: scope ${scope} is not one of ${logoutScopes.join(', ')}`);
        return fail(request, 400, 'validation_failed', 'Unsupported logout scope');
      }
      const auth = authenticate(request);
      if ('response' in auth) return auth.response;
      const own = auth.issued;
      for (const issued of tokens.values()) {
        if (issued.userId !== own.userId) continue;
        const same = issued.sessionId === own.sessionId;
        if (scope === 'global' || (scope === 'local' ? same : !same)) endedSessions.add(issued.sessionId);
      }
      return new HttpResponse(null, { status: 204 });
    }),

    http.all(`${base}/*`, ({ request }) => {
      state.violations.push(`${request.method} ${new URL(request.url).pathname} is not one of the emulated GoTrue operations`);
      return HttpResponse.json({ code: 404, error_code: 'unexpected_failure', msg: 'Not emulated' }, { status: 404 });
    }),
  ];

  return {
    handlers,
    url,
    clock,
    outbox,
    state,
    limits: { ttlMs, cooldownMs: frequencyMs, verifyLimit },
    /** The newest live code sent to `to` (email or E.164 phone). */
    lastCode(to: string): string | undefined {
      const message = outbox.last(to);
      const user = findUser(to.includes('@') ? { email: to } : { phone: to }) ?? findUser({ phoneChange: to });
      if (!message || !user) return undefined;
      const live = [user.confirmation, user.recovery, user.phoneOtp, user.phoneChangeOtp];
      return live.some((t) => t && t.code === message.code && clock.now() < t.sentAt + ttlMs) ? message.code : undefined;
    },
    /** The user table: who has which email and phone, confirmed or pending (E.164 phones). */
    users() {
      return [...users.values()].map((u) => ({
        id: u.id,
        email: u.email,
        phone: u.phone === undefined ? undefined : `+${u.phone}`,
        emailConfirmed: u.emailConfirmedAt !== undefined,
        phoneConfirmed: u.phoneConfirmedAt !== undefined,
        newPhone: u.phoneChange === undefined ? undefined : `+${u.phoneChange}`,
      }));
    },
    /** The user an access token this emulator issued belongs to. */
    userOf(accessToken: string): string | undefined {
      return tokens.get(accessToken)?.userId;
    },
    /** Signs the user out everywhere (their sessions end: `session_not_found`). */
    endSessions(userId: string) {
      for (const issued of tokens.values()) if (issued.userId === userId) endedSessions.add(issued.sessionId);
    },
    /** Deletes a user (their tokens then name a user that does not exist: `user_not_found`). */
    deleteUser(userId: string) {
      users.delete(userId);
    },
    /** A user that already exists (and is confirmed, unless told otherwise). */
    addUser(identifier: { email?: string; phone?: string }, confirmed = true) {
      const user: User = {
        id: randomId(),
        createdAt: clock.now(),
        ...(identifier.email !== undefined && { email: identifier.email.toLowerCase(), ...(confirmed && { emailConfirmedAt: clock.now() }) }),
        ...(identifier.phone !== undefined && { phone: identifier.phone.replace(/^\+/, ''), ...(confirmed && { phoneConfirmedAt: clock.now() }) }),
      };
      users.set(user.id, user);
      return user;
    },
    /** GoTrue's email validation refuses this domain (`email_address_invalid`). */
    rejectDomain(domain: string) {
      rejectedDomains.add(domain.toLowerCase());
    },
    /** Answer errors in the legacy body shape from now on (or again in the request's shape). */
    setLegacyErrors(legacy: boolean) {
      legacyErrors = legacy;
    },
    /** The SMS provider fails every send (`sms_send_failed`). */
    failSms(fail = true) {
      smsFails = fail;
    },
    /** The next valid request fails with this GoTrue error (conditions the emulator has no other way to reach). */
    failNext(status: number, code: string | undefined, message: string) {
      nextError = { status, ...(code !== undefined && { code }), message };
    },
    injectFault(fault: UpstreamFault) {
      faults.push(fault);
    },
    requestCount: () => state.requests.length,
    reset() {
      users.clear();
      tokens.clear();
      endedSessions.clear();
      outbox.clear();
      verifies.length = 0;
      faults = [];
      nextError = undefined;
      rejectedDomains.clear();
      smsFails = false;
      legacyErrors = options.legacyErrors ?? false;
      state.requests = [];
      state.violations = [];
    },
  };
}

export type GotrueEmulator = ReturnType<typeof createGotrueEmulator>;
