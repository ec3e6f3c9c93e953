export { OtpInput } from './OtpInput';
export type { OtpSlotProps } from './Slot';
export type { OtpInputProps, OtpInputPart, OtpSlotState, OtpRenderState, OtpInputRegisterProps, OtpChangeEventLike } from './types';
