import { VerificationError } from '../../core/errors';
import { abortReason, isAbortError } from '../shared/abort';

export interface LogtoCall {
  fetch: typeof fetch;
  url: string;
  method: 'PUT' | 'POST';
  body: unknown;
  credentials: RequestCredentials;
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface LogtoAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON; undefined for an empty body. */
  json: unknown;
  /** Set when a non-empty body was not JSON. */
  parseError?: unknown;
}

const TIMEOUT = Symbol('verikit.logto.timeout');

/**
 * One call to the Experience API. Transport failures become VerificationErrors (`timeout`,
 * `network`); an abort by the caller rejects with the signal's reason, as `fetch` does. HTTP
 * statuses are left to the caller, which knows what each route answers.
 */
export async function callLogto(call: LogtoCall): Promise<LogtoAnswer> {
  if (call.signal?.aborted) throw abortReason(call.signal);
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(abortReason(call.signal as AbortSignal));
  call.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(TIMEOUT), call.timeoutMs);
  try {
    const response = await call.fetch(call.url, {
      method: call.method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(call.body),
      // The Experience API lives on the sign-in page's origin and keys the interaction by cookie.
      credentials: call.credentials,
      signal: controller.signal,
    });
    const text = await response.text();
    let json: unknown;
    let parseError: unknown;
    if (text.length > 0) {
      try {
        json = JSON.parse(text);
      } catch (error) {
        parseError = error;
      }
    }
    return { status: response.status, headers: response.headers, json, ...(parseError !== undefined && { parseError }) };
  } catch (error) {
    if (controller.signal.aborted) {
      if (controller.signal.reason === TIMEOUT) throw new VerificationError('timeout', `Logto did not answer within ${call.timeoutMs} ms`, { cause: error });
      throw controller.signal.reason;
    }
    if (isAbortError(error)) throw error;
    // fetch rejects with a TypeError when offline, on DNS failure, a refused connection or CORS.
    if (error instanceof TypeError) throw new VerificationError('network', 'Logto could not be reached', { cause: error });
    throw new VerificationError('unknown', 'Logto request failed', { cause: error });
  } finally {
    clearTimeout(timer);
    call.signal?.removeEventListener('abort', onAbort);
  }
}
