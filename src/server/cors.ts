/**
 * CORS is off unless configured: the handler is meant to run on the page's own origin, where the
 * session cookie that `getSubject` reads is sent anyway. Turn it on only for a known list of origins.
 */
export interface CorsOptions {
  /** Allowed origins: exact strings (`https://app.example.com`), or a predicate. Never a wildcard. */
  origins: readonly string[] | ((origin: string) => boolean);
  /** Send `Access-Control-Allow-Credentials: true`, so cookies cross origins. Default false. */
  credentials?: boolean;
  /** Extra request headers the browser may send (e.g. a CSRF or session header). */
  allowHeaders?: readonly string[];
  /** How long a browser may cache a preflight answer. Default 600 s. */
  maxAgeSeconds?: number;
}

export function allowedOrigin(cors: CorsOptions | undefined, request: Request): string | null {
  const origin = request.headers.get('origin');
  if (!cors || !origin) return null;
  const ok = typeof cors.origins === 'function' ? cors.origins(origin) : cors.origins.includes(origin);
  return ok ? origin : null;
}

/** Headers for an actual (non-preflight) response to an allowed origin. */
export function corsHeaders(cors: CorsOptions, origin: string): Record<string, string> {
  const headers: Record<string, string> = {
    'access-control-allow-origin': origin,
    vary: 'Origin',
    // The client reads Retry-After to honour a rate limit.
    'access-control-expose-headers': 'Retry-After',
  };
  if (cors.credentials) headers['access-control-allow-credentials'] = 'true';
  return headers;
}

export function preflightHeaders(cors: CorsOptions, origin: string, methods: readonly string[]): Record<string, string> {
  return {
    ...corsHeaders(cors, origin),
    'access-control-allow-methods': [...methods, 'OPTIONS'].join(', '),
    'access-control-allow-headers': ['content-type', ...(cors.allowHeaders ?? [])].join(', '),
    'access-control-max-age': String(cors.maxAgeSeconds ?? 600),
  };
}
