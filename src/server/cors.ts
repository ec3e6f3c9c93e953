import { isProduction } from './production';

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

/**
 * Refuses, in production, a predicate that accepts any origin: with credentials that lets every
 * website on the internet send codes as the signed-in user. Probed with origins nobody owns.
 */
export function checkCors(cors: CorsOptions | undefined): void {
  if (!cors || typeof cors.origins !== 'function' || !isProduction()) return;
  const probes = ['https://verikit-probe.invalid', `https://${crypto.randomUUID()}.example`, 'null'];
  if (probes.some((origin) => (cors.origins as (origin: string) => boolean)(origin))) {
    throw new TypeError(
      'verikit/server: cors.origins accepts any origin (it allowed https://verikit-probe.invalid). In production, list the allowed origins or make the predicate check them.',
    );
  }
}

export function allowedOrigin(cors: CorsOptions | undefined, request: Request): string | null {
  const origin = request.headers.get('origin');
  if (!cors || !origin) return null;
  const ok = typeof cors.origins === 'function' ? cors.origins(origin) : cors.origins.includes(origin);
  return ok ? origin : null;
}

/** Headers for an actual (non-preflight) response to an allowed origin. */
/** Every response varies by Origin once CORS is on, allowed or not: a shared cache must not serve one origin's answer to another. */
export const VARY_ORIGIN: Readonly<Record<string, string>> = { vary: 'Origin' };

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
