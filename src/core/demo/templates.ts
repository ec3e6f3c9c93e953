import type { Channel, InteractionEvent } from '../types';

/** What a template gets to write a message. */
export interface DemoMessageInput {
  channel: Channel;
  to: string;
  code: string;
  event: InteractionEvent;
  locale: string;
  /** How long the code lasts. */
  ttlMs: number;
}

export interface RenderedMessage {
  subject?: string;
  text: string;
}

export type DemoMessageRenderer = (input: DemoMessageInput) => RenderedMessage;

const SUBJECTS: Record<InteractionEvent, string> = {
  Register: 'Verify your email',
  SignIn: 'Your sign-in code',
  ForgotPassword: 'Reset your password',
};

/**
 * English messages, one per event. The password-reset text is the same whether or not an
 * account exists, as a real backend's must be, so the demo doesn't teach the wrong thing.
 */
export const renderDemoMessage: DemoMessageRenderer = ({ channel, code, event, ttlMs }) => {
  const minutes = Math.max(1, Math.round(ttlMs / 60_000));
  const lasts = `It expires in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
  const body: Record<InteractionEvent, string> = {
    Register: `${code} is your verification code to create your account. ${lasts}`,
    SignIn: `${code} is your sign-in code. ${lasts} Never share it with anyone.`,
    ForgotPassword: `${code} is your password reset code. ${lasts} If you didn't ask to reset your password, ignore this message.`,
  };
  return channel === 'email' ? { subject: SUBJECTS[event], text: body[event] } : { text: body[event] };
};
