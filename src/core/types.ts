/** A channel a code can travel over. Phone channels (`sms`, `voice`, `whatsapp`) share one phone number. */
export type Channel = 'email' | 'sms' | 'voice' | 'whatsapp';

/** What the user is doing; backends pick their message template from it. */
export type InteractionEvent = 'SignIn' | 'Register' | 'ForgotPassword';

/** Individual accounts verify email then phone; business accounts verify email only. */
export type AccountType = 'individual' | 'business';

/** What a backend answers when a code was sent. Times are epoch milliseconds. */
export interface SentCode {
  /** Opaque id of this send; passed back when verifying. */
  requestId: string;
  channel: Channel;
  /** Email address or E.164 phone number the code went to. */
  to: string;
  /** Length of the code, when the backend says. */
  codeLength?: number;
  /** When the code stops working, when the backend says. */
  expiresAt?: number;
  /** When a resend is allowed, when the backend says. */
  resendAvailableAt?: number;
}

/** What a backend answers when a code was right. */
export interface VerifiedCode {
  channel: Channel;
  to: string;
  /** A backend token proving the verification, for the app's own server to check. */
  proof?: string;
}

/**
 * What is already verified for the current user or session. `proof`: the backend's proof for a
 * verified identifier, when it hands one over (a flow that requires proofs skips a step only
 * with one).
 */
export interface VerificationStatus {
  email?: { to?: string; verified: boolean; proof?: string };
  phone?: { to?: string; verified: boolean; proof?: string };
}

export const CHANNELS: readonly Channel[] = ['email', 'sms', 'voice', 'whatsapp'];
export const PHONE_CHANNELS: readonly Channel[] = ['sms', 'voice', 'whatsapp'];
export const INTERACTION_EVENTS: readonly InteractionEvent[] = ['SignIn', 'Register', 'ForgotPassword'];

/** `email` for email, `phone` for every phone channel. */
export type IdentifierKind = 'email' | 'phone';

export function identifierKind(channel: Channel): IdentifierKind {
  return channel === 'email' ? 'email' : 'phone';
}
