import { http, type HttpHandler } from 'msw';
import type { ManualClock } from '../../src/core/clock';
import { sixDigits } from './faults';

/**
 * Logto's passcode rules, shared by both Logto emulators. From logto-io/logto
 * packages/core/src/libraries/passcode.ts: 6-digit codes (`passcodeLength`), 10 minute lifetime
 * (`passcodeExpiration`), 10 tries (`passcodeMaxTryCount`); a new code replaces the unconsumed
 * one for the same scope; verify checks, in order: exists → identifier matches → not expired →
 * tries left → code matches (a mismatch counts a try) → consumed.
 */
export const LOGTO_CODE_TTL_MS = 10 * 60 * 1000;
export const LOGTO_MAX_TRIES = 10;

export type LogtoIdentifier = { email: string } | { phone: string };

interface Passcode {
  code: string;
  createdAt: number;
  tries: number;
  identifier: LogtoIdentifier;
}

export function createPasscodeStore(clock: ManualClock) {
  const byScope = new Map<string, Passcode>();
  return {
    create(scope: string, identifier: LogtoIdentifier): string {
      const code = sixDigits();
      byScope.set(scope, { code, createdAt: clock.now(), tries: 0, identifier });
      return code;
    },
    /** Returns a Logto error code, or null when the code was right (and is now consumed). */
    verify(scope: string, identifier: LogtoIdentifier, code: string): string | null {
      const passcode = byScope.get(scope);
      if (!passcode) return 'verification_code.not_found';
      if ('phone' in identifier && (!('phone' in passcode.identifier) || passcode.identifier.phone !== identifier.phone)) {
        return 'verification_code.phone_mismatch';
      }
      if ('email' in identifier && (!('email' in passcode.identifier) || passcode.identifier.email !== identifier.email)) {
        return 'verification_code.email_mismatch';
      }
      if (passcode.createdAt + LOGTO_CODE_TTL_MS < clock.now()) return 'verification_code.expired';
      if (passcode.tries >= LOGTO_MAX_TRIES) return 'verification_code.exceed_max_try';
      if (code !== passcode.code) {
        passcode.tries += 1;
        return 'verification_code.code_mismatch';
      }
      byScope.delete(scope);
      return null;
    },
    code(scope: string): string | undefined {
      const passcode = byScope.get(scope);
      return passcode && passcode.createdAt + LOGTO_CODE_TTL_MS >= clock.now() ? passcode.code : undefined;
    },
    clear() {
      byScope.clear();
    },
  };
}

/** Logto's RequestError body. */
export function logtoError(code: string, status = 400, headers: Record<string, string> = {}): Response {
  return Response.json({ code, message: code }, { status, headers });
}

/**
 * The last route of a Logto emulator: any call under `pattern` that no route above took is not
 * an operation the kit may make. It is recorded as a violation (tests expect none) and answered
 * as Logto's guard answers an unknown route.
 */
export function logtoUnknownOperations(pattern: string, state: { violations: string[] }): HttpHandler {
  return http.all(pattern, ({ request }) => {
    state.violations.push(`${request.method} ${new URL(request.url).pathname} is not an operation this kit may call`);
    return logtoError('guard.invalid_input', 404);
  });
}
