import { VerificationError } from '../errors';

/** An E.164 number: `+`, a country code that doesn't start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;

/** True for a string already in E.164 form. A shape check only: it loads no phone metadata. */
export function isE164(input: string): boolean {
  return typeof input === 'string' && E164.test(input);
}

export interface NormalizePhoneOptions {
  /**
   * ISO 3166-1 alpha-2 country used when the input has no `+country` prefix, e.g. `'US'`.
   * Without it, only international input (`+1 415…`, `0044…` is not enough) is accepted.
   */
  defaultCountry?: string;
}

type PhoneLib = typeof import('./phone-lib');
let phoneLib: Promise<PhoneLib> | undefined;

/**
 * The libphonenumber-js functions verikit uses, with their metadata, are ~29 kB gzip. They are
 * imported on first use so a page that only ever asks for an email never downloads them.
 */
export function loadPhoneLib(): Promise<PhoneLib> {
  phoneLib ??= import('./phone-lib').catch((error: unknown) => {
    // Let a later call try again (e.g. a chunk that failed to load while offline).
    phoneLib = undefined;
    throw new VerificationError('network', 'Could not load phone number support', { cause: error });
  });
  return phoneLib;
}

/**
 * Normalises what a user typed to E.164 (`+14155550123`), or throws `invalid_identifier`.
 * Validation is libphonenumber-js's: the number must be possible and valid for its country.
 */
export async function normalizePhone(input: string, options: NormalizePhoneOptions = {}): Promise<string> {
  const text = typeof input === 'string' ? input.trim() : '';
  if (text.length === 0 || text.length > 64) {
    throw new VerificationError('invalid_identifier', 'Not a valid phone number');
  }
  const lib = await loadPhoneLib();
  const country = options.defaultCountry?.toUpperCase();
  const defaultCountry = country && lib.isSupportedCountry(country) ? country : undefined;
  const parsed = lib.parsePhoneNumberFromString(text, defaultCountry ? { defaultCountry } : undefined);
  if (!parsed || !parsed.isValid()) {
    throw new VerificationError('invalid_identifier', 'Not a valid phone number');
  }
  return parsed.number;
}
