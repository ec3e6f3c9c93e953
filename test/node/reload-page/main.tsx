import { createRoot } from 'react-dom/client';
import { createHttpAdapter } from '../../../src/adapters/http';
import { VerificationWizard } from '../../../src/components';
import { VerificationProvider } from '../../../src/react';

// A page of an app: its session id and API come from the URL, so a reload keeps both, as a
// session cookie would. Nothing else survives the reload except what verikit persists.
const params = new URLSearchParams(location.search);
const adapter = createHttpAdapter({
  baseUrl: params.get('api') ?? '',
  headers: { 'x-verikit-session': params.get('session') ?? '' },
});

createRoot(document.getElementById('root')!).render(
  <VerificationProvider adapter={adapter}>
    <VerificationWizard
      onComplete={(result) => {
        const out = document.createElement('pre');
        out.id = 'result';
        out.textContent = JSON.stringify(result);
        document.body.append(out);
      }}
    />
  </VerificationProvider>,
);
