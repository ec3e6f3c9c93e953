import { systemClock, type Clock } from '../../core/clock';
import { VerificationError } from '../../core/errors';
import { validateSendRequest, validateVerifyRequest } from '../../core/identifiers/validate';
import type { Channel, InteractionEvent } from '../../core/types';
import type { AdapterCallOptions, VerificationAdapter } from '../types';
import { logtoCode, logtoError, NO_INTERACTION } from './errors';
import { callLogto, type LogtoAnswer } from './request';

export { LOGTO_EXPERIENCE_ERRORS } from './errors';

export interface LogtoAdapterOptions {
  /** Logto's origin, e.g. `https://auth.example.com`. Default `''`: the page's own origin (custom sign-in UI). */
  endpoint?: string;
  /** Default the global `fetch`. */
  fetch?: typeof fetch;
  /** Default `'same-origin'`; `'include'` when the page and Logto are on different origins of one site. */
  credentials?: RequestCredentials;
  /** A call unanswered after this long fails with `timeout`. Default 15 000 ms. */
  timeoutMs?: number;
  /**
   * `'auto'` (default): start the interaction with `PUT /api/experience` before the first send,
   * and switch it when the event changes. `'external'`: the page manages the interaction itself.
   */
  interaction?: 'auto' | 'external';
  clock?: Clock;
}

/** Logto generates 6-digit codes that live 10 minutes (packages/core/src/libraries/passcode.ts). */
const LOGTO_CODE_LENGTH = 6;
const LOGTO_CODE_TTL_MS = 10 * 60 * 1000;
/** The Experience API's only switchable events (`PUT /api/experience/interaction-event`). */
const SWITCHABLE: readonly InteractionEvent[] = ['SignIn', 'Register'];

/** Logto's identifier: `{type: 'email'|'phone', value}`; phone numbers are digits only, no `+` (regex `^\d+$`). */
function identifierFor(channel: Channel, to: string): { type: 'email' | 'phone'; value: string } {
  return channel === 'email' ? { type: 'email', value: to } : { type: 'phone', value: to.replace(/^\+/, '') };
}

function requireCodeChannel(channel: Channel): void {
  // Logto delivers codes through its email and SMS connectors only.
  if (channel === 'voice' || channel === 'whatsapp') throw new VerificationError('not_configured', `Logto does not deliver codes by ${channel}`);
}

function verificationIdOf(answer: LogtoAnswer): string {
  const id = (answer.json as { verificationId?: unknown } | undefined)?.verificationId;
  if (typeof id !== 'string' || id.length === 0) {
    throw new VerificationError('unknown', 'Logto answered without a verificationId', {
      status: answer.status,
      cause: answer.parseError ?? { status: answer.status, body: answer.json },
    });
  }
  return id;
}

/**
 * `verikit/adapters/logto`: the Logto Experience API, called from the browser on Logto's own
 * origin with its cookie session. The verificationId is both the `requestId` and the `proof`
 * (the page passes it to `POST /api/experience/identification`). Error table: docs/adapters/logto.md.
 */
export function createLogtoAdapter(options: LogtoAdapterOptions = {}): VerificationAdapter {
  const endpoint = (options.endpoint ?? '').replace(/\/+$/, '');
  const clock = options.clock ?? systemClock;
  const auto = (options.interaction ?? 'auto') === 'auto';
  const timeoutMs = options.timeoutMs ?? 15_000;
  const credentials = options.credentials ?? 'same-origin';
  // The event of the interaction this adapter started, or null before the first one.
  let interactionEvent: InteractionEvent | null = null;

  const call = (method: 'PUT' | 'POST', path: string, body: unknown, signal?: AbortSignal) =>
    callLogto({ fetch: options.fetch ?? globalThis.fetch, url: `${endpoint}${path}`, method, body, credentials, timeoutMs, ...(signal && { signal }) });

  async function ensureInteraction(event: InteractionEvent, signal?: AbortSignal): Promise<void> {
    if (!auto || interactionEvent === event) return;
    // SignIn ⇄ Register can switch in place, keeping verified records; anything else starts over.
    const switchInPlace = interactionEvent !== null && SWITCHABLE.includes(interactionEvent) && SWITCHABLE.includes(event);
    const answer = await call('PUT', switchInPlace ? '/api/experience/interaction-event' : '/api/experience', { interactionEvent: event }, signal);
    if (answer.status !== 204) {
      if (answer.status >= 200 && answer.status < 300) {
        throw new VerificationError('unknown', `Logto answered ${answer.status} where 204 was documented`, { status: answer.status, cause: { status: answer.status, body: answer.json } });
      }
      throw logtoError(answer.status, answer.headers, answer.json, 'interaction', clock.now());
    }
    interactionEvent = event;
  }

  return {
    async sendCode(req, opts?: AdapterCallOptions) {
      const { channel, to, event } = validateSendRequest(req);
      requireCodeChannel(channel);
      const body = { identifier: identifierFor(channel, to), interactionEvent: event };
      await ensureInteraction(event, opts?.signal);
      let answer = await call('POST', '/api/experience/verification/verification-code', body, opts?.signal);
      if (auto && answer.status >= 400 && NO_INTERACTION.has(logtoCode(answer.json) ?? '')) {
        // The interaction expired or was never there (cookie cleared): nothing was sent, so one
        // fresh interaction and one more try can't text the user twice.
        interactionEvent = null;
        await ensureInteraction(event, opts?.signal);
        answer = await call('POST', '/api/experience/verification/verification-code', body, opts?.signal);
      }
      if (answer.status !== 200) throw logtoError(answer.status, answer.headers, answer.json, 'send', clock.now());
      const sentAt = clock.now();
      return { requestId: verificationIdOf(answer), channel, to, codeLength: LOGTO_CODE_LENGTH, expiresAt: sentAt + LOGTO_CODE_TTL_MS };
    },

    async verifyCode(req, opts?: AdapterCallOptions) {
      const { requestId, channel, to, code } = validateVerifyRequest(req);
      requireCodeChannel(channel);
      const answer = await call(
        'POST',
        '/api/experience/verification/verification-code/verify',
        { identifier: identifierFor(channel, to), verificationId: requestId, code },
        opts?.signal,
      );
      if (answer.status !== 200) throw logtoError(answer.status, answer.headers, answer.json, 'verify', clock.now());
      return { channel, to, proof: verificationIdOf(answer) };
    },
  };
}
