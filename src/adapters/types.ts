import type { Channel, InteractionEvent, SentCode, VerificationStatus, VerifiedCode } from '../core/types';

export interface SendCodeRequest {
  channel: Channel;
  /** Email address or E.164 phone number. Each adapter converts it to its backend's form. */
  to: string;
  event: InteractionEvent;
  /** UI locale (BCP 47), so the message arrives in the page's language where the backend supports it. */
  locale?: string;
  /**
   * The email's proof, on a phone send that follows a verified email: lets the backend enforce
   * email-then-phone itself (`verikit/server` refuses such a send without it, `order_violation`).
   */
  emailProof?: string;
}

/** A proof to re-check after a reload, with the identifier it is claimed to be for. */
export interface CheckProofRequest {
  proof: string;
  channel: Channel;
  to: string;
  event: InteractionEvent;
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
  /**
   * Asks the backend whether a proof it issued still holds for this session, and for which
   * identifier: resolves with the verified code it proves, rejects (`session_expired`) when it
   * is forged, expired, another session's or another identifier's. Adapters that have it issue
   * proofs, so flows on them complete only with a proof for every identifier. Optional: without
   * it, a persisted verification can't be confirmed and is asked for again after a reload.
   */
  checkProof?(req: CheckProofRequest, opts?: AdapterCallOptions): Promise<VerifiedCode>;
}
