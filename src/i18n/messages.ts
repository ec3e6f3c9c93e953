import type { VerificationErrorCode } from '../core/errors';
import type { InteractionEvent } from '../core/types';

/** Copy for one event's screens. */
export interface TemplateMessages {
  /** Heading of the flow. */
  title: string;
  /** Text under the heading. */
  description: string;
  /** Shown when the flow is complete. */
  done: string;
}

/**
 * Every string verikit shows. Each locale file (`en.ts`, `de.ts`, …) exports one object of
 * this type with every key filled in. Placeholders use `{name}`; counts use
 * `{count, plural, one {…} other {…}}` (`#` is the formatted number), see `formatMessage`.
 */
export interface Messages {
  /** One message per error code; shown instead of backend text, which users never see. */
  errors: Record<VerificationErrorCode, string>;
  /** Labels of fields. */
  fields: {
    email: string;
    phone: string;
    code: string;
    /** Accessible label of one code slot: `{index}` of `{length}`. */
    codeSlot: string;
  };
  /** Buttons and links. */
  actions: {
    send: string;
    verify: string;
    resend: string;
    changeEmail: string;
    changePhone: string;
    continue: string;
    /** Shown while a request is running. */
    sending: string;
    verifying: string;
  };
  /** Status lines. */
  status: {
    /** `{to}` is the masked email or number. */
    codeSent: string;
    /** `{seconds}` until a resend is allowed. */
    resendIn: string;
    /** `{count}` attempts left. */
    attemptsLeft: string;
    /** `{current}` and `{total}` steps. */
    step: string;
    emailVerified: string;
    phoneVerified: string;
    /** `{minutes}` until the code expires. */
    expiresIn: string;
    codeExpired: string;
  };
  /** Names of the channels, for a channel picker and for "We sent a code by {channel}". */
  channels: {
    email: string;
    sms: string;
    voice: string;
    whatsapp: string;
  };
  /** Step names, for the step indicator. */
  steps: {
    email: string;
    phone: string;
  };
  /** Per-event copy. */
  templates: Record<InteractionEvent, TemplateMessages>;
}
