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
 * The four `SupabaseClient['auth']` methods the adapter calls, written out so that verikit's types
 * don't pull in supabase-js's (an app without it still type-checks). A real client fits.
 */
export interface SupabaseAuthLike {
  signInWithOtp(
    credentials:
      | { email: string; options?: Captcha & { shouldCreateUser?: boolean } }
      | { phone: string; options?: Captcha & { shouldCreateUser?: boolean; channel?: 'sms' | 'whatsapp' } },
  ): AuthCall;
  verifyOtp(params: { email: string; token: string; type: 'email' | 'recovery' } | { phone: string; token: string; type: 'sms' }): AuthCall;
  resend(credentials: { type: 'signup'; email: string; options?: Captcha } | { type: 'sms'; phone: string; options?: Captcha }): AuthCall;
  resetPasswordForEmail(email: string, options?: Captcha): AuthCall;
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
 * The proof is the new session's access token, for the app's backend to check with Supabase.
 * Error table: docs/adapters/supabase.md.
 */
export function createSupabaseAdapter(options: SupabaseAdapterOptions): VerificationAdapter {
  const { auth } = options.client;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const codeLength = options.codeLength ?? 6;
  const createUser = (event: InteractionEvent): boolean =>
    typeof options.createUser === 'function' ? options.createUser(event) : (options.createUser ?? event === 'Register');
  // Codes this adapter sent and that were not verified yet: a second send of the same one is a resend.
  const pending = new Set<string>();

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
      const key = `${event}\n${channel}\n${to}`;
      const token = await options.captchaToken?.();
      const captcha = token !== undefined ? { captchaToken: token } : {};
      const phoneChannel = channel === 'whatsapp' ? 'whatsapp' : 'sms';
      await run((): Promise<AuthResult> => {
        if (event === 'ForgotPassword') return auth.resetPasswordForEmail(to, captcha);
        // GoTrue's /resend covers sign-up codes (email `signup`, phone `sms`); a sign-in code and a
        // WhatsApp code are sent again the way they were sent first.
        if (pending.has(key) && event === 'Register' && channel !== 'whatsapp') {
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
      return { requestId: randomRequestId(), channel, to, codeLength };
    },

    async verifyCode(req, opts?: AdapterCallOptions) {
      const { channel, to, code, event } = validateVerifyRequest(req);
      requireChannel(channel, event);
      const { data } = await run(
        () =>
          channel === 'email'
            ? auth.verifyOtp({ email: to, token: code, type: event === 'ForgotPassword' ? 'recovery' : 'email' })
            : auth.verifyOtp({ phone: to, token: code, type: 'sms' }),
        opts?.signal,
      );
      const accessToken = (data as { session?: { access_token?: unknown } | null } | undefined)?.session?.access_token;
      if (typeof accessToken !== 'string' || accessToken.length === 0) {
        throw new VerificationError('unknown', 'Supabase Auth verified the code but returned no session', { cause: data });
      }
      pending.delete(`${event}\n${channel}\n${to}`);
      return { channel, to, proof: accessToken };
    },
  };
}
