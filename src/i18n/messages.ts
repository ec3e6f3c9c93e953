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
 * this type with every key filled in. Placeholders use `{name}`; counts use ICU plurals,
 * `{count, plural, one {…} other {…}}` with the locale's CLDR categories (`#` is the formatted
 * number, `=0` allowed), see `formatMessage`. `{to}` is a masked email or number; `{time}` a
 * duration the code has already formatted (`formatDuration`: "27 s", "2 min", with no-break
 * spaces and Latin digits unless native digits were asked for). Apostrophes are typographic (’).
 */
export interface Messages {
  /** One message per error code; shown instead of backend text, which users never see. */
  errors: Record<VerificationErrorCode, string>;
  /** Labels of fields. */
  fields: {
    /** Label of the email field. */
    email: string;
    /** Label of the phone number field. */
    phone: string;
    /** Label of the code field. */
    code: string;
    /** Describes the code field for screen readers: `{length}` digits (plural). */
    codeHint: string;
    /** Label of the country selector next to the phone number. */
    country: string;
    /** Legend of the choice between text message, phone call and WhatsApp. */
    channel: string;
  };
  /** Buttons and links. */
  actions: {
    /** Sends the code again on the same channel. */
    resend: string;
    /** Goes back to the email step. */
    changeEmail: string;
    /** Goes back to the phone step. */
    changePhone: string;
    /** Shown on the send button while a request is running. */
    sending: string;
    /** Shown on the verify button while the code is being checked. */
    verifying: string;
    /** Repeats what failed on a network error or timeout. */
    retry: string;
    /** Asks for a new code after the old one expired or was locked by too many attempts. */
    getNewCode: string;
    /** Sends the code again by phone call ("<do it> me instead", like the other two). */
    callInstead: string;
    /** Sends the code again on WhatsApp. */
    whatsappInstead: string;
    /** Sends the code again by text message. */
    smsInstead: string;
  };
  /** Status lines. */
  status: {
    /** Text or email sent; `{to}` is the masked email or number. */
    codeSent: string;
    /** Call placed; `{to}` is the masked number being called. */
    codeSentVoice: string;
    /** WhatsApp message sent; `{to}` is the masked number. */
    codeSentWhatsapp: string;
    /** ForgotPassword only: must not reveal whether an account exists. `{to}` is the masked email or number. */
    codeSentIfAccount: string;
    /** Announced after a resend; `{to}` is the masked email or number. */
    codeResent: string;
    /**
     * One sentence for a wrong code with attempts left: `{count}` ≥ 1 (plural). At 0 the UI
     * shows `errors.too_many_attempts` instead.
     */
    wrongCodeAttemptsLeft: string;
    /** Resend button while counting down; `{time}` is the live, formatted wait. */
    resendIn: string;
    /** Send button while a rate limit counts down; `{time}` is the live, formatted wait. */
    sendIn: string;
    /** "Get a new code" button while counting down; `{time}` is the live, formatted wait. */
    getNewCodeIn: string;
    /** Under the code field; `{time}` is the formatted time until the code expires. */
    expiresIn: string;
    /** The code's own expiry passed (seen on this device). */
    codeExpired: string;
    /** The step indicator: `{current}` of `{total}` steps. */
    step: string;
    /** Shown for a finished email step. */
    emailVerified: string;
    /** Shown for a finished phone step. */
    phoneVerified: string;
    /** Shown while the list of countries loads. */
    loadingCountries: string;
    /** Announced when everything is verified; `{message}` is the template's `done` text or emailVerified/phoneVerified. */
    complete: string;
  };
  /** Messages of the form fields' own checks, before anything is sent. */
  validation: {
    /** The email field is empty. */
    emailRequired: string;
    /** The email isn't an address; shows an example. */
    emailInvalid: string;
    /** The phone field is empty. */
    phoneRequired: string;
    /** The number isn't valid for the selected country. */
    phoneInvalid: string;
    /** Verify pressed before every slot is filled; `{length}` characters (plural). */
    codeIncomplete: string;
  };
  /** Names of the channels, for the channel picker and the demo outbox. */
  channels: {
    email: string;
    sms: string;
    voice: string;
    whatsapp: string;
  };
  /** Step names in the wizard's step indicator. */
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
