export { createHttpAdapter, parseRetryAfter } from '../../adapters/http';
export type { HttpAdapter, HttpAdapterOptions } from '../../adapters/http';
export type { VerificationAdapter, SendCodeRequest, VerifyCodeRequest, AdapterCallOptions } from '../../adapters/types';
