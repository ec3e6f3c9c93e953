export { createVerificationHandler, type BeforeSendContext, type VerificationHandler, type VerificationHandlerOptions } from './handler';
export { createMemoryStore, type MemoryStoreOptions } from './limits/memory-store';
export type { ConsumeResult, CounterState, LimitRule, LimitStore } from './limits/store';
export { DEFAULT_LIMITS, type LimitWindow, type RateLimits } from './limits/options';
export { RISKY_PHONE_TYPES, type PhonePolicy, type RiskyPhoneType } from './phone-policy';
export { toNodeListener, type NodeListenerOptions, type NodeRequestLike, type NodeResponseLike } from './node';
export { verifyProof, type ProofClaims } from './token';
export type { CorsOptions } from './cors';
export type {
  AccountTypeOption,
  ProviderContext,
  ProviderSendInput,
  ProviderSendResult,
  ProviderVerifyInput,
  VerificationProvider,
} from './provider';
export { memoryProvider, type MemoryProviderOptions } from './providers/memory';
export { sfoxProvider, memorySfoxStore, type SfoxProviderOptions, type SfoxVerifiedStore } from './providers/sfox';
export { logtoManagementProvider, type LogtoManagementProviderOptions } from './providers/logto-management';
export { ycloudProvider, ycloudLanguage, YCLOUD_LANGUAGES, type YcloudProviderOptions, type YcloudLanguage } from './providers/ycloud';
export {
  twilioVerifyProvider,
  twilioLocale,
  TWILIO_LOCALES,
  type TwilioVerifyProviderOptions,
  type TwilioLocale,
} from './providers/twilio';
export type { FetchLike } from './providers/upstream';
export { VerificationError, isVerificationError, type VerificationErrorCode } from '../core/errors';
export type { Channel, InteractionEvent, AccountType, VerificationStatus } from '../core/types';
export type { OutboxMessage } from '../core/demo/outbox';
