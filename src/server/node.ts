import type { VerificationHandler } from './handler';

/**
 * The parts of Node's `IncomingMessage`/`ServerResponse` this adapter uses, typed structurally so
 * `verikit/server` needs no `node:` import and stays loadable in workers.
 */
export interface NodeRequestLike {
  method?: string;
  url?: string;
  /** Express and Connect keep the full path here when a mount path was stripped from `url`. */
  originalUrl?: string;
  headers: Record<string, string | string[] | undefined>;
  /** Express's `express.json()` leaves the parsed body here after consuming the stream. */
  body?: unknown;
  readableEnded?: boolean;
  /** A TLS socket has `encrypted: true`. */
  socket?: unknown;
  on(event: 'data', listener: (chunk: Uint8Array | string) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  pause?(): unknown;
  resume?(): unknown;
  destroy?(error?: Error): unknown;
}

export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string | string[]): unknown;
  end(chunk?: Uint8Array | string, callback?: () => void): unknown;
  headersSent?: boolean;
  on?(event: 'close', listener: () => void): unknown;
}

export interface NodeListenerOptions {
  /** Origin used to build the Request URL when the Host header is absent. Default `http://localhost`. */
  origin?: string;
  /**
   * Called for a path that is not one of the handler's routes when the framework gives no `next`
   * of its own (plain `http.createServer`, or to chain a fallback). Express/Connect pass `next` as
   * the third argument, which is used first. Default: answer the handler's 404.
   */
  next?: (error?: unknown) => void;
}

function toHeaders(raw: NodeRequestLike['headers']): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  return headers;
}

/**
 * Streams the Node body so the handler's 8 KB cap stops reading early instead of buffering it all.
 * When the handler gives up (body too large), the rest of the upload is drained, not the socket
 * destroyed: destroying it first would lose the 413 the client is about to be sent.
 */
function toStream(req: NodeRequestLike, state: { cancelled: boolean }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk) => {
        if (state.cancelled) return;
        controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : new Uint8Array(chunk));
        // Back-pressure: stop the socket until the handler pulls again.
        if ((controller.desiredSize ?? 1) <= 0) req.pause?.();
      });
      req.on('end', () => {
        if (!state.cancelled) controller.close();
      });
      req.on('error', (error) => {
        if (!state.cancelled) controller.error(error);
      });
    },
    pull() {
      req.resume?.();
    },
    cancel() {
      state.cancelled = true;
      req.resume?.();
    },
  });
}

/** The path this request really has: Express strips a mount path from `url` and keeps it in `originalUrl`. */
function fullUrl(req: NodeRequestLike): string {
  return req.originalUrl ?? req.url ?? '/';
}

/**
 * Adapts a Fetch-API handler to Node's `http.createServer` and to Express/Connect middleware
 * signatures `(req, res)` / `(req, res, next)`. Works whether or not `express.json()` ran first,
 * and both as `app.use(listener)` and `app.use('/api/verify', listener)`: the path is read from
 * `req.originalUrl`. A path that is not one of the handler's routes goes to `next()`, so routes
 * registered after the listener still answer.
 */
export function toNodeListener(handler: VerificationHandler, options: NodeListenerOptions = {}) {
  return function listener(req: NodeRequestLike, res: NodeResponseLike, next?: (error?: unknown) => void): void {
    const host = Array.isArray(req.headers.host) ? req.headers.host[0] : req.headers.host;
    const origin = host ? `${(req.socket as { encrypted?: boolean } | undefined)?.encrypted ? 'https' : 'http'}://${host}` : (options.origin ?? 'http://localhost');
    let url: URL;
    try {
      url = new URL(fullUrl(req), origin);
    } catch {
      url = new URL('/', options.origin ?? 'http://localhost');
    }
    const pass = next ?? options.next;
    if (pass && handler.serves && !handler.serves(url.pathname)) {
      pass();
      return;
    }
    const state = { cancelled: false };
    void (async () => {
      const method = (req.method ?? 'GET').toUpperCase();
      const headers = toHeaders(req.headers);
      const controller = new AbortController();
      res.on?.('close', () => controller.abort());

      let body: BodyInit | undefined;
      if (method !== 'GET' && method !== 'HEAD') {
        if (req.readableEnded && req.body !== undefined) {
          // A body parser already consumed the stream: re-serialise what it parsed.
          body = typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
          headers.delete('content-length');
        } else {
          body = toStream(req, state);
        }
      }
      const init: RequestInit & { duplex?: 'half' } = { method, headers, signal: controller.signal };
      if (body !== undefined) {
        init.body = body;
        init.duplex = 'half';
      }
      const response = await handler(new Request(url, init));
      res.statusCode = response.status;
      response.headers.forEach((value, name) => res.setHeader(name, value));
      const unread = state.cancelled && !req.readableEnded;
      // Part of the upload is still coming: close the connection once the answer is out, rather
      // than read an endless body, and say so.
      if (unread) res.setHeader('connection', 'close');
      res.end(new Uint8Array(await response.arrayBuffer()), () => {
        if (unread) req.destroy?.();
      });
    })().catch((error: unknown) => {
      if (next) return next(error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('content-type', 'application/json; charset=utf-8');
      }
      res.end(JSON.stringify({ error: { code: 'unknown', message: 'Unexpected server error' } }));
    });
  };
}
