import { systemClock, type Clock } from '../../core/clock';
import { VerificationError } from '../../core/errors';
import { validateSendRequest, validateVerifyRequest } from '../../core/identifiers/validate';
import type { VerificationStatus, VerifiedCode } from '../../core/types';
import { abortReason, isAbortError } from '../shared/abort';
import type { AdapterCallOptions, CheckProofRequest, VerificationAdapter } from '../types';
import { errorFromResponse } from './errors';
import { parseSentCode, parseStatus, parseVerifiedCode } from './shapes';

export { parseRetryAfter } from './retry-after';

export interface HttpAdapterOptions {
  /** Where the contract is served, e.g. `'/api/verify'`; `/send`, `/verify`, `/status` are appended. */
  baseUrl: string;
  /** Default the global `fetch`. Pass one to add auth, logging or a test double. */
  fetch?: typeof fetch;
  /** Extra headers on every request (e.g. a CSRF token), or a function returning them per request. */
  headers?: HeadersInit | (() => HeadersInit);
  /** `fetch` credentials mode. Default `'same-origin'`. */
  credentials?: RequestCredentials;
  /** A request still unanswered after this long fails with `timeout`. Default 15 000 ms. */
  timeoutMs?: number;
  /** Used to read an HTTP-date `Retry-After`. Default the system clock. */
  clock?: Clock;
}

export interface HttpAdapter extends VerificationAdapter {
  /** Rejects with `not_configured` when the backend answers 404 (it can't tell). */
  getStatus(opts?: AdapterCallOptions): Promise<VerificationStatus>;
  /** `POST {base}/proof`: the backend re-checks a proof it signed for this session (after a reload). */
  checkProof(req: CheckProofRequest, opts?: AdapterCallOptions): Promise<VerifiedCode>;
}

const TIMEOUT = Symbol('verikit.timeout');

/**
 * The browser side of verikit's HTTP contract (docs/http-contract.md). Every failure is a
 * VerificationError, except an abort by the caller, which rejects with the signal's reason.
 * Nothing is ever retried: a send can text a person and cost money.
 */
export function createHttpAdapter(options: HttpAdapterOptions): HttpAdapter {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;
  const clock = options.clock ?? systemClock;

  async function request(method: 'GET' | 'POST', path: string, body: unknown, signal: AbortSignal | undefined): Promise<{ status: number; json: unknown }> {
    if (signal?.aborted) throw abortReason(signal);
    const doFetch = options.fetch ?? globalThis.fetch;
    // One controller for both the caller's abort and our timeout, so either ends the request
    // (and the body read), and we can still tell them apart afterwards.
    const controller = new AbortController();
    const onAbort = (): void => controller.abort(abortReason(signal as AbortSignal));
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => controller.abort(TIMEOUT), timeoutMs);
    const extra = typeof options.headers === 'function' ? options.headers() : options.headers;
    const headers = new Headers(extra);
    headers.set('Accept', 'application/json');
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    try {
      const response = await doFetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: options.credentials ?? 'same-origin',
        signal: controller.signal,
      });
      const text = await response.text();
      let json: unknown;
      let parseError: unknown;
      try {
        json = text.length > 0 ? JSON.parse(text) : undefined;
      } catch (error) {
        parseError = error;
      }
      if (!response.ok) throw errorFromResponse(response.status, response.headers, json, clock.now());
      if (parseError !== undefined || json === undefined) {
        throw new VerificationError('unknown', 'Response is not JSON', {
          status: response.status,
          cause: parseError ?? new SyntaxError('Empty body'),
        });
      }
      return { status: response.status, json };
    } catch (error) {
      if (error instanceof VerificationError) throw error;
      if (controller.signal.aborted) {
        if (controller.signal.reason === TIMEOUT) {
          throw new VerificationError('timeout', `No answer within ${timeoutMs} ms`, { cause: error });
        }
        throw controller.signal.reason;
      }
      if (isAbortError(error)) throw error;
      // fetch rejects with a TypeError for offline, DNS, CORS and refused connections alike.
      if (error instanceof TypeError) throw new VerificationError('network', 'Network request failed', { cause: error });
      throw new VerificationError('unknown', 'Request failed', { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    async sendCode(req, opts) {
      const { channel, to, event, locale } = validateSendRequest(req);
      // The email's proof rides along with a phone send, for the server's email-then-phone rule.
      const emailProof = channel !== 'email' && typeof req.emailProof === 'string' && req.emailProof ? req.emailProof : undefined;
      const body = { channel, to, event, ...(locale ? { locale } : {}), ...(emailProof ? { emailProof } : {}) };
      const { status, json } = await request('POST', '/send', body, opts?.signal);
      return parseSentCode(json, status);
    },
    async verifyCode(req, opts) {
      const { requestId, channel, to, code, event } = validateVerifyRequest(req);
      const { status, json } = await request('POST', '/verify', { requestId, channel, to, code, event }, opts?.signal);
      return parseVerifiedCode(json, status);
    },
    async checkProof(req, opts) {
      const { channel, to, event } = validateSendRequest({ channel: req.channel, to: req.to, event: req.event });
      const { status, json } = await request('POST', '/proof', { proof: req.proof, channel, to, event }, opts?.signal);
      const verified = parseVerifiedCode(json, status);
      // The server answers with what the proof is really for; a proof for another identifier proves nothing here.
      if (verified.to !== to || (verified.channel === 'email') !== (channel === 'email')) {
        throw new VerificationError('session_expired', 'The proof is for another identifier');
      }
      return { ...verified, proof: req.proof };
    },
    async getStatus(opts) {
      const { status, json } = await request('GET', '/status', undefined, opts?.signal);
      return parseStatus(json, status);
    },
  };
}
