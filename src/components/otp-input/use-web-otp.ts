import { useEffect } from 'react';

interface OtpCredential extends Credential {
  code: string;
}

/**
 * Listens for an SMS one-time code through the WebOTP API. A no-op where the API is missing
 * (and during SSR, since effects don't run there). The request is aborted when the field
 * unmounts or is complete, because a pending `credentials.get` keeps the browser's SMS prompt alive.
 */
export function useWebOtp(enabled: boolean, complete: boolean, onCode: (code: string) => void): void {
  useEffect(() => {
    if (!enabled || complete) return;
    if (typeof window === 'undefined' || !('OTPCredential' in window) || !navigator.credentials) return;
    const controller = new AbortController();
    navigator.credentials
      .get({ otp: { transport: ['sms'] }, signal: controller.signal } as CredentialRequestOptions)
      .then((credential) => {
        if (!controller.signal.aborted && credential && 'code' in credential) onCode((credential as OtpCredential).code);
      })
      // Aborts and "no SMS arrived" are normal outcomes; the user can still type the code.
      .catch(() => {});
    return () => controller.abort();
  }, [enabled, complete, onCode]);
}
