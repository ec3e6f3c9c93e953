// react-otp-input 3.1.1, controlled (it only works controlled).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import OTPInput from 'react-otp-input';

function Page() {
  const [value, setValue] = useState('');
  return <OTPInput numInputs={6} value={value} onChange={setValue} inputType="tel" renderInput={(props) => <input {...props} />} />;
}

createRoot(document.getElementById('root')).render(<Page />);
