'use client';
// 'use client' goes on the file that creates the adapter and renders the components: the adapter
// is a browser object, so a server component must not call createHttpAdapter() itself.
import { useState } from 'react';
import { VerificationProvider, VerificationWizard, type WizardResult } from 'verikit';
import { createHttpAdapter } from 'verikit/adapters/http';

/** The demo's session: one random id per tab, sent as a header (a real app uses its own session). */
function tabSession(): string {
  let id = sessionStorage.getItem('demo-session');
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem('demo-session', id);
  }
  return id;
}

const adapter = createHttpAdapter({
  baseUrl: '/api/verify',
  headers: () => ({ 'x-demo-session': tabSession() }),
});

export function SignUp() {
  const [result, setResult] = useState<WizardResult | null>(null);
  return (
    <VerificationProvider adapter={adapter}>
      <VerificationWizard accountType="individual" event="Register" onComplete={setResult} />
      {result ? (
        <p data-testid="result">
          Verified {result.email}
          {result.phone ? ` and ${result.phone}` : ''}
        </p>
      ) : null}
    </VerificationProvider>
  );
}
