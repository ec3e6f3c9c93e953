import type { VerificationErrorCode } from './errors';

/**
 * The HTTP status verikit's HTTP contract suggests for each error code (docs/http-contract.md).
 * Servers answer with it; clients go by the `code` in the body and use it only when a body has none.
 */
export const HTTP_STATUS_FOR_ERROR: Readonly<Record<VerificationErrorCode, number>> = {
  invalid_identifier: 400,
  invalid_code: 400,
  session_expired: 401,
  already_verified: 409,
  order_violation: 409,
  code_expired: 410,
  too_many_attempts: 423,
  rate_limited: 429,
  not_configured: 501,
  network: 502,
  timeout: 504,
  unknown: 500,
  // 403: the request is understood but refused until the client proves it is a person.
  captcha_required: 403,
};
