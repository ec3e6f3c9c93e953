import { VERIFICATION_ERROR_CODES, VerificationError, type VerificationErrorCode } from '../../core/errors';
import { CHANNELS, type Channel, type SentCode, type VerificationStatus, type VerifiedCode } from '../../core/types';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isChannel(value: unknown): value is Channel {
  return CHANNELS.includes(value as Channel);
}

function optionalNumber(body: Json, key: string): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`"${key}" is not a number`);
  return value;
}

function malformed(what: string, cause: unknown): VerificationError {
  return new VerificationError('unknown', `Malformed ${what} response`, { cause });
}

/** Checks a `/send` 200 body against the contract; anything else is `unknown`. */
export function parseSentCode(body: unknown, status: number): SentCode {
  try {
    if (!isObject(body)) throw new TypeError('Body is not an object');
    const { requestId, channel, to } = body;
    if (typeof requestId !== 'string' || requestId.length === 0) throw new TypeError('"requestId" is missing');
    if (!isChannel(channel)) throw new TypeError('"channel" is not a channel');
    if (typeof to !== 'string' || to.length === 0) throw new TypeError('"to" is missing');
    const sent: SentCode = { requestId, channel, to };
    const codeLength = optionalNumber(body, 'codeLength');
    const expiresAt = optionalNumber(body, 'expiresAt');
    const resendAvailableAt = optionalNumber(body, 'resendAvailableAt');
    if (codeLength !== undefined) sent.codeLength = codeLength;
    if (expiresAt !== undefined) sent.expiresAt = expiresAt;
    if (resendAvailableAt !== undefined) sent.resendAvailableAt = resendAvailableAt;
    return sent;
  } catch (error) {
    throw malformed('send', { error, status, body });
  }
}

/** Checks a `/verify` 200 body against the contract. */
export function parseVerifiedCode(body: unknown, status: number): VerifiedCode {
  try {
    if (!isObject(body)) throw new TypeError('Body is not an object');
    const { channel, to, proof } = body;
    if (!isChannel(channel)) throw new TypeError('"channel" is not a channel');
    if (typeof to !== 'string' || to.length === 0) throw new TypeError('"to" is missing');
    if (proof !== undefined && proof !== null && typeof proof !== 'string') throw new TypeError('"proof" is not a string');
    return typeof proof === 'string' ? { channel, to, proof } : { channel, to };
  } catch (error) {
    throw malformed('verify', { error, status, body });
  }
}

function parseStatusEntry(value: unknown, key: string): { to?: string; verified: boolean } | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value) || typeof value.verified !== 'boolean') throw new TypeError(`"${key}" is not a status`);
  if (value.to !== undefined && typeof value.to !== 'string') throw new TypeError(`"${key}.to" is not a string`);
  return typeof value.to === 'string' ? { to: value.to, verified: value.verified } : { verified: value.verified };
}

/** Checks a `/status` 200 body against the contract. */
export function parseStatus(body: unknown, status: number): VerificationStatus {
  try {
    if (!isObject(body)) throw new TypeError('Body is not an object');
    const result: VerificationStatus = {};
    const email = parseStatusEntry(body.email, 'email');
    const phone = parseStatusEntry(body.phone, 'phone');
    if (email) result.email = email;
    if (phone) result.phone = phone;
    return result;
  } catch (error) {
    throw malformed('status', { error, status, body });
  }
}

/** The `{ error: { code, message, retryAfterMs?, attemptsLeft? } }` body, or null if it isn't one. */
export function parseErrorBody(body: unknown): { code: VerificationErrorCode; message?: string; retryAfterMs?: number; attemptsLeft?: number; proof?: string } | null {
  if (!isObject(body) || !isObject(body.error)) return null;
  const { code, message, retryAfterMs, attemptsLeft, proof } = body.error;
  if (!VERIFICATION_ERROR_CODES.includes(code as VerificationErrorCode)) return null;
  const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);
  return {
    code: code as VerificationErrorCode,
    message: typeof message === 'string' ? message : undefined,
    retryAfterMs: num(retryAfterMs),
    attemptsLeft: num(attemptsLeft),
    // Only `already_verified` may carry the server's proof for the identifier.
    proof: code === 'already_verified' && typeof proof === 'string' && proof.length > 0 ? proof : undefined,
  };
}
