// verikit's OtpInput alone, controlled, as bench/page/fields.tsx uses it.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { OtpInput } from 'verikit/otp-input';
import 'verikit/styles.css';

function Page() {
  const [value, setValue] = useState('');
  return <OtpInput length={6} value={value} onChange={setValue} onComplete={(code) => console.log(code)} aria-label="Code" />;
}

createRoot(document.getElementById('root')).render(<Page />);
