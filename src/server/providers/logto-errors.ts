import { VerificationError, type VerificationErrorCode } from '../../core/errors';
import { ownLookup } from '../../core/own';
import { LOGTO_VERIFICATION_CODE_ERRORS } from '../../core/vendors/logto';
import { retryAfterMs, upstreamCause, type UpstreamResponse } from './upstream';

/**
 * Logto error codes (RequestError `code`, from packages/phrases/src/locales/en/errors) → verikit
 * codes, for the Management API routes `POST /api/verification-codes(/verify)`.
 * `guard.invalid_input` depends on the phase and is handled below.
 */
export const LOGTO_MANAGEMENT_ERRORS: Readonly<Record<string, VerificationErrorCode>> = LOGTO_VERIFICATION_CODE_ERRORS;

export function logtoErrorCode(response: UpstreamResponse): string | undefined {
  const code = (response.body as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function mapLogtoManagementError(response: UpstreamResponse, phase: 'send' | 'verify', now: number): VerificationError {
  const logtoCode = logtoErrorCode(response);
  const { status } = response;
  const cause = upstreamCause(response);
  let code: VerificationErrorCode | undefined = ownLookup(LOGTO_MANAGEMENT_ERRORS, logtoCode);
  if (!code && logtoCode === 'guard.invalid_input') code = phase === 'send' ? 'invalid_identifier' : 'invalid_code';
  if (!code && status === 429) code = 'rate_limited';
  if (!code && status === 501) code = 'not_configured';
  // 401/403 after a fresh token: the M2M app lacks the Management API role. A server misconfiguration.
  if (!code && (status === 401 || status === 403)) code = 'not_configured';
  if (!code && phase === 'verify' && status === 400) code = 'invalid_code';
  if (!code && phase === 'send' && status === 400) code = 'invalid_identifier';
  const retry = code === 'rate_limited' ? retryAfterMs(response.headers, now) : undefined;
  return new VerificationError(code ?? 'unknown', `Logto answered ${status}${logtoCode ? ` ${logtoCode}` : ''}`, {
    status,
    cause,
    ...(retry !== undefined && { retryAfterMs: retry }),
  });
}
