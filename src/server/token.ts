import { VerificationError } from '../core/errors';
import { CHANNELS, INTERACTION_EVENTS, type Channel, type InteractionEvent } from '../core/types';
import { fromBase64Url, fromUtf8, randomId, toBase64Url, utf8 } from './encoding';

/**
 * Signed tokens keep `verikit/server` stateless: the `requestId` a client gets after a send, and
 * the `proof` it gets after a verify, carry everything the server needs, signed with HMAC-SHA-256
 * (Web Crypto). They are signed, not encrypted: the client can read the claims (its own
 * destination and subject), but cannot change or forge them.
 *
 * Format: `vk1.<base64url(JSON claims)>.<base64url(HMAC over "vk1.<claims>")>`.
 */
const PREFIX = 'vk1';
/** Below this a secret is guessable offline from one token; 32 characters of randomness is ~192 bits. */
export const MIN_SECRET_LENGTH = 32;
/** Tokens longer than this are refused before any crypto runs (a cheap guard against junk input). */
export const MAX_TOKEN_LENGTH = 4096;

/** `req`: a requestId (send → verify). `proof`: a finished verification, for the app's own backend. */
export type TokenType = 'req' | 'proof';

export interface TokenClaims {
  /** Token type; a requestId can never be used as a proof, nor the reverse. */
  t: TokenType;
  /** The provider's own reference for this verification (e.g. a YCloud verification id), if any. */
  ref?: string;
  ch: Channel;
  /** Destination: an email address or an E.164 number. */
  to: string;
  /** Subject from the app's session (`getSubject`); a token only works for the subject it was issued to. */
  sub: string;
  ev: InteractionEvent;
  /** Issued at, epoch ms. */
  iat: number;
  /** Expires at, epoch ms. */
  exp: number;
  /** Unique id of this token: lets an app recognise a replayed proof. */
  jti: string;
  /** Provider name, so a proof says which backend verified it. */
  p: string;
  /** Audience: the app (or service) a proof is meant for, from the handler's `audience` option. */
  aud?: string;
}

/** What `verifyProof` tells the app's backend about a verification. */
export interface ProofClaims {
  /** Unique per verification: store it to refuse a replayed proof. */
  id: string;
  subject: string;
  channel: Channel;
  to: string;
  event: InteractionEvent;
  provider: string;
  /** Issued at (epoch ms): when the code was verified. */
  issuedAt: number;
  expiresAt: number;
  /** The handler's `audience`, when it has one. */
  audience?: string;
}

/**
 * What the app expects a proof to say. Every field given must match, or the proof is refused:
 * a proof for another user, address, channel, event or app is worth nothing here.
 */
export interface ProofExpectation {
  subject?: string;
  to?: string;
  channel?: Channel;
  event?: InteractionEvent;
  /** Must equal the handler's `audience`. Required when the proof carries one. */
  audience?: string;
  /** Clock, for tests. Default `Date.now()`. */
  now?: number;
}

/** Where `verifyProof` records used proof ids, for `singleUse`. */
export interface ProofReplayStore {
  claim(key: string, ttlMs: number, now: number): Promise<boolean>;
}

export interface VerifyProofOptions {
  /** Refuse a proof presented a second time. Needs `store`. Default false. */
  singleUse?: boolean;
  /** The handler's `LimitStore` (memory or Redis): a used proof's id stays recorded until the proof expires. */
  store?: ProofReplayStore;
}

const keys = new Map<string, Promise<CryptoKey>>();

export function assertSecret(secret: unknown): asserts secret is string {
  if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) {
    // The message names the rule, never the value.
    throw new TypeError(`verikit/server: secret must be a string of at least ${MIN_SECRET_LENGTH} characters`);
  }
}

export function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    // Bounded: an app has one or two secrets (rotation); never let the cache grow without limit.
    if (keys.size > 8) keys.clear();
    keys.set(secret, key);
  }
  return key;
}

