import type { Channel, InteractionEvent, SentCode, VerificationStatus, VerifiedCode } from '../core/types';

export interface SendCodeRequest {
  channel: Channel;
  /** Email address or E.164 phone number. Each adapter converts it to its backend's form. */
  to: string;
  event: InteractionEvent;
  /** UI locale (BCP 47), so the message arrives in the page's language where the backend supports it. */
  locale?: string;
}

export interface VerifyCodeRequest {
  requestId: string;
  channel: Channel;
  to: string;
  code: string;
  event: InteractionEvent;
}

export interface AdapterCallOptions {
  signal?: AbortSignal;
}

/**
 * The contract every backend speaks to the browser side of verikit. Failures are thrown as
 * `VerificationError`. `sendCode` must never be retried automatically: each send can text a
 * person and cost money.
 */
export interface VerificationAdapter {
  sendCode(req: SendCodeRequest, opts?: AdapterCallOptions): Promise<SentCode>;
  verifyCode(req: VerifyCodeRequest, opts?: AdapterCallOptions): Promise<VerifiedCode>;
  /** What is already verified. Optional: adapters whose backend can't tell leave it out. */
  getStatus?(opts?: AdapterCallOptions): Promise<VerificationStatus>;
}
