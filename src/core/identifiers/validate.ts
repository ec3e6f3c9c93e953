import { VerificationError } from '../errors';
import { CHANNELS, INTERACTION_EVENTS, identifierKind, type Channel, type InteractionEvent } from '../types';
import { normalizeEmail } from './email';
import { isE164 } from './phone';

/**
 * The check every adapter runs before it makes a request: the channel and event are known,
 * and `to` is an email address (for `email`) or an E.164 number (for phone channels).
 * Returns `to` normalised (trimmed, lower-case email domain). Sync, and loads no phone
 * metadata: by the time a request is made the UI has already normalised the number.
 */
export function validateIdentifier(channel: Channel, to: string): string {
  if (!CHANNELS.includes(channel)) {
    throw new VerificationError('invalid_identifier', `Unknown channel ${JSON.stringify(channel)}`);
  }
  if (identifierKind(channel) === 'email') return normalizeEmail(to);
  const phone = typeof to === 'string' ? to.trim() : '';
  if (!isE164(phone)) throw new VerificationError('invalid_identifier', 'Phone numbers must be E.164, e.g. +14155550123');
  return phone;
}

/** A code that can't be right (empty, too long, odd characters) never leaves the browser. */
const CODE_SHAPE = /^[0-9A-Za-z]{1,16}$/;

interface SendShape {
  channel: Channel;
  to: string;
  event: InteractionEvent;
  locale?: string;
}
interface VerifyShape {
  requestId: string;
  channel: Channel;
  to: string;
  code: string;
  event: InteractionEvent;
}

function checkEvent(event: InteractionEvent): void {
  if (!INTERACTION_EVENTS.includes(event)) {
    throw new VerificationError('unknown', `Unknown event ${JSON.stringify(event)}`);
  }
}

/** Validates a send request; returns it with `to` normalised. */
export function validateSendRequest<T extends SendShape>(req: T): T {
  const to = validateIdentifier(req.channel, req.to);
  checkEvent(req.event);
  return { ...req, to };
}

/** Validates a verify request; returns it with `to` normalised. */
export function validateVerifyRequest<T extends VerifyShape>(req: T): T {
  const to = validateIdentifier(req.channel, req.to);
  checkEvent(req.event);
  if (typeof req.requestId !== 'string' || req.requestId.length === 0) {
    throw new VerificationError('session_expired', 'Missing requestId: send a code first');
  }
  if (typeof req.code !== 'string' || !CODE_SHAPE.test(req.code)) {
    throw new VerificationError('invalid_code', 'The code is empty or has characters no code has');
  }
  return { ...req, to };
}
