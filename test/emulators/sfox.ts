import { http, HttpResponse, type HttpHandler } from 'msw';
import { createManualClock, type ManualClock } from '../../src/core/clock';
import type { AccountType } from '../../src/core/types';
import { faultResponse, readJson, sixDigits, type UpstreamFault } from './faults';

/**
 * An msw emulator of sFOX Connect's end-user verification endpoints, from
 * ../shared/contracts/sfox/README.md and the seed 001_734a31f2ff115cc1.txt. sFOX publishes no
 * OpenAPI file, so the contract is enforced here by hand:
 *
 * - `Authorization: Bearer <ENTERPRISE_API_KEY>` on every call, else 401.
 * - `POST /v1/enterprise/users/send-verification/:user_id` `{type: email|sms}` → 200
 *   `{data: {user_id, type, email | phone_number}}`; the code goes to the contact on file.
 * - `POST /v1/enterprise/users/verify/:user_id` `{type, otp}` → 200 `{data: {success: true, user_id, type}}`.
 * - 422 `{"error":"Email already verified"}` / `"Phone already verified"`.
 * - Individual accounts: email must be verified before an SMS code. Business accounts: email only.
 * - Rate limit: 250 requests per 10 s (per IP; here per emulator) → 429.
 *
 * Where sFOX documents nothing, the emulator picks and says so: the text of the errors for a wrong
 * OTP, an SMS asked too early or for a business account, and a 10 minute code lifetime
 * (`codeTtlMs`). Every request that breaks the documented contract is also recorded in
 * `violations`, which tests assert is empty.
 */
export interface SfoxUser {
  accountType: AccountType;
  email?: string;
  phone?: string;
  emailVerified?: boolean;
  phoneVerified?: boolean;
}

export interface SfoxEmulatorOptions {
  apiKey: string;
  baseUrl?: string;
  clock?: ManualClock;
  /** Undocumented by sFOX; the emulator's assumption. Default 10 min. */
  codeTtlMs?: number;
}

type Kind = 'email' | 'sms';

