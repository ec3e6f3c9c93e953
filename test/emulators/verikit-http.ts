import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { createManualClock, type ManualClock } from '../../src/core/clock';
import { createDemoEngine, type DemoEngine, type DemoEngineOptions } from '../../src/core/demo';
import { isVerificationError, VerificationError, type VerificationErrorCode } from '../../src/core/errors';
import { sendNeedsVerifiedEmail } from '../../src/core/flow/ordering';
import { CHANNELS, identifierKind, INTERACTION_EVENTS, type Channel, type InteractionEvent } from '../../src/core/types';
import { HTTP_STATUS_FOR_ERROR } from '../../src/core/http-status';

/**
 * An msw emulator of verikit's HTTP contract (docs/http-contract.md) over the demo engine.
 * Strict on purpose: a request the contract doesn't allow (wrong method, content type, extra
 * or missing fields, a body over 8 KB) gets a 400, so an adapter can't pass by being sloppy.
 */
export type EmulatorFault = 'network' | 'timeout' | 'malformed' | 'not-json';

export interface VerikitHttpEmulatorOptions extends Omit<DemoEngineOptions, 'clock'> {
  /** Default `https://verikit.test/api/verify`. */
  baseUrl?: string;
  clock?: ManualClock;
}

export interface VerikitHttpEmulator {
  readonly handlers: HttpHandler[];
  readonly engine: DemoEngine;
  readonly clock: ManualClock;
  readonly baseUrl: string;
  /** Requests that reached the emulator, refused and faulted ones included. */
  readonly requestCount: number;
  /** Every request body the emulator parsed, for tests that check what went over the wire. */
  readonly bodies: unknown[];
  /** The next request fails this way. */
  injectFault(fault: EmulatorFault): void;
  /** A fresh engine, no faults, no counts. */
  reset(): void;
}


const MAX_BODY = 8 * 1024;

function errorResponse(
  code: VerificationErrorCode,
  message: string,
  extra: { retryAfterMs?: number; attemptsLeft?: number } = {},
  status = HTTP_STATUS_FOR_ERROR[code],
) {
  const headers: Record<string, string> = {};
  if (extra.retryAfterMs !== undefined) headers['Retry-After'] = String(Math.ceil(extra.retryAfterMs / 1000));
  return HttpResponse.json({ error: { code, message, ...extra } }, { status, headers });
}

class BadRequest extends Error {}

async function readBody(request: Request, fields: Record<string, 'string' | 'channel' | 'event' | 'string?'>): Promise<Record<string, string>> {
  if (!(request.headers.get('Content-Type') ?? '').startsWith('application/json')) throw new BadRequest('Content-Type must be application/json');
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY) throw new BadRequest('Body over 8 KB');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BadRequest('Body is not JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new BadRequest('Body is not an object');
  const record = body as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!(key in fields)) throw new BadRequest(`Unexpected field "${key}"`);
  for (const [key, kind] of Object.entries(fields)) {
    const value = record[key];
    if (kind === 'string?' && value === undefined) continue;
    if (typeof value !== 'string') throw new BadRequest(`"${key}" must be a string`);
    if (kind === 'channel' && !CHANNELS.includes(value as never)) throw new BadRequest('Unknown channel');
    if (kind === 'event' && !INTERACTION_EVENTS.includes(value as never)) throw new BadRequest('Unknown event');
  }
  return record as Record<string, string>;
}

