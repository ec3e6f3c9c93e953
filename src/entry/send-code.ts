// verikit/send-code: <SendCode> and what it needs, without the wizard. Use it inside a
// <VerificationProvider> from verikit/react (or from the root entry: both are the same module).
export { SendCode } from '../components/send-code';
export type { SendCodeProps, SendCodePart, SharedVerificationProps, HeadingLevel } from '../components/send-code';
