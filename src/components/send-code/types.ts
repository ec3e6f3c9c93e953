import type { CSSProperties } from 'react';
import type { VerificationAdapter } from '../../adapters/types';
import type { DeepPartial } from '../../core/format';
import type { Channel, InteractionEvent, SentCode, VerifiedCode } from '../../core/types';
import type { Messages } from '../../i18n/messages';
import type { Theme } from '../../theme/tokens';
import type { HeadingLevel } from './shared';

/**
 * The styleable parts of SendCode (and of each step of VerificationWizard); each element also
 * carries `data-part` with the same name.
 */
export type SendCodePart =
  | 'root'
  | 'header'
  | 'title'
  | 'description'
  | 'form'
  | 'field'
  | 'label'
  | 'input'
  | 'select'
  | 'channels'
  | 'button'
  | 'link'
  | 'actions'
  | 'status'
  | 'error'
  | 'code'
  | 'expiry'
  | 'announcer';

/** Props both components share: copy, locale and looks. */
export interface SharedVerificationProps {
  /** The backend. @default the adapter of the nearest `<VerificationProvider>` (one of the two is required) */
  adapter?: VerificationAdapter;
  /** BCP 47 tag for formatting, the default country and the message template. @default the provider's locale, else `'en'` */
  locale?: string;
  /** Partial override of the message catalog, e.g. `{ templates: { SignIn: { send: 'Email me a code' } } }`. @default the provider's messages, else English */
  messages?: DeepPartial<Messages>;
  /**
   * Country assumed for phone numbers typed without `+country`, and the country selector's
   * first choice (ISO 3166-1 alpha-2, e.g. `'GB'`). @default the region of `locale` (`en` → `US`), else `'US'`
   */
  defaultCountry?: string;
  /** Level of the step headings, so the component fits the page outline. @default 2 */
  headingLevel?: HeadingLevel;
  /** Design tokens as `--vk-*` CSS variables on the root, merged over the provider's theme. @default the provider's theme */
  theme?: Theme;
  /** Leave out the skin's `vk` class (also on the inner OtpInput), so verikit/styles.css styles nothing. @default false */
  unstyled?: boolean;
  /** Class for the root element. */
  className?: string;
  /** Inline style for the root element (merged after the theme's variables). */
  style?: CSSProperties;
}

export interface SendCodeProps extends SharedVerificationProps {
  /**
   * How the code travels: `'email'`, `'sms'`, `'voice'` or `'whatsapp'`, or a list the user
   * picks from (a radio group). Phone channels share one phone field. Each identifier is
   * verified on its own (a single-identifier unit): sign-in, sign-up or a password reset by
   * phone alone. A backend that orders email before phone still refuses (`order_violation`);
   * use `<VerificationWizard>` for both in order.
   * @default 'email'
   */
  channel?: Channel | readonly Channel[];
  /**
   * What the user is doing: picks the heading, description and button copy, and is passed to
   * the adapter so the backend picks its message template. Password-reset copy never says
   * whether an account exists, by email or by phone.
   * @default 'SignIn'
   */
  event?: InteractionEvent;
  /** What the identifier field starts with (an email address, or a phone number in any format). @default '' */
  defaultValue?: string;
  /** Called after each successful send and resend. */
  onSent?: (sent: SentCode) => void;
  /** Called once the code was accepted, with the backend's proof when it gives one. */
  onVerified?: (verified: VerifiedCode) => void;
  /** Characters in the code when the backend does not say (the backend's `codeLength` wins). @default 6 */
  codeLength?: number;
  /** Focus the identifier field on mount. @default false */
  autoFocus?: boolean;
  /**
   * Classes per part. Parts: `root`, `header`, `title` (the focusable heading), `description`,
   * `form` (a `<form>`, or `div role="group"` inside a host form), `field`, `label`, `input`
   * (email/phone), `select` (country), `channels` (channel radio group), `button` (primary),
   * `link` (secondary buttons: resend, change, retry, other channel), `actions`, `status`,
   * `error`, `code` (the inner OtpInput's root), `announcer` (the visually hidden live region).
   *
   * Data attributes: root `data-state="form" | "code" | "done"`, `data-kind="email" | "phone"`,
   * `data-channel`, `data-in-form` (inside a host form), `data-busy` (a request is running);
   * `field` and `input` `data-invalid`; `button`/`link` `data-busy` while their request runs
   * and `data-counting` on resend during its countdown; `error` `data-code` (the error code);
   * the inner OtpInput `data-locked` after too many attempts.
   */
  classNames?: Partial<Record<SendCodePart, string>>;
}
