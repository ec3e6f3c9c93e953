import type { Messages } from './messages';

/** Channel names (also the outbox's `{channel}`); its own constant for the same reason. */
export const enChannels: Messages['channels'] = {
  email: 'Email',
  sms: 'Text message',
  voice: 'Phone call',
  whatsapp: 'WhatsApp',
};

/** The demo backend's outbox (`verikit/demo`), shown in development only. Its own constant so
 * DemoOutbox's fallback outside a provider carries this section, not the whole catalog. */
export const enDemo: Messages['demo'] = {
  outbox: 'Demo outbox',
  empty: 'No messages yet.',
  /** `{channel}` is a channels.* name, `{to}` the destination. */
  sentTo: '{channel} to {to}',
  code: 'Code: {code}',
  clear: 'Clear',
};

/** English, the reference catalog: every other locale has exactly these keys. */
export const en: Messages = {
  errors: {
    invalid_code: 'That code isn’t right. Check it and try again.',
    code_expired: 'That code has expired. Get a new code.',
    too_many_attempts: 'Too many wrong codes. Get a new code to try again.',
    // No number: the live countdown on the button beside it is the only number shown.
    rate_limited: 'Too many requests for now. Wait a moment, then try again.',
    already_verified: 'That email address or phone number is already verified.',
    order_violation: 'Verify your email address first.',
    invalid_identifier: 'That email address or phone number isn’t valid. Check it and try again.',
    session_expired: 'Your session has expired. Start again.',
    not_configured: 'Verification isn’t available right now.',
    network: 'You seem to be offline. Check your connection and try again.',
    timeout: 'This is taking too long. Try again.',
    unknown: 'Something went wrong. Try again.',
    captcha_required: 'Complete the security check, then try again.',
  },
  fields: {
    email: 'Email address',
    phone: 'Phone number',
    code: 'Verification code',
    /** `{length}` characters, for screen readers. */
    codeHint: '{length, plural, one {# digit} other {# digits}}',
    country: 'Country or region',
    channel: 'Send the code by',
  },
  actions: {
    resend: 'Resend code',
    changeEmail: 'Change email address',
    changePhone: 'Change phone number',
    sending: 'Sending…',
    verifying: 'Verifying…',
    retry: 'Try again',
    getNewCode: 'Get a new code',
    // One pattern for the three: "<do it> me instead".
    callInstead: 'Call me instead',
    whatsappInstead: 'Message me on WhatsApp instead',
    smsInstead: 'Text me instead',
  },
  status: {
    codeSent: 'We’ve sent a code to {to}.',
    codeSentVoice: 'We’re calling {to}. Answer to hear your code.',
    codeSentWhatsapp: 'We’ve sent a code to {to} on WhatsApp.',
    /** ForgotPassword only: must not reveal whether an account exists. */
    codeSentIfAccount: 'If {to} belongs to an account, we’ve sent it a code.',
    codeResent: 'We’ve sent a new code to {to}.',
    /** One sentence for a wrong code with attempts left (count ≥ 1; at 0 the UI shows errors.too_many_attempts). */
    wrongCodeAttemptsLeft: '{count, plural, one {That code isn’t right. You have # try left.} other {That code isn’t right. You have # tries left.}}',
    resendIn: 'Resend code in {time}',
    sendIn: 'Send code in {time}',
    getNewCodeIn: 'Get a new code in {time}',
    expiresIn: 'The code expires in {time}.',
    codeExpired: 'The code has expired.',
    step: 'Step {current} of {total}',
    emailVerified: 'Email address verified.',
    phoneVerified: 'Phone number verified.',
    loadingCountries: 'Loading countries…',
    /** `{message}` is the template's `done` text or emailVerified/phoneVerified. */
    complete: 'Verification complete. {message}',
  },
  validation: {
    emailRequired: 'Enter your email address.',
    emailInvalid: 'Enter a valid email address, like name@example.com.',
    phoneRequired: 'Enter your phone number.',
    phoneInvalid: 'Enter a valid phone number for the selected country.',
    codeIncomplete: 'Enter all {length, plural, one {# digit} other {# digits}} of the code.',
  },
  channels: enChannels,
  /** Step names in the wizard's step indicator. */
  steps: {
    email: 'Email address',
    phone: 'Phone number',
  },
  demo: enDemo,
  templates: {
    Register: {
      title: 'Verify your email address to create your account',
      description: 'We’ll send you a code to confirm it’s you.',
      done: 'Your account is verified.',
      send: 'Send code',
      verify: 'Verify',
      phoneTitle: 'Verify your phone number',
      phoneDescription: 'We’ll send a code to confirm the number is yours.',
    },
    SignIn: {
      title: 'Sign in',
      description: 'We’ll email you a code to sign in.',
      done: 'You’re signed in.',
      send: 'Send code',
      verify: 'Verify',
      phoneTitle: 'Sign in with your phone',
      phoneDescription: 'We’ll text you a code to sign in.',
    },
    ForgotPassword: {
      title: 'Reset your password',
      // Same words whether or not an account exists: the page must not reveal which.
      description: 'Enter your email address. If it belongs to an account, we’ll send a code to reset your password.',
      done: 'You can now choose a new password.',
      send: 'Send reset code',
      verify: 'Verify',
      phoneTitle: 'Reset your password',
      phoneDescription: 'Enter your phone number. If it belongs to an account, we’ll send a code to reset your password.',
    },
  },
};
