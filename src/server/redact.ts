import { isVerificationError, VerificationError } from '../core/errors';

/** Field names whose values are credentials wherever they appear (headers, bodies, options). */
const SECRET_FIELD = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api[-_]?key|client[-_]?secret|secret|password|access[-_]?token|refresh[-_]?token|id[-_]?token|token)$/i;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;
const REDACTED = '[redacted]';
const MAX_DEPTH = 8;

function scrubText(text: string, secrets: readonly string[]): string {
  let out = text.replace(BEARER, `$1 ${REDACTED}`);
  for (const secret of secrets) if (secret.length >= 8 && out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out;
}

function scrub(value: unknown, secrets: readonly string[], depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return scrubText(value, secrets);
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH || seen.has(value)) return REDACTED;
  seen.add(value);
  if (value instanceof Headers) {
    const out: Record<string, string> = {};
    value.forEach((v, k) => {
      out[k] = SECRET_FIELD.test(k) ? REDACTED : scrubText(v, secrets);
    });
    return out;
  }
  if (Array.isArray(value)) return value.map((item) => scrub(item, secrets, depth + 1, seen));
  if (value instanceof Error) {
    const copy = new Error(scrubText(value.message, secrets));
    copy.name = value.name;
    return copy;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = SECRET_FIELD.test(key) ? REDACTED : scrub(item, secrets, depth + 1, seen);
  return out;
}

/**
 * What `onError` gets: the same error, with credentials taken out of its `cause` and message.
 * Upstream request headers (Authorization, X-API-Key, cookies) and any body or text that echoes a
 * known secret (the handler's, the provider's keys) become `[redacted]`.
 */
export function redactError(error: unknown, secrets: readonly string[]): unknown {
  if (!isVerificationError(error)) return error;
  const copy = new VerificationError(error.code, scrubText(error.message, secrets), {
    ...(error.retryAfterMs !== undefined && { retryAfterMs: error.retryAfterMs }),
    ...(error.attemptsLeft !== undefined && { attemptsLeft: error.attemptsLeft }),
    ...(error.status !== undefined && { status: error.status }),
    ...(error.cause !== undefined && { cause: scrub(error.cause, secrets, 0, new WeakSet()) }),
  });
  return copy;
}
