import { isVerificationError, VerificationError } from '../core/errors';
import { identifierKind, type Channel, type InteractionEvent } from '../core/types';
import { readJsonBody, DEFAULT_MAX_BODY_BYTES } from './body';
import { allowedOrigin, checkCors, corsHeaders, preflightHeaders, VARY_ORIGIN, type CorsOptions } from './cors';
import { errorResponse, HttpProblem, json, problemResponse } from './http-errors';
import type { Ordering } from '../core/flow/ordering';
import { enforceOrdering } from './ordering';
import { checkProofRequest, publicStatus } from './proof-status';
import type { AccountTypeOption, ProviderContext, VerificationProvider } from './provider';
import { parseSendBody, parseVerifyBody, type SendBody } from './request-input';
import { assertSecret, signToken, verifyProof, verifyToken, type ProofClaims, type ProofExpectation } from './token';
import { createLimitGuard, DEFAULT_STORE_TIMEOUT_MS, type LimitGuard } from './limits/guard';
import { createMemoryStore } from './limits/memory-store';
import { resolveLimits, type RateLimits } from './limits/options';
import type { LimitStore } from './limits/store';
import { createPhonePolicy, type PhonePolicy } from './phone-policy';
import { redactError } from './redact';

/** What `beforeSend` sees: everything the send is about, before any limit is counted or code sent. */
export interface BeforeSendContext {
  request: Request;
  subject: string;
  channel: Channel;
  /** Normalised destination, as it will be sent to. */
  to: string;
  event: InteractionEvent;
  /** From `getClientIp`, when the handler has it. */
  clientIp?: string;
}

export interface VerificationHandlerOptions {
  provider: VerificationProvider;
  /** HMAC key for requestIds and proofs: at least 32 random characters, kept on the server. */
  secret: string;
  /**
   * Who is verifying, from the app's own session (cookie, JWT, ...): the sFOX `user_id`, a user id,
   * or an anonymous session id for sign-up. `null`/`undefined` answers 401 `session_expired`.
   * Never derived from the request body.
   */
  getSubject: (request: Request) => string | null | undefined | Promise<string | null | undefined>;
  /** Path prefix the routes live under, e.g. `/api/verify`. Default: none (`/send`, `/verify`, ...). */
  basePath?: string;
  /** Off by default (same origin). See `CorsOptions`. */
  cors?: CorsOptions;
  /** Default 8 KB. */
  maxBodyBytes?: number;
  /** Lifetime of a requestId when the provider gives no expiry, and its floor otherwise. Default 30 min. */
  requestTtlMs?: number;
  /** Lifetime of a proof. Default 15 min. */
  proofTtlMs?: number;
  /** Clock, for tests. */
  now?: () => number;
  /**
   * Called with every failure, for the app's own logging. It receives verikit errors (whose `cause`
   * may hold an upstream status and error body) and unexpected exceptions; never request bodies or
   * codes.
   */
  onError?: (error: unknown, info: { route: string; subject?: string }) => void;
  /**
   * `'email-then-phone'` (default): for individual accounts, a phone send (except on a password
   * reset) must carry `emailProof`, a valid email proof for the same subject, or it is refused
   * with `order_violation` before the provider is called. `'none'`: for apps that verify a phone
   * alone.
   */
  ordering?: Ordering;
  /** Whose sends are ordered: a fixed account type or one per subject. Business accounts verify email only. Default `'individual'`. */
  accountType?: AccountTypeOption;
  /**
   * Abuse limits, on by default (see `RateLimits` for each default). `false` turns every limit
   * off: unsafe on the internet, since each send texts or emails a real person at your cost.
   */
  limits?: RateLimits | false;
  /** Where limit counters live. Default `createMemoryStore()` (one process); use `createRedisStore` for many instances. */
  store?: LimitStore;
  /** How long to wait for the store before a send fails closed (503). Default 1000 ms. */
  storeTimeoutMs?: number;
  /**
   * The end user's IP, for the per-IP limit and for providers that pass it on. Read it from a
   * header your own proxy sets (e.g. the last `X-Forwarded-For` hop your load balancer appended),
   * never from a header any client can set. Default: none (no per-IP limit).
   */
  getClientIp?: (request: Request) => string | null | undefined | Promise<string | null | undefined>;
  /** Geo permissions and number types for phone channels. Default: every region, risky types refused. */
  phonePolicy?: PhonePolicy;
  /**
   * Runs before every send, after validation and before limits are counted. Throw a
   * `VerificationError` (e.g. `captcha_required`) to refuse the send. Default: none.
   */
  beforeSend?: (context: BeforeSendContext) => void | Promise<void>;
  /** Written into every proof as its `aud` claim; `verifyProof` then requires `expect.audience` to match. Default: none. */
  audience?: string;
  /**
   * `singleUse: true` makes `handler.verifyProof` accept each proof once, recording its id in the
   * handler's store until the proof expires. Default `{ singleUse: false }`.
   */
  proofs?: { singleUse?: boolean };
}

