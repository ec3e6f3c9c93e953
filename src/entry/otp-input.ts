export { OtpInput } from '../components/otp-input';
export type { OtpInputProps, OtpInputPart, OtpSlotProps, OtpSlotState, OtpRenderState } from '../components/otp-input';
export type { CodePattern } from '../core/otp/rules';