export async function signToken(
  claims: Omit<TokenClaims, 'jti'> & { jti?: string },
  secret: string,
): Promise<string> {
  assertSecret(secret);
  const full: TokenClaims = { ...claims, jti: claims.jti ?? randomId() };
  const body = `${PREFIX}.${toBase64Url(utf8(JSON.stringify(full)))}`;
  const signature = await crypto.subtle.sign('HMAC', await hmacKey(secret), utf8(body));
  return `${body}.${toBase64Url(new Uint8Array(signature))}`;
}

function expired(message: string): VerificationError {
  // One code for every failure: a client learns nothing about which check failed.
  return new VerificationError('session_expired', message, { status: 401 });
}

function isClaims(value: unknown): value is TokenClaims {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    (c.t === 'req' || c.t === 'proof') &&
    (c.ref === undefined || typeof c.ref === 'string') &&
    CHANNELS.includes(c.ch as Channel) &&
    typeof c.to === 'string' &&
    typeof c.sub === 'string' &&
    INTERACTION_EVENTS.includes(c.ev as InteractionEvent) &&
    Number.isFinite(c.iat) &&
    Number.isFinite(c.exp) &&
    typeof c.jti === 'string' &&
    typeof c.p === 'string' &&
    (c.aud === undefined || typeof c.aud === 'string')
  );
}

/**
 * Checks signature, type and expiry. Any failure (tampered, truncated, wrong type, wrong secret,
 * expired) throws `session_expired`.
 */
export async function verifyToken(token: unknown, secret: string, type: TokenType, now: number = Date.now()): Promise<TokenClaims> {
  assertSecret(secret);
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) throw expired('Malformed token');
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) throw expired('Malformed token');
  const [, payload = '', sig = ''] = parts;
  const signature = fromBase64Url(sig);
  const payloadBytes = fromBase64Url(payload);
  if (!signature || !payloadBytes) throw expired('Malformed token');
  // crypto.subtle.verify compares in constant time; never compare signatures with ===.
  const ok = await crypto.subtle.verify('HMAC', await hmacKey(secret), signature, utf8(`${PREFIX}.${payload}`));
  if (!ok) throw expired('Bad token signature');
  let claims: unknown;
  try {
    claims = JSON.parse(fromUtf8(payloadBytes));
  } catch {
    throw expired('Malformed token');
  }
  if (!isClaims(claims)) throw expired('Malformed token');
  if (claims.t !== type) throw expired('Wrong token type');
  if (now >= claims.exp) throw expired('Token expired');
  return claims;
}

/**
 * For the app's own backend: checks a `proof` from `POST {base}/verify` and says what it proves.
 * Throws a `VerificationError('session_expired')` when it is forged, tampered, swapped (a requestId
 * is not a proof), expired, when it does not match `expect`, or (with `singleUse`) when it was
 * already presented. Without `singleUse` a proof can be presented more than once until it expires.
 */
export async function verifyProof(
  token: string,
  secret: string,
  expect: ProofExpectation = {},
  options: VerifyProofOptions = {},
): Promise<ProofClaims> {
  const now = expect.now ?? Date.now();
  const c = await verifyToken(token, secret, 'proof', now);
  const mismatch =
    (expect.subject !== undefined && c.sub !== expect.subject) ||
    (expect.to !== undefined && c.to !== expect.to) ||
    (expect.channel !== undefined && c.ch !== expect.channel) ||
    (expect.event !== undefined && c.ev !== expect.event) ||
    // An audience on either side must be on both, and equal.
    (c.aud !== undefined || expect.audience !== undefined ? c.aud !== expect.audience : false);
  if (mismatch) throw expired('Proof does not match what was expected');
  if (options.singleUse) {
    if (!options.store) throw new TypeError('verifyProof: singleUse needs a store');
    if (!(await options.store.claim(`proof:${c.jti}`, c.exp - now, now))) throw expired('Proof already used');
  }
  return {
    id: c.jti,
    subject: c.sub,
    channel: c.ch,
    to: c.to,
    event: c.ev,
    provider: c.p,
    issuedAt: c.iat,
    expiresAt: c.exp,
    ...(c.aud !== undefined && { audience: c.aud }),
  };
}
