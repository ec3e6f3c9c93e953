import type { FlowStep } from '../../core/flow/ordering';
import type { AccountType, Channel, InteractionEvent } from '../../core/types';
import type { PersistOptions } from '../../react/flowStorage';
import type { SendCodePart, SharedVerificationProps } from '../send-code/types';

/** Where the wizard is: a step, or the completion screen. */
export type WizardStep = 'email' | 'phone' | 'done';

/**
 * What `onComplete` receives. Only the proofs are evidence: the addresses here are what the
 * browser says, and a browser can say anything. Send the proofs to your server and check each
 * one there with `verifyProof(proof, secret, expect)` from `verikit/server` (subject, channel,
 * identifier, expiry) before trusting an identifier; with the Logto adapter, a proof is the
 * verificationId your page hands to Logto's identification, which Logto checks.
 */
export interface WizardResult {
  /** The email address the flow verified; absent when the steps don't include the email. */
  email?: string;
  /** The E.164 number the flow verified; absent for business accounts, email-only password resets, and steps without the phone. */
  phone?: string;
  /**
   * The backend's proof for each identifier reported. With an adapter that issues proofs
   * (`checkProof`: the http and memory adapters), every identifier reported has one, also after
   * a reload: a step is never completed without its proof. Adapters without proofs report none.
   */
  proofs: { email?: string; phone?: string };
}

/** The wizard's parts: every SendCode part, plus the step indicator and the completion screen. */
export type VerificationWizardPart = SendCodePart | 'steps' | 'progress' | 'done' | 'summary';

export interface VerificationWizardProps extends SharedVerificationProps {
  /** `'individual'` verifies the email, then the phone; `'business'` the email only. @default 'individual' */
  accountType?: AccountType;
  /**
   * What the user is doing: picks the copy and the backend's message template. A password
   * reset verifies the email only. @default 'Register'
   */
  event?: InteractionEvent;
  /**
   * The identifiers to verify: `['phone']`, `['email']` or `['email', 'phone']`. The email
   * always comes first when both are given. @default from `accountType` and `event`:
   * `['email', 'phone']` for an individual signing up or in, `['email']` for a business account
   * or a password reset
   */
  steps?: readonly FlowStep[];
  /**
   * Channels the phone step offers. More than one adds a choice in step 1 and "Call me
   * instead" / WhatsApp buttons next to the code. @default ['sms']
   */
  phoneChannels?: readonly Channel[];
  /** Prefills the email field (e.g. from an earlier form). @default '' */
  initialEmail?: string;
  /** Prefills the phone number field, ideally E.164. @default '' */
  initialPhone?: string;
  /** Called once when every step is verified. */
  onComplete?: (result: WizardResult) => void;
  /** Called when the wizard moves to another step (not for the step it starts on). */
  onStepChange?: (step: WizardStep) => void;
  /**
   * Resume after a reload: sessionStorage under `verikit:flow:{event}`, or `{ key, storage }`.
   * Stores where the flow stands and each verified identifier's proof, never a code. A stored
   * step counts as verified again only once the adapter's `checkProof` confirms its proof
   * (docs/security.md). @default true
   */
  persist?: boolean | PersistOptions;
  /** Ask the adapter's `getStatus` on mount and start after what is already verified. @default true */
  loadStatus?: boolean;
  /** Characters in the code when the backend does not say (the backend's `codeLength` wins). @default 6 */
  codeLength?: number;
  /**
   * Classes per part. The SendCode parts (`root`, `header`, `title`, `description`, `form`,
   * `field`, `label`, `input`, `select`, `channels`, `button`, `link`, `actions`, `status`,
   * `error`, `code`, `announcer`) plus `steps` (the "Step 1 of 2" indicator), `progress` (its
   * bar, hidden from screen readers), `done` (the completion screen) and `summary` (what was
   * verified).
   *
   * Data attributes: root `data-state="email" | "phone" | "done"`, `data-account-type`,
   * `data-in-form` (inside a host form), `data-busy`; each progress segment
   * `data-state="complete" | "current" | "upcoming"`; each step `data-kind` and
   * `data-phase="form" | "code"`; plus SendCode's attributes on the parts inside a step.
   */
  classNames?: Partial<Record<VerificationWizardPart, string>>;
}
