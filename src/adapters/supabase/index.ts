import { VerificationError } from '../../core/errors';
import { validateSendRequest, validateVerifyRequest } from '../../core/identifiers/validate';
import type { Channel, InteractionEvent } from '../../core/types';
import { abortReason, isAbortError, throwIfAborted } from '../shared/abort';
import type { AdapterCallOptions, VerificationAdapter } from '../types';
import { supabaseError } from './errors';

export { SUPABASE_AUTH_ERRORS } from './errors';

type AuthCall = Promise<{ data?: unknown; error: unknown }>;
interface Captcha {
  captchaToken?: string;
}

/**
 * The six `SupabaseClient['auth']` methods the adapter calls, written out so that verikit's types
 * don't pull in supabase-js's (an app without it still type-checks). A real client fits.
 */
export interface SupabaseAuthLike {
  signInWithOtp(
    credentials:
      | { email: string; options?: Captcha & { shouldCreateUser?: boolean } }
      | { phone: string; options?: Captcha & { shouldCreateUser?: boolean; channel?: 'sms' | 'whatsapp' } },
  ): AuthCall;
  verifyOtp(
    params: { email: string; token: string; type: 'email' | 'recovery' } | { phone: string; token: string; type: 'sms' | 'phone_change' },
  ): AuthCall;
  /**
   * `type` is `signup` (with `email`), `sms` (with `phone`) or `phone_change` (with `email`: GoTrue's
   * /resend finds the user by the address it has now, not by the new phone). supabase-js types the
   * last pairing out but sends it as given, so `type` is loosely typed here for a real client to fit.
   */
  resend(credentials: { type: string; email?: string; phone?: string; options?: Captcha }): AuthCall;
  resetPasswordForEmail(email: string, options?: Captcha): AuthCall;
  /** PUT /user with the client's session: a new phone gets a `phone_change` code. */
  updateUser(attributes: { phone: string; channel?: 'sms' | 'whatsapp' }): AuthCall;
  /** The session the client holds now (read from its storage, no request). */
  getSession(): Promise<{ data: { session: { user?: { email?: string } } | null } }>;
}

export interface SupabaseAdapterOptions {
  /**
   * The app's own `SupabaseClient`, from `createClient(url, anonKey)` of `@supabase/supabase-js`.
   * verikit never creates one and never sees a service key; only `client.auth` is used.
   */
  client: { auth: SupabaseAuthLike };
  /**
   * GoTrue's `create_user` (supabase-js `shouldCreateUser`) for a code sign-in. Default: follows
   * the event, `true` for `Register` and `false` for `SignIn` (an unknown address then gets
   * `not_configured`, GoTrue's `otp_disabled`).
   */
  createUser?: boolean | ((event: InteractionEvent) => boolean);
  /**
   * The CAPTCHA answer, when the project has CAPTCHA protection on: called before each send and
   * passed as supabase-js `options.captchaToken` (GoTrue's `gotrue_meta_security.captcha_token`).
   * Default: none.
   */
  captchaToken?: () => string | undefined | Promise<string | undefined>;
  /** Digits in the project's email/SMS OTP (Auth settings, 6 to 10). Default 6, GoTrue's default. */
  codeLength?: number;
  /**
   * A call unanswered after this long fails with `timeout`. supabase-js takes no AbortSignal, so a
   * timeout or abort stops the wait, not the request. Default 15 000 ms.
   */
  timeoutMs?: number;
}

type AuthResult = { data?: unknown; error: unknown };

function randomRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `sb_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * `verikit/adapters/supabase`: Supabase Auth (GoTrue) from the browser, through the app's own
 * supabase-js client. Codes go out with `signInWithOtp` (or `resetPasswordForEmail` for
 * ForgotPassword), resends of a sign-up code with `auth.resend`, and are checked with `verifyOtp`.
 * A phone sent with the proof of an email this adapter verified (an individual account's phone
 * step) is added to that email's user instead: `updateUser({ phone })`, then a `phone_change` code.
 * The proof is the new session's access token, for the app's backend to check with Supabase.
 * Rules and error table: docs/adapters/supabase.md.
 */
export function createSupabaseAdapter(options: SupabaseAdapterOptions): VerificationAdapter {
  const { auth } = options.client;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const codeLength = options.codeLength ?? 6;
  const createUser = (event: InteractionEvent): boolean =>
    typeof options.createUser === 'function' ? options.createUser(event) : (options.createUser ?? event === 'Register');
  // Codes this adapter sent and that were not verified yet: a second send of the same one is a resend.
  const pending = new Set<string>();
  // The emails this adapter verified, by the proof it handed back (the session the client now
  // holds): a phone send carrying one of these proofs is the same person's phone step, so the
  // phone joins that user rather than signing in its own.
  const emails = new Map<string, string>();
  // The phone each of those users has (GoTrue's digits), as their last session said.
  const phones = new Map<string, string | undefined>();
  // Each email user's pending phone change: GoTrue keeps one per user (a new number replaces it,
  // and its /resend goes to the latest), so only a send to that latest number is a resend.
  const changes = new Map<string, string>();

  /** One supabase-js call, bounded by the timeout and the caller's signal; `{ error }` results are thrown mapped. */
  async function run<T extends AuthResult>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    throwIfAborted(signal);
    const result = await new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new VerificationError('timeout', `Supabase Auth did not answer within ${timeoutMs} ms`)), timeoutMs);
      const onAbort = (): void => reject(abortReason(signal as AbortSignal));
      signal?.addEventListener('abort', onAbort, { once: true });
      work()
        .then(resolve, (error: unknown) => reject(isAbortError(error) || error instanceof VerificationError ? error : supabaseError(error)))
        .finally(() => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
        });
    });
    if (result.error) throw supabaseError(result.error);
    return result;
  }

  function requireChannel(channel: Channel, event: InteractionEvent): void {
    // GoTrue sends codes by email, SMS and WhatsApp; it has no voice channel.
    if (channel === 'voice') throw new VerificationError('not_configured', 'Supabase Auth does not deliver codes by voice call');
    if (event === 'ForgotPassword' && channel !== 'email') {
      throw new VerificationError('not_configured', 'Supabase Auth resets passwords by email only');
    }
  }

  return {
    async sendCode(req, opts?: AdapterCallOptions) {
      const { channel, to, event } = validateSendRequest(req);
      requireChannel(channel, event);
      throwIfAborted(opts?.signal);
      const email = channel !== 'email' && req.emailProof ? emails.get(req.emailProof) : undefined;
      // GoTrue sends no code for a phone change to the number the user already has: that one signs in.
      const link = email !== undefined && phones.get(email) !== to.slice(1) ? email : undefined;
      const key = `${event}\n${channel}\n${to}\n${link}`;
      const token = await options.captchaToken?.();
      const captcha = token !== undefined ? { captchaToken: token } : {};
      const phoneChannel = channel === 'whatsapp' ? 'whatsapp' : 'sms';
      const again = pending.has(key) && channel !== 'whatsapp' && (link === undefined || changes.get(link) === to);
      await run((): Promise<AuthResult> => {
        if (event === 'ForgotPassword') return auth.resetPasswordForEmail(to, captcha);
        if (link !== undefined) {
          if (again) return auth.resend({ type: 'phone_change', email: link, options: captcha });
          // PUT /user changes whoever the client's session is now. Another tab may have signed in
          // as someone else since (supabase-js shares one session across tabs): the phone would
          // join that user, so the email is verified again instead.
          return auth.getSession().then(({ data }) => {
            if (data.session?.user?.email?.toLowerCase() !== link.toLowerCase()) throw new VerificationError('session_expired', 'Supabase session changed user');
            return auth.updateUser({ phone: to, channel: phoneChannel });
          });
        }
        // GoTrue's /resend covers sign-up codes (email `signup`, phone `sms`) and phone changes (by
        // SMS only); a sign-in code and a WhatsApp code are sent again the way they were sent first.
        if (again && event === 'Register') {
          return channel === 'email'
            ? auth.resend({ type: 'signup', email: to, options: captcha })
            : auth.resend({ type: 'sms', phone: to, options: captcha });
        }
        const shouldCreateUser = createUser(event);
        return channel === 'email'
          ? auth.signInWithOtp({ email: to, options: { shouldCreateUser, ...captcha } })
          : auth.signInWithOtp({ phone: to, options: { channel: phoneChannel, shouldCreateUser, ...captcha } });
      }, opts?.signal);
      pending.add(key);
      if (link !== undefined) changes.set(link, to);
      return { requestId: randomRequestId(), channel, to, codeLength };
    },

    async verifyCode(req, opts?: AdapterCallOptions) {
      const { channel, to, code, event } = validateVerifyRequest(req);
      requireChannel(channel, event);
      const link = [...changes].find(([, phone]) => phone === to)?.[0];
      const { data } = await run(
        () =>
          channel === 'email'
            ? auth.verifyOtp({ email: to, token: code, type: event === 'ForgotPassword' ? 'recovery' : 'email' })
            : auth.verifyOtp({ phone: to, token: code, type: link !== undefined ? 'phone_change' : 'sms' }),
        opts?.signal,
      );
      const session = (data as { session?: { access_token?: unknown; user?: { phone?: string } } | null } | undefined)?.session;
      const accessToken = session?.access_token;
      if (typeof accessToken !== 'string' || accessToken.length === 0) {
        throw new VerificationError('unknown', 'Supabase Auth verified the code but returned no session', { cause: data });
      }
      pending.delete(`${event}\n${channel}\n${to}\n${link}`);
      if (link !== undefined) changes.delete(link);
      if (channel === 'email') emails.set(accessToken, to);
      const owner = channel === 'email' ? to : link;
      if (owner !== undefined) phones.set(owner, session?.user?.phone);
      return { channel, to, proof: accessToken };
    },
  };
}
