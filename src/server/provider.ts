import type { OutboxMessage } from '../core/demo/outbox';
import type { AccountType, Channel, InteractionEvent, VerificationStatus } from '../core/types';

/** What every provider call knows besides its input. */
export interface ProviderContext {
  /** Who is verifying, from the app's session (`getSubject`); never from the request body. */
  subject: string;
  /** Epoch ms, from the handler's clock. */
  now: number;
  /** Aborts when the client goes away. */
  signal?: AbortSignal;
  /** The end user's IP, when the handler has `getClientIp`; providers whose API takes it pass it on for fraud checks. */
  clientIp?: string;
}

export interface ProviderSendInput {
  channel: Channel;
  /** Normalised: email with a lower-case domain, or E.164. */
  to: string;
  event: InteractionEvent;
  /** BCP 47 tag of the UI, when the client sent one. */
  locale?: string;
}

export interface ProviderSendResult {
  /** The provider's own id for this verification (YCloud's verification id), signed into the requestId. */
  ref?: string;
  /** Where the code really went, when the provider says and it differs (sFOX sends to the address on file). */
  to?: string;
  codeLength?: number;
  expiresAt?: number;
  resendAvailableAt?: number;
}

export interface ProviderVerifyInput {
  ref?: string;
  channel: Channel;
  to: string;
  code: string;
  event: InteractionEvent;
}

/**
 * The server-side half of a backend: `verikit/server` serves the HTTP contract, signs tokens and
 * checks subjects; a provider only translates send/verify to its backend's wire format and maps the
 * backend's errors to `VerificationError` codes. Providers throw `VerificationError`; anything else
 * becomes a 500 `unknown` with no detail.
 */
export interface VerificationProvider {
  /** Short name, recorded in proofs (`verifyProof(...).provider`). */
  readonly name: string;
  /** Channels the backend can deliver; a send on another channel gets `not_configured` without a call. */
  readonly channels: readonly Channel[];
  /** Credentials this provider holds: the handler removes them from every error it hands to `onError`. */
  readonly secrets?: readonly string[];
  send(input: ProviderSendInput, ctx: ProviderContext): Promise<ProviderSendResult>;
  /** Resolves when the code is right; throws `VerificationError` otherwise. */
  verify(input: ProviderVerifyInput, ctx: ProviderContext): Promise<void>;
  /** What the subject already verified; without it `GET {base}/status` answers 404. */
  getStatus?(ctx: ProviderContext): Promise<VerificationStatus>;
  /**
   * Messages sent to a subject, served at `GET {base}/outbox`. Only the memory provider has one, and
   * only when created with `exposeOutbox: true` for development.
   */
  readonly outbox?: { list(subject: string): readonly OutboxMessage[] };
}

/** A fixed account type, or one looked up per subject (e.g. from the app's user record). */
export type AccountTypeOption = AccountType | ((subject: string) => AccountType | Promise<AccountType>);

export async function resolveAccountType(option: AccountTypeOption, subject: string): Promise<AccountType> {
  return typeof option === 'function' ? option(subject) : option;
}
