// verikit/react: the provider and hooks, no components, for apps that draw their own UI on
// verikit's flow (or use only <OtpInput> from verikit/otp-input next to them).
export * from '../react';
