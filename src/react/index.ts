export { VerificationProvider, type VerificationProviderProps } from './VerificationProvider';
export { useVerificationAdapter } from './useVerificationAdapter';
export { useSendCode, type UseSendCodeOptions, type UseSendCodeResult } from './useSendCode';
export { useVerifyCode, type UseVerifyCodeOptions, type UseVerifyCodeResult } from './useVerifyCode';
export {
  useVerificationUnit,
  type UnitView,
  type UseVerificationUnitOptions,
  type UseVerificationUnitResult,
} from './useVerificationUnit';
export { useCooldown, type Cooldown, type UseCooldownOptions } from './useCooldown';
export {
  useVerificationFlow,
  type FlowResults,
  type IdentifierView,
  type UseVerificationFlowOptions,
  type UseVerificationFlowResult,
} from './useVerificationFlow';
export { useMessages, useFormat, type Formatter, type ErrorLike } from './useMessages';
export type { LoadMessages } from './useLocaleCatalog';
export type { FlowStorage, PersistOptions } from './flowStorage';
export { useProviderTheme } from './context';
