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
  /** Button that sends the first code. */
  send: string;
  /** Button that checks the code. */
  verify: string;
  /** Heading of the phone number step. */
  phoneTitle: string;
  /** Text under the phone step's heading. */
  phoneDescription: string;
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
    /** Describes the code field for screen readers: `{length}` digits. */
    codeHint: string;
    /** Label of the country selector next to the phone number. */
    country: string;
    /** Legend of the choice between text message, phone call and WhatsApp. */
    channel: string;
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
    /** Repeats what failed on a network error or timeout. */
    retry: string;
    /** Asks for a new code after the old one expired or was locked by too many attempts. */
    getNewCode: string;
    /** Sends the code again by phone call. */
    callInstead: string;
    /** Sends the code again on WhatsApp. */
    whatsappInstead: string;
    /** Sends the code again by text message. */
    smsInstead: string;
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
    /** `{to}` is the masked number being called. */
    codeSentVoice: string;
    /** `{to}` is the masked number the WhatsApp message went to. */
    codeSentWhatsapp: string;
    /** `{seconds}` until the first code may be asked for, after a rate limit. */
    sendIn: string;
    /** `{seconds}` until a new code may be asked for, after an expired or locked code. */
    getNewCodeIn: string;
    /** Shown while the list of countries loads. */
    loadingCountries: string;
    /** Announced after a resend; `{to}` is the masked email or number. */
    codeResent: string;
    /** Announced when everything is verified; `{message}` is the completion text. */
    complete: string;
  };
  /** Messages of the form fields' own checks, before anything is sent. */
  validation: {
    emailRequired: string;
    emailInvalid: string;
    phoneRequired: string;
    phoneInvalid: string;
    /** `{length}` characters the code has. */
    codeIncomplete: string;
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
  /** The demo backend's outbox (`verikit/demo`), shown in development only. */
  demo: {
    /** Name of the outbox region. */
    outbox: string;
    /** Shown when nothing has been sent yet. */
    empty: string;
    /** `{channel}` is a `channels.*` name, `{to}` the destination. */
    sentTo: string;
    /** `{code}` is the code in the message. */
    code: string;
    /** Button that empties the outbox. */
    clear: string;
  };
  /** Per-event copy. */
  templates: Record<InteractionEvent, TemplateMessages>;
}
