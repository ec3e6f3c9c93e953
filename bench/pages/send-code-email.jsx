// An email-only SendCode page in English, on verikit's HTTP contract.
import { createRoot } from 'react-dom/client';
import { createHttpAdapter } from 'verikit/adapters/http';
import { VerificationProvider } from 'verikit/react';
import { SendCode } from 'verikit/send-code';
import 'verikit/styles.css';

const adapter = createHttpAdapter({ baseUrl: '/api/verify' });

createRoot(document.getElementById('root')).render(
  <VerificationProvider adapter={adapter}>
    <SendCode channel="email" onVerified={(verified) => console.log(verified.proof)} />
  </VerificationProvider>,
);
