// A VerificationWizard page (email, then phone), on verikit's HTTP contract.
import { createRoot } from 'react-dom/client';
import { createHttpAdapter } from 'verikit/adapters/http';
import { VerificationProvider } from 'verikit/react';
import { VerificationWizard } from 'verikit/wizard';
import 'verikit/styles.css';

const adapter = createHttpAdapter({ baseUrl: '/api/verify' });

createRoot(document.getElementById('root')).render(
  <VerificationProvider adapter={adapter}>
    <VerificationWizard onComplete={(result) => console.log(result.proofs)} />
  </VerificationProvider>,
);
