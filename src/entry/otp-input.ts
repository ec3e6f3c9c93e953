export { OtpInput } from '../components/otp-input';
export type { OtpInputProps, OtpInputPart, OtpSlotProps, OtpSlotState, OtpRenderState, OtpInputRegisterProps, OtpChangeEventLike } from '../components/otp-input';
export type { CodePattern } from '../core/otp/rules';
