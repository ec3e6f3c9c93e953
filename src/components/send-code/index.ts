export { SendCode } from './SendCode';
export type { SendCodeProps, SendCodePart, SharedVerificationProps } from './types';
export type { HeadingLevel } from './shared';
