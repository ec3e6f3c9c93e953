import { VerificationError } from '../core/errors';
import { CHANNELS, INTERACTION_EVENTS, type Channel, type InteractionEvent } from '../core/types';
import { validateIdentifier } from '../core/identifiers/validate';
import { hardenEmail } from './email';
import { HttpProblem } from './http-errors';

/**
 * Shapes of the two POST bodies (docs/http-contract.md). Unknown fields are ignored on purpose:
 * in particular a body naming a user id (`user_id`, `subject`, ...) has no effect, since the subject
 * only ever comes from `getSubject(request)`.
 */
export interface SendBody {
  channel: Channel;
  to: string;
  event: InteractionEvent;
  locale?: string;
}

export interface VerifyBody {
  requestId: string;
  channel: Channel;
  to: string;
  code: string;
  event: InteractionEvent;
}

// BCP 47 tags are short; anything else is ignored rather than passed to a provider.
const LOCALE = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}$/;
// Codes are 4–8 characters at every seed backend; allow some slack, never arbitrary text.
const CODE = /^[A-Za-z0-9]{1,16}$/;

/** A body field the client sent itself (never one inherited from Object.prototype). */
export function field(body: Record<string, unknown>, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(body, name) ? body[name] : undefined;
}

function channelOf(body: Record<string, unknown>): Channel {
  const channel = field(body, 'channel');
  if (!CHANNELS.includes(channel as Channel)) throw new HttpProblem(400, 'channel must be one of email, sms, voice, whatsapp');
  return channel as Channel;
}

function eventOf(body: Record<string, unknown>): InteractionEvent {
  const event = field(body, 'event');
  if (!INTERACTION_EVENTS.includes(event as InteractionEvent)) {
    throw new HttpProblem(400, 'event must be one of SignIn, Register, ForgotPassword');
  }
  return event as InteractionEvent;
}

/**
 * Email: trimmed, domain lower-cased (the local part is case-sensitive by RFC). Phone: E.164 as is.
 * The same rule every browser adapter applies (src/core/identifiers), so the destination a client
 * sends and the one signed into its requestId compare equal.
 */
export function normaliseDestination(channel: Channel, raw: unknown): string {
  if (typeof raw !== 'string') throw new VerificationError('invalid_identifier', 'to must be a string');
  const normalised = validateIdentifier(channel, raw);
  return channel === 'email' ? hardenEmail(normalised) : normalised;
}

export function parseSendBody(body: Record<string, unknown>): SendBody {
  const channel = channelOf(body);
  const event = eventOf(body);
  const to = normaliseDestination(channel, field(body, 'to'));
  const locale = field(body, 'locale');
  const result: SendBody = { channel, to, event };
  if (typeof locale === 'string' && LOCALE.test(locale)) result.locale = locale;
  return result;
}

export function parseVerifyBody(body: Record<string, unknown>): VerifyBody {
  const channel = channelOf(body);
  const event = eventOf(body);
  const requestId = field(body, 'requestId');
  // A missing or non-string requestId can't name a session: same answer as a forged one.
  if (typeof requestId !== 'string' || requestId.length === 0) {
    throw new VerificationError('session_expired', 'requestId is missing');
  }
  const to = normaliseDestination(channel, field(body, 'to'));
  const code = field(body, 'code');
  if (typeof code !== 'string' || !CODE.test(code)) throw new VerificationError('invalid_code', 'Malformed code');
  return { requestId, channel, to, code, event };
}
