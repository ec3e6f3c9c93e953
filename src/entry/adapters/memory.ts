export { createMemoryAdapter } from '../../adapters/memory';
export type { MemoryAdapter, MemoryAdapterOptions, MemoryFault, MemoryFaultTarget } from '../../adapters/memory';
export type { Outbox, OutboxMessage, OutboxListener, DemoEngine } from '../../core/demo';
export type { VerificationAdapter, SendCodeRequest, VerifyCodeRequest, AdapterCallOptions } from '../../adapters/types';
