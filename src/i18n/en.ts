import type { Messages } from './messages';

/** English, the reference catalog: every other locale has exactly these keys. */
export const en: Messages = {
  errors: {
    invalid_code: "That code isn't right. Check it and try again.",
    code_expired: 'That code has expired. Request a new one.',
    too_many_attempts: 'Too many wrong codes. Request a new code to try again.',
    rate_limited: 'Please wait {seconds, plural, one {# second} other {# seconds}} before requesting another code.',
    already_verified: 'This is already verified.',
    order_violation: 'Verify your email address first.',
    invalid_identifier: "That doesn't look right. Check it and try again.",
    session_expired: 'Your session has expired. Start again.',
    not_configured: "Verification isn't available right now.",
    network: "You seem to be offline. Check your connection and try again.",
    timeout: 'This is taking too long. Try again.',
    unknown: 'Something went wrong. Try again.',
  },
  fields: {
    email: 'Email',
    phone: 'Phone number',
    code: 'Verification code',
    codeSlot: 'Digit {index} of {length}',
  },
  actions: {
    send: 'Send code',
    verify: 'Verify',
    resend: 'Resend code',
    changeEmail: 'Change email',
    changePhone: 'Change phone number',
    continue: 'Continue',
    sending: 'Sending…',
    verifying: 'Verifying…',
  },
  status: {
    codeSent: 'We sent a code to {to}',
    resendIn: 'Resend code in {seconds}s',
    attemptsLeft: '{count, plural, =0 {No attempts left} one {# attempt left} other {# attempts left}}',
    step: 'Step {current} of {total}',
    emailVerified: 'Email verified',
    phoneVerified: 'Phone number verified',
    expiresIn: 'The code expires in {minutes, plural, one {# minute} other {# minutes}}.',
    codeExpired: 'The code has expired.',
  },
  channels: {
    email: 'Email',
    sms: 'Text message',
    voice: 'Phone call',
    whatsapp: 'WhatsApp',
  },
  steps: {
    email: 'Email',
    phone: 'Phone number',
  },
  templates: {
    Register: {
      title: 'Verify your email to create your account',
      description: "We'll send a code to confirm it's you.",
      done: 'Your account is verified.',
    },
    SignIn: {
      title: 'Sign in',
      description: "Enter the code we send you to sign in.",
      done: "You're signed in.",
    },
    ForgotPassword: {
      title: 'Reset your password',
      // Same words whether or not an account exists: the page must not reveal which.
      description: 'Enter your email address. If it belongs to an account, we’ll send a code to reset your password.',
      done: 'You can now choose a new password.',
    },
  },
};