export function createSfoxEmulator(options: SfoxEmulatorOptions) {
  const baseUrl = options.baseUrl ?? 'https://api.sfox.com';
  const clock = options.clock ?? createManualClock(Date.UTC(2026, 0, 1));
  const codeTtlMs = options.codeTtlMs ?? 600_000;
  const users = new Map<string, SfoxUser>();
  const codes = new Map<string, { code: string; expiresAt: number }>();
  let faults: UpstreamFault[] = [];
  let recent: number[] = [];
  const state = { requests: [] as { method: string; path: string; body: unknown; authorization: string | null }[], violations: [] as string[] };

  const fail = (status: number, error: string) => HttpResponse.json({ error }, { status });
  const violation = (message: string) => {
    state.violations.push(message);
  };

  async function guard(request: Request, userId: string, allowed: (body: Record<string, unknown>) => string | null) {
    const { body, ok } = await readJson(request);
    const url = new URL(request.url);
    state.requests.push({ method: request.method, path: url.pathname, body, authorization: request.headers.get('authorization') });
    const now = clock.now();
    recent = recent.filter((t) => now - t < 10_000);
    recent.push(now);
    const fault = faults.shift();
    if (fault) return { response: await faultResponse(fault) };
    if (request.headers.get('authorization') !== `Bearer ${options.apiKey}`) {
      violation(`${url.pathname}: missing or wrong Bearer key`);
      return { response: fail(401, 'Unauthorized') };
    }
    if (recent.length > 250) return { response: fail(429, 'Too many requests') };
    if (!ok || typeof body !== 'object' || body === null || !/^application\/json\b/.test(request.headers.get('content-type') ?? '')) {
      violation(`${url.pathname}: body is not a JSON object`);
      return { response: fail(400, 'Invalid request body') };
    }
    const problem = allowed(body as Record<string, unknown>);
    if (problem) {
      violation(`${url.pathname}: ${problem}`);
      return { response: fail(400, problem) };
    }
    const user = users.get(userId);
    if (!user) return { response: fail(404, 'User not found') };
    return { user, body: body as Record<string, unknown> };
  }

  const typeOf = (body: Record<string, unknown>) => (body.type === 'email' || body.type === 'sms' ? null : 'type must be email or sms');

  const handlers: HttpHandler[] = [
    http.post(`${baseUrl}/v1/enterprise/users/send-verification/:user_id`, async ({ request, params }) => {
      const userId = decodeURIComponent(String(params.user_id));
      const checked = await guard(request, userId, typeOf);
      if ('response' in checked) return checked.response;
      const { user, body } = checked;
      const type = body.type as Kind;
      if (type === 'email') {
        if (user.emailVerified) return fail(422, 'Email already verified');
        if (!user.email) return fail(400, 'No email on file');
      } else {
        // Documented rules; the wording of these two errors is the emulator's own.
        if (user.accountType === 'business') return fail(400, 'Business accounts only verify email');
        if (!user.emailVerified) return fail(400, 'Email must be verified before requesting an sms code');
        if (user.phoneVerified) return fail(422, 'Phone already verified');
        if (!user.phone) return fail(400, 'No phone number on file');
      }
      codes.set(`${userId}:${type}`, { code: sixDigits(), expiresAt: clock.now() + codeTtlMs });
      return HttpResponse.json({
        data: { user_id: userId, type, ...(type === 'email' ? { email: user.email } : { phone_number: user.phone }) },
      });
    }),

    http.post(`${baseUrl}/v1/enterprise/users/verify/:user_id`, async ({ request, params }) => {
      const userId = decodeURIComponent(String(params.user_id));
      const checked = await guard(request, userId, (body) => typeOf(body) ?? (typeof body.otp === 'string' ? null : 'otp must be a string'));
      if ('response' in checked) return checked.response;
      const { user, body } = checked;
      const type = body.type as Kind;
      if (type === 'email' ? user.emailVerified : user.phoneVerified) return fail(422, `${type === 'email' ? 'Email' : 'Phone'} already verified`);
      const pending = codes.get(`${userId}:${type}`);
      if (!pending) return fail(400, 'No verification code requested');
      if (clock.now() >= pending.expiresAt) return fail(400, 'Verification code expired');
      if (body.otp !== pending.code) return fail(400, 'Invalid verification code');
      codes.delete(`${userId}:${type}`);
      if (type === 'email') user.emailVerified = true;
      else user.phoneVerified = true;
      return HttpResponse.json({ data: { success: true, user_id: userId, type } });
    }),

    // Anything else under the base URL is not part of the contract this kit may use.
    http.all(`${baseUrl}/*`, ({ request }) => {
      violation(`${request.method} ${new URL(request.url).pathname} is not a documented sFOX endpoint`);
      return fail(404, 'Not found');
    }),
  ];

  return {
    handlers,
    clock,
    baseUrl,
    state,
    /** What `/v1/enterprise/register-account` would have created (it also sends the email OTP; not modelled). */
    register(userId: string, user: SfoxUser) {
      users.set(userId, { emailVerified: false, phoneVerified: false, ...user });
    },
    user(userId: string): SfoxUser | undefined {
      return users.get(userId);
    },
    /** The contact on file changes (the app updated the sFOX account): its verification starts over. */
    setContact(userId: string, kind: 'email' | 'phone', value: string) {
      const user = users.get(userId);
      if (!user) throw new Error(`no sFOX user ${userId}`);
      if (kind === 'email' && user.email !== value) Object.assign(user, { email: value, emailVerified: false });
      if (kind === 'phone' && user.phone !== value) Object.assign(user, { phone: value, phoneVerified: false });
    },
    lastCode(userId: string, type: Kind): string | undefined {
      const pending = codes.get(`${userId}:${type}`);
      return pending && clock.now() < pending.expiresAt ? pending.code : undefined;
    },
    injectFault(fault: UpstreamFault) {
      faults.push(fault);
    },
    reset() {
      users.clear();
      codes.clear();
      faults = [];
      recent = [];
      state.requests = [];
      state.violations = [];
    },
  };
}

export type SfoxEmulator = ReturnType<typeof createSfoxEmulator>;
