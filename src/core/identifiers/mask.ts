import { isE164 } from './phone';

const DOT = '•';

/**
 * `jane@example.com` → `j•••@example.com`. A fixed number of dots, so the mask doesn't leak the
 * length of the local part. Input that isn't an address is masked whole.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return DOT.repeat(3);
  return `${email[0]}${DOT.repeat(3)}${email.slice(at)}`;
}

// ITU-T E.164 country codes of one and two digits; every other country code has three. The
// codes are prefix-free, so the first match is the country code. Display only: validation
// is libphonenumber-js's job.
const ONE_DIGIT = new Set(['1', '7']);
const TWO_DIGIT = new Set(
  '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(
    ' ',
  ),
);

function countryCodeLength(digits: string): number {
  if (ONE_DIGIT.has(digits.slice(0, 1))) return 1;
  if (TWO_DIGIT.has(digits.slice(0, 2))) return 2;
  return 3;
}

/** Splits into groups of three, with a final group of four rather than a lonely digit. */
function group(chars: string): string[] {
  const groups: string[] = [];
  let rest = chars;
  while (rest.length > 4) {
    groups.push(rest.slice(0, 3));
    rest = rest.slice(3);
  }
  if (rest) groups.push(rest);
  return groups;
}

/**
 * `+14155550144` → `+1 ••• ••• ••44`: the country code and the last two digits stay visible,
 * enough for a person to recognise their own number. Input that isn't E.164 is masked whole.
 */
export function maskPhone(e164: string): string {
  if (!isE164(e164)) return DOT.repeat(3);
  const digits = e164.slice(1);
  const ccLength = countryCodeLength(digits);
  const national = digits.slice(ccLength);
  const masked = DOT.repeat(national.length - 2) + national.slice(-2);
  return `+${digits.slice(0, ccLength)} ${group(masked).join(' ')}`;
}

/** Masks an email address or an E.164 number, whichever it is. */
export function maskIdentifier(to: string): string {
  return to.startsWith('+') ? maskPhone(to) : maskEmail(to);
}