export type VerificationHandler = ((request: Request) => Promise<Response>) & {
  /**
   * `verifyProof` with this handler's secret, `audience`, store and `proofs.singleUse`: the one to
   * call in the app's own backend before trusting a proof.
   */
  verifyProof?: (proof: string, expect?: ProofExpectation) => Promise<ProofClaims>;
  /** True when `pathname` is one of this handler's routes (under its `basePath`): adapters pass others on. */
  serves?: (pathname: string) => boolean;
};

type Route = '/send' | '/verify' | '/status' | '/proof' | '/outbox';

const MAX_SUBJECT_LENGTH = 512;

function trimBase(basePath: string | undefined): string {
  if (!basePath || basePath === '/') return '';
  const withSlash = basePath.startsWith('/') ? basePath : `/${basePath}`;
  return withSlash.replace(/\/+$/, '');
}

/**
 * A Fetch-API handler serving verikit's HTTP contract (docs/http-contract.md) in front of a
 * provider whose credentials stay on the server. Works wherever `Request`/`Response` and Web Crypto
 * exist: Next.js route handlers, Hono, Bun, Deno, Cloudflare Workers, and Node via `toNodeListener`.
 */
export function createVerificationHandler(options: VerificationHandlerOptions): VerificationHandler {
  const { provider, secret, getSubject, cors, onError } = options;
  assertSecret(secret);
  if (typeof getSubject !== 'function') throw new TypeError('verikit/server: getSubject is required');
  if (!provider || typeof provider.send !== 'function' || typeof provider.verify !== 'function') {
    throw new TypeError('verikit/server: provider must implement send and verify');
  }
  checkCors(cors);
  const base = trimBase(options.basePath);
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const requestTtl = options.requestTtlMs ?? 30 * 60_000;
  const proofTtl = options.proofTtlMs ?? 15 * 60_000;
  const now = options.now ?? Date.now;
  const checkPhone = createPhonePolicy(options.phonePolicy);
  const redactions = [secret, ...(provider.secrets ?? [])];
  const reportStoreFault = (error: unknown) => onError?.(redactError(error, redactions), { route: 'store' });
  const store = options.store ?? createMemoryStore();
  const guard: LimitGuard | undefined =
    options.limits === false
      ? undefined
      : createLimitGuard({
          limits: resolveLimits(options.limits),
          store,
          secret,
          timeoutMs: options.storeTimeoutMs ?? DEFAULT_STORE_TIMEOUT_MS,
          report: reportStoreFault,
        });

  const routes = new Map<Route, readonly string[]>([
    ['/send', ['POST']],
    ['/verify', ['POST']],
    ['/status', ['GET']],
    ['/proof', ['POST']],
  ]);
  const ordering = { ordering: options.ordering ?? 'email-then-phone', accountType: options.accountType ?? 'individual', secret, providerName: provider.name } as const;
  // `/outbox` is looked up per request: a provider may withdraw it (memoryProvider in production).
  const routeMethods = (route: Route | null): readonly string[] | undefined =>
    route === '/outbox' ? (provider.outbox ? ['GET'] : undefined) : route ? routes.get(route) : undefined;

  async function subjectOf(request: Request): Promise<string> {
    const subject = await getSubject(request);
    if (typeof subject !== 'string' || subject.length === 0) {
      throw new VerificationError('session_expired', 'No session subject');
    }
    if (subject.length > MAX_SUBJECT_LENGTH) throw new TypeError('verikit/server: getSubject returned an oversized subject');
    return subject;
  }

  /** An `unknown` from a provider is the upstream's doing (an unmapped code, a malformed answer): 502, not 500. */
  const upstreamUnknown = new WeakSet<object>();
  async function fromProvider<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      if (isVerificationError(error) && error.code === 'unknown') upstreamUnknown.add(error);
      throw error;
    }
  }

  async function clientIpOf(request: Request): Promise<string | undefined> {
    const ip = await options.getClientIp?.(request);
    if (typeof ip !== 'string') return undefined;
    const trimmed = ip.trim();
    // An IP (v4, v6, with zone) is short; anything else is a misconfigured header, not an address.
    return trimmed.length > 0 && trimmed.length <= 64 ? trimmed : undefined;
  }

  async function send(request: Request, ctx: ProviderContext): Promise<Response> {
    const body = await readJsonBody(request, maxBody);
    const input = parseSendBody(body);
    if (!provider.channels.includes(input.channel)) {
      throw new VerificationError('not_configured', `${provider.name} does not deliver ${input.channel}`);
    }
    // Email-then-phone first: a send out of order is refused before any hook, limit or provider.
    await enforceOrdering(body, input, ctx, ordering);
    // Fraud controls, then the app's own hook, then the limits: all before any provider call.
    if (identifierKind(input.channel) === 'phone') checkPhone(input.to);
    await options.beforeSend?.({
      request,
      subject: ctx.subject,
      channel: input.channel,
      to: input.to,
      event: input.event,
      ...(ctx.clientIp !== undefined && { clientIp: ctx.clientIp }),
    });
    await guard?.send({ subject: ctx.subject, channel: input.channel, to: input.to, ...(ctx.clientIp !== undefined && { clientIp: ctx.clientIp }) }, ctx.now);
    let sent;
    try {
      sent = await fromProvider(provider.send(input, ctx));
    } catch (error) {
      throw await vouchForAlreadyVerified(error, input, ctx);
    }
    const to = sent.to ?? input.to;
    const issuedAt = ctx.now;
    // Outlive the code itself, so a late verify hears `code_expired` from the provider, not `session_expired`.
    const exp = Math.max(issuedAt + requestTtl, (sent.expiresAt ?? 0) + 60_000);
    const requestId = await signToken(
      {
        t: 'req',
        // JSON leaves out an undefined field, so no `ref` (or `aud` below) is signed without one.
        ref: sent.ref,
        ch: input.channel,
        to,
        sub: ctx.subject,
        ev: input.event,
        iat: issuedAt,
        exp,
        p: provider.name,
      },
      secret,
    );
    return json({
      requestId,
      channel: input.channel,
      to,
      // Undefined fields are left out of the JSON.
      codeLength: sent.codeLength,
      expiresAt: sent.expiresAt,
      resendAvailableAt: sent.resendAvailableAt,
    });
  }

  async function verify(request: Request, ctx: ProviderContext): Promise<Response> {
    const input = parseVerifyBody(await readJsonBody(request, maxBody));
    const claims = await verifyToken(input.requestId, secret, 'req', ctx.now);
    // A requestId only works for the subject, channel, destination and event it was issued for:
    // a client can't swap in another user's requestId, nor reuse one for another address.
    if (
      claims.sub !== ctx.subject ||
      claims.ch !== input.channel ||
      claims.to !== input.to ||
      claims.ev !== input.event ||
      claims.p !== provider.name
    ) {
      throw new VerificationError('session_expired', 'requestId does not match this session or request');
    }
    const reservation = await guard?.beforeVerify({ channel: claims.ch, to: claims.to, requestKey: claims.jti }, ctx.now);
    try {
      await fromProvider(
        provider.verify(
          { ...(claims.ref !== undefined && { ref: claims.ref }), channel: claims.ch, to: claims.to, code: input.code, event: claims.ev },
          ctx,
        ),
      );
    } catch (error) {
      const wrongGuess = isVerificationError(error) && (error.code === 'invalid_code' || error.code === 'too_many_attempts');
      if (reservation) await guard?.afterVerify(reservation, wrongGuess, ctx.now);
      // The handler's per-code budget ran out before the provider's: say so now, not on the next try.
      if (wrongGuess && reservation?.lastAttempt && isVerificationError(error) && error.code === 'invalid_code') {
        throw new VerificationError('too_many_attempts', 'Too many wrong codes; send a new one', { attemptsLeft: 0, cause: error });
      }
      throw error;
    }
    if (reservation) await guard?.afterVerify(reservation, false, ctx.now);
    const proof = await signProof(claims.ch, claims.to, claims.ev, ctx);
    return json({ channel: claims.ch, to: claims.to, proof });
  }

  function signProof(ch: Channel, to: string, ev: InteractionEvent, ctx: ProviderContext): Promise<string> {
    return signToken({ t: 'proof', ch, to, sub: ctx.subject, ev, iat: ctx.now, exp: ctx.now + proofTtl, p: provider.name, aud: options.audience }, secret);
  }

  /**
   * A send the provider refused as `already_verified` gets this session's proof for the address
   * when the provider's own status confirms it, for this subject and this very address: after a
   * stale email proof reopened the wizard's email step, the user goes on instead of being stuck.
   * The provider's word alone (sFOX's "already verified" names no address) is never signed.
   */
  async function vouchForAlreadyVerified(error: unknown, input: SendBody, ctx: ProviderContext): Promise<unknown> {
    if (isVerificationError(error) && error.code === 'already_verified') {
      // A failed status look-up vouches for nothing: the refusal stays as it was.
      const entry = await provider.getStatus?.(ctx).then((status) => status[identifierKind(input.channel)], () => undefined);
      if (entry?.verified && entry.to === input.to) {
        const proof = await signProof(input.channel, input.to, input.event, ctx);
        return new VerificationError('already_verified', error.message, { status: 409, proof, cause: error });
      }
    }
    return error;
  }

  async function status(ctx: ProviderContext): Promise<Response> {
    // The contract: a backend that can't tell answers 404, and clients treat getStatus as unsupported.
    if (!provider.getStatus) return problemResponse(new HttpProblem(404, 'Status is not supported by this provider'));
    return json(publicStatus(await provider.getStatus(ctx)));
  }

  const handle = async function handle(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname;
    const route = (path.startsWith(base) ? path.slice(base.length) : null) as Route | null;
    const methods = routeMethods(route);
    const origin = allowedOrigin(cors, request);
    const extra = cors ? (origin ? corsHeaders(cors, origin) : VARY_ORIGIN) : {};
    const withCors = (response: Response): Response => {
      for (const [name, value] of Object.entries(extra)) response.headers.set(name, value);
      return response;
    };

    if (!methods) return withCors(problemResponse(new HttpProblem(404, 'Not found')));
    if (request.method === 'OPTIONS' && cors && origin) {
      return new Response(null, { status: 204, headers: preflightHeaders(cors, origin, methods) });
    }
    if (!methods.includes(request.method)) {
      return withCors(problemResponse(new HttpProblem(405, 'Method not allowed', { allow: methods.join(', ') })));
    }

    let subject: string | undefined;
    try {
      subject = await subjectOf(request);
      const clientIp = await clientIpOf(request);
      const ctx: ProviderContext = { subject, now: now(), signal: request.signal, ...(clientIp !== undefined && { clientIp }) };
      switch (route) {
        case '/send':
          return withCors(await send(request, ctx));
        case '/verify':
          return withCors(await verify(request, ctx));
        case '/status':
          return withCors(await status(ctx));
        case '/proof':
          return withCors(await checkProofRequest(await readJsonBody(request, maxBody), ctx, ordering));
        case '/outbox':
          return withCors(json({ messages: provider.outbox?.list(subject) ?? [] }));
        default:
          return withCors(problemResponse(new HttpProblem(404, 'Not found')));
      }
    } catch (error) {
      onError?.(redactError(error, redactions), { route: route ?? path, ...(subject !== undefined && { subject }) });
      if (error instanceof HttpProblem) return withCors(problemResponse(error));
      if (isVerificationError(error)) return withCors(errorResponse(error, upstreamUnknown.has(error) ? 502 : undefined));
      // Anything else is a bug or an outage: say nothing about it to the client.
      return withCors(errorResponse(new VerificationError('unknown')));
    }
  };

  const singleUse = options.proofs?.singleUse === true;
  return Object.assign(handle, {
    serves: (pathname: string) => pathname.startsWith(base) && routeMethods(pathname.slice(base.length) as Route) !== undefined,
    verifyProof: (proof: string, expect: ProofExpectation = {}) =>
      verifyProof(proof, secret, { ...(options.audience !== undefined && { audience: options.audience }), ...expect }, { singleUse, store }),
  });
}
