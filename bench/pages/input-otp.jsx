// input-otp 1.5.0, controlled, with slots as in its README (it draws nothing itself).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { OTPInput, REGEXP_ONLY_DIGITS } from 'input-otp';

function Page() {
  const [value, setValue] = useState('');
  return (
    <OTPInput
      maxLength={6}
      pattern={REGEXP_ONLY_DIGITS}
      value={value}
      onChange={setValue}
      onComplete={(code) => console.log(code)}
      aria-label="Code"
      render={({ slots }) => (
        <div>
          {slots.map((slot, i) => (
            <div key={i} data-active={slot.isActive ? '' : undefined}>
              {slot.char}
              {slot.hasFakeCaret ? <span /> : null}
            </div>
          ))}
        </div>
      )}
    />
  );
}

createRoot(document.getElementById('root')).render(<Page />);
