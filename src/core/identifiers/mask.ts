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

// ITU-T E.164 country codes of one digit (1, 7) and two (20, 27, 30–34, 36, 39, 40, 41, 43–49, 51–58,
// 60–66, 81, 82, 84, 86, 90–95, 98); every other country code has three. The codes are prefix-free,
// so the first match is the country code. A pattern rather than a list of strings: the same table
// in a quarter of the bytes. test/unit/core/identifiers.test.ts checks it against every calling code
// libphonenumber-js knows. Display only: validation is libphonenumber-js's job.
const SHORT_COUNTRY_CODE = /^(?:[17]|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58])/;

function countryCodeLength(digits: string): number {
  return SHORT_COUNTRY_CODE.exec(digits)?.[0].length ?? 3;
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