export function createVerikitHttpEmulator(options: VerikitHttpEmulatorOptions = {}): VerikitHttpEmulator {
  const baseUrl = (options.baseUrl ?? 'https://verikit.test/api/verify').replace(/\/+$/, '');
  const clock = options.clock ?? createManualClock(Date.UTC(2026, 0, 1));
  const make = (): DemoEngine => createDemoEngine({ ...options, clock });
  let engine = make();
  let faults: EmulatorFault[] = [];
  let requestCount = 0;
  let bodies: unknown[] = [];

  /** Runs the shared parts of every route: counting, faults, bad requests, engine errors. */
  async function handle(request: Request, run: () => Promise<Response> | Response): Promise<Response> {
    requestCount += 1;
    const fault = faults.shift();
    if (fault === 'network') return HttpResponse.error();
    if (fault === 'timeout') {
      await delay('infinite');
    }
    try {
      const response = await run();
      if (fault === 'malformed') return HttpResponse.json({ ok: true, data: null }, { status: 200 });
      if (fault === 'not-json') return new HttpResponse('<html>Bad gateway</html>', { status: 200, headers: { 'Content-Type': 'text/html' } });
      return response;
    } catch (error) {
      // The contract has no code for a malformed request: it is a client bug, not a user error.
      if (error instanceof BadRequest) return errorResponse('unknown', `Bad request: ${error.message}`, {}, 400);
      if (isVerificationError(error)) {
        return errorResponse(error.code, error.message, { retryAfterMs: error.retryAfterMs, attemptsLeft: error.attemptsLeft });
      }
      return errorResponse('unknown', 'Internal error');
    }
  }

  const handlers: HttpHandler[] = [
    http.post(`${baseUrl}/send`, ({ request }) =>
      handle(request, async () => {
        const body = await readBody(request, { channel: 'channel', to: 'string', event: 'event', locale: 'string?', emailProof: 'string?' });
        bodies.push(body);
        const { emailProof, ...send } = body;
        const kind = identifierKind(send.channel as Channel);
        // The contract's ordering: an ordered phone send carries a proof of a verified email.
        if (sendNeedsVerifiedEmail({ kind, accountType: engine.accountType, event: send.event as InteractionEvent, ordering: options.ordering })) {
          const proven = emailProof ? (() => { try { return engine.checkProof(emailProof); } catch { return null; } })() : null;
          if (proven?.channel !== 'email') throw new VerificationError('order_violation', 'No valid email proof');
        }
        return HttpResponse.json(engine.send(send as never));
      }),
    ),
    http.post(`${baseUrl}/verify`, ({ request }) =>
      handle(request, async () => {
        const body = await readBody(request, { requestId: 'string', channel: 'channel', to: 'string', code: 'string', event: 'event' });
        bodies.push(body);
        return HttpResponse.json(engine.verify(body as never));
      }),
    ),
    // The contract's status has no proofs: the engine's are dropped.
    http.get(`${baseUrl}/status`, ({ request }) =>
      handle(request, () => {
        const { email, phone } = engine.status();
        const strip = (e?: { to?: string; verified: boolean }) => (e ? { ...(e.to !== undefined && { to: e.to }), verified: e.verified } : undefined);
        return HttpResponse.json({ email: strip(email), phone: strip(phone) });
      }),
    ),
    http.post(`${baseUrl}/proof`, ({ request }) =>
      handle(request, async () => {
        const body = await readBody(request, { proof: 'string', channel: 'channel', to: 'string', event: 'event' });
        bodies.push(body);
        const proven = engine.checkProof(body.proof as string);
        if (proven.to !== body.to || (proven.channel === 'email') !== (body.channel === 'email')) {
          throw new VerificationError('session_expired', 'The proof is for another identifier');
        }
        return HttpResponse.json({ channel: proven.channel, to: proven.to, proof: body.proof });
      }),
    ),
    // Any other method or path under the base is not part of the contract.
    http.all(`${baseUrl}/*`, () => HttpResponse.json({ error: { code: 'unknown', message: 'Not part of the contract' } }, { status: 404 })),
  ];

  return {
    handlers,
    get engine() {
      return engine;
    },
    clock,
    baseUrl,
    get requestCount() {
      return requestCount;
    },
    get bodies() {
      return bodies;
    },
    injectFault(fault) {
      faults.push(fault);
    },
    reset() {
      engine = make();
      faults = [];
      requestCount = 0;
      bodies = [];
    },
  };
}
