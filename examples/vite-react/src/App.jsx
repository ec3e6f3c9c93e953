import { useState } from 'react';
import { SendCode, VerificationProvider, VerificationWizard } from 'verikit';
import { createMemoryAdapter } from 'verikit/adapters/memory';
import { DemoOutbox } from 'verikit/demo';
import 'verikit/styles.css';

// The demo backend runs in the page: nothing is sent anywhere, and DemoOutbox shows every
// message it "sends", code included. Swap in createHttpAdapter({ baseUrl: '/api/verify' }) for a real one.
const adapter = createMemoryAdapter({ latencyMs: [150, 300] });

const layout = { display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start', padding: 24, fontFamily: 'system-ui, sans-serif' };

export function App() {
  const [result, setResult] = useState(null);
  const [sent, setSent] = useState(null);
  return (
    <VerificationProvider adapter={adapter}>
      <div style={layout}>
        <main style={{ flex: '1 1 320px', maxWidth: 420 }}>
          <h1>Create your account</h1>
          <VerificationWizard accountType="individual" event="Register" onComplete={setResult} />
          {result ? (
            <p data-testid="result">
              Verified {result.email}
              {result.phone ? ` and ${result.phone}` : ''}
            </p>
          ) : null}
          <h1>Sign in</h1>
          {/* SendCode on its own: one identifier, here email or a text message. */}
          <SendCode event="SignIn" channel={['email', 'sms']} onVerified={(verified) => setSent(verified)} />
          {sent ? <p data-testid="signed-in">Signed in</p> : null}
        </main>
        <aside style={{ flex: '1 1 260px', maxWidth: 420 }}>
          <DemoOutbox outbox={adapter.outbox} />
        </aside>
      </div>
    </VerificationProvider>
  );
}
