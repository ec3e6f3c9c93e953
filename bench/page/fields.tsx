// The three code fields under test, each used the way its README shows, all controlled by a
// parent useState (react-otp-input only works controlled, so the other two are used the same way),
// all six digits long and digits-only.
import { useState, type ComponentType } from 'react';
import { OTPInput, REGEXP_ONLY_DIGITS } from 'input-otp';
import ReactOtpInput from 'react-otp-input';
// Resolved to the built package (dist/otp-input.js) by the bench's Vite config; typed from source.
import { OtpInput } from '../../src/entry/otp-input';

export type LibraryId = 'verikit' | 'input-otp' | 'react-otp-input';

export interface FieldProps {
  index: number;
  /** Reports every value the field hands to its parent (no React state: no extra commits). */
  onValue: (index: number, value: string) => void;
}

function VerikitField({ index, onValue }: FieldProps) {
  const [value, setValue] = useState('');
  return (
    <OtpInput
      length={6}
      value={value}
      onChange={(next) => {
        setValue(next);
        onValue(index, next);
      }}
      aria-label={`Code ${index + 1}`}
    />
  );
}

function InputOtpField({ index, onValue }: FieldProps) {
  const [value, setValue] = useState('');
  return (
    <OTPInput
      maxLength={6}
      pattern={REGEXP_ONLY_DIGITS}
      value={value}
      onChange={(next) => {
        setValue(next);
        onValue(index, next);
      }}
      aria-label={`Code ${index + 1}`}
      // input-otp draws nothing itself: slots as in its README (a char and a fake caret per slot).
      render={({ slots }) => (
        <div className="iotp-slots">
          {slots.map((slot, i) => (
            <div key={i} className="iotp-slot" data-active={slot.isActive ? '' : undefined}>
              {slot.char}
              {slot.hasFakeCaret ? <span className="iotp-caret" /> : null}
            </div>
          ))}
        </div>
      )}
    />
  );
}

function ReactOtpInputField({ index, onValue }: FieldProps) {
  const [value, setValue] = useState('');
  return (
    <ReactOtpInput
      value={value}
      numInputs={6}
      inputType="tel"
      skipDefaultStyles
      containerStyle="rotp-row"
      onChange={(next) => {
        setValue(next);
        onValue(index, next);
      }}
      renderInput={(props, i) => <input {...props} className="rotp-input" aria-label={`Code ${index + 1}, digit ${i + 1}`} />}
    />
  );
}

export const FIELDS: Record<LibraryId, ComponentType<FieldProps>> = {
  verikit: VerikitField,
  'input-otp': InputOtpField,
  'react-otp-input': ReactOtpInputField,
};
