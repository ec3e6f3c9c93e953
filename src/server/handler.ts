import { isVerificationError, VerificationError } from '../core/errors';
import { readJsonBody, DEFAULT_MAX_BODY_BYTES } from './body';
import { allowedOrigin, corsHeaders, preflightHeaders, type CorsOptions } from './cors';
import { errorResponse, HttpProblem, json, problemResponse } from './http-errors';
import type { Ordering } from '../core/flow/ordering';
import { enforceOrdering } from './ordering';
import { checkProofRequest, publicStatus } from './proof-status';
import type { AccountTypeOption, ProviderContext, VerificationProvider } from './provider';
import { parseSendBody, parseVerifyBody } from './request-input';
import { MIN_SECRET_LENGTH, signToken, verifyToken } from './token';

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
}

export type VerificationHandler = (request: Request) => Promise<Response>;

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
  if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) {
    throw new TypeError(`verikit/server: secret must be a string of at least ${MIN_SECRET_LENGTH} characters`);
  }
  if (typeof getSubject !== 'function') throw new TypeError('verikit/server: getSubject is required');
  if (!provider || typeof provider.send !== 'function' || typeof provider.verify !== 'function') {
    throw new TypeError('verikit/server: provider must implement send and verify');
  }
  const base = trimBase(options.basePath);
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const requestTtl = options.requestTtlMs ?? 30 * 60_000;
  const proofTtl = options.proofTtlMs ?? 15 * 60_000;
  const now = options.now ?? Date.now;

  const routes = new Map<Route, readonly string[]>([
    ['/send', ['POST']],
    ['/verify', ['POST']],
    ['/status', ['GET']],
    ['/proof', ['POST']],
  ]);
  const ordering = { ordering: options.ordering ?? 'email-then-phone', accountType: options.accountType ?? 'individual', secret, providerName: provider.name } as const;
  if (provider.outbox) routes.set('/outbox', ['GET']);

  async function subjectOf(request: Request): Promise<string> {
    const subject = await getSubject(request);
    if (typeof subject !== 'string' || subject.length === 0) {
      throw new VerificationError('session_expired', 'No session subject');
    }
    if (subject.length > MAX_SUBJECT_LENGTH) throw new TypeError('verikit/server: getSubject returned an oversized subject');
    return subject;
  }

  async function send(request: Request, ctx: ProviderContext): Promise<Response> {
    const body = await readJsonBody(request, maxBody);
    const input = parseSendBody(body);
    if (!provider.channels.includes(input.channel)) {
      throw new VerificationError('not_configured', `${provider.name} does not deliver ${input.channel}`);
    }
    await enforceOrdering(body, input, ctx, ordering);
    const sent = await provider.send(input, ctx);
    const to = sent.to ?? input.to;
    const issuedAt = ctx.now;
    // Outlive the code itself, so a late verify hears `code_expired` from the provider, not `session_expired`.
    const exp = Math.max(issuedAt + requestTtl, (sent.expiresAt ?? 0) + 60_000);
    const requestId = await signToken(
      {
        t: 'req',
        ...(sent.ref !== undefined && { ref: sent.ref }),
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
      ...(sent.codeLength !== undefined && { codeLength: sent.codeLength }),
      ...(sent.expiresAt !== undefined && { expiresAt: sent.expiresAt }),
      ...(sent.resendAvailableAt !== undefined && { resendAvailableAt: sent.resendAvailableAt }),
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
    await provider.verify(
      { ...(claims.ref !== undefined && { ref: claims.ref }), channel: claims.ch, to: claims.to, code: input.code, event: claims.ev },
      ctx,
    );
    const proof = await signToken(
      { t: 'proof', ch: claims.ch, to: claims.to, sub: ctx.subject, ev: claims.ev, iat: ctx.now, exp: ctx.now + proofTtl, p: provider.name },
      secret,
    );
    return json({ channel: claims.ch, to: claims.to, proof });
  }

  async function status(ctx: ProviderContext): Promise<Response> {
    // The contract: a backend that can't tell answers 404, and clients treat getStatus as unsupported.
    if (!provider.getStatus) return problemResponse(new HttpProblem(404, 'Status is not supported by this provider'));
    return json(publicStatus(await provider.getStatus(ctx)));
  }

  return async function handle(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname;
    const route = (path.startsWith(base) ? path.slice(base.length) : null) as Route | null;
    const methods = route ? routes.get(route) : undefined;
    const origin = allowedOrigin(cors, request);
    const extra = cors && origin ? corsHeaders(cors, origin) : {};
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
      const ctx: ProviderContext = { subject, now: now(), signal: request.signal };
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
      onError?.(error, { route: route ?? path, ...(subject !== undefined && { subject }) });
      if (error instanceof HttpProblem) return withCors(problemResponse(error));
      if (isVerificationError(error)) return withCors(errorResponse(error));
      // Anything else is a bug or an outage: say nothing about it to the client.
      return withCors(errorResponse(new VerificationError('unknown')));
    }
  };
}
