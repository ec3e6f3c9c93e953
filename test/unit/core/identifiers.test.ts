import { describe, expect, it } from 'vitest';
import { isVerificationError } from '../../../src/core/errors';
import { isE164, isValidEmail, maskEmail, maskIdentifier, maskPhone, normalizeEmail, normalizePhone, validateIdentifier, validateVerifyRequest } from '../../../src/core/identifiers';

function invalid(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(isVerificationError(error) && error.code).toBe('invalid_identifier');
    return;
  }
  throw new Error('expected invalid_identifier');
}

describe('normalizeEmail', () => {
  it('trims and lower-cases the domain only', () => {
    expect(normalizeEmail('  Jane.Doe@Example.COM \n')).toBe('Jane.Doe@example.com');
    expect(normalizeEmail('a@b.co')).toBe('a@b.co');
    // The domain is what follows the last @.
    expect(normalizeEmail('"we@ird"@EXAMPLE.org')).toBe('"we@ird"@example.org');
  });

  it.each(['', '   ', 'jane', 'jane@', '@example.com', 'jane@example', 'jane doe@example.com', 'jane@exa mple.com', 'jane@example.'])(
    'rejects %j',
    (input) => invalid(() => normalizeEmail(input)),
  );

  it('rejects more than 254 characters and accepts exactly 254', () => {
    const domain = '@example.com';
    expect(normalizeEmail('a'.repeat(254 - domain.length) + domain)).toHaveLength(254);
    invalid(() => normalizeEmail('a'.repeat(255 - domain.length) + domain));
  });

  it('rejects non-strings from untyped callers', () => {
    invalid(() => normalizeEmail(undefined as unknown as string));
    expect(isValidEmail(42 as unknown as string)).toBe(false);
    expect(isValidEmail('x@y.z')).toBe(true);
  });
});

describe('normalizePhone', () => {
  it('normalises national input with a default country and international input without', async () => {
    await expect(normalizePhone('(415) 555-0132', { defaultCountry: 'US' })).resolves.toBe('+14155550132');
    await expect(normalizePhone('+44 20 7946 0958')).resolves.toBe('+442079460958');
    await expect(normalizePhone('030 901820', { defaultCountry: 'de' })).resolves.toBe('+4930901820');
  });

  it.each([
    ['', {}],
    ['hello', { defaultCountry: 'US' }],
    ['4155550132', {}],
    ['+1 555', {}],
    ['+1 000 000 0000', {}],
    ['4155550132', { defaultCountry: 'ZZ' }],
  ])('rejects %j %j with invalid_identifier', async (input, options) => {
    const error = await normalizePhone(input, options).catch((e: unknown) => e);
    expect(isVerificationError(error) && error.code).toBe('invalid_identifier');
  });
});

describe('validateIdentifier (the check every adapter runs)', () => {
  it('accepts email for email and E.164 for phone channels', () => {
    expect(validateIdentifier('email', ' j@Example.com ')).toBe('j@example.com');
    expect(validateIdentifier('sms', '+14155550132')).toBe('+14155550132');
    expect(isE164('+14155550132')).toBe(true);
  });

  it('refuses a phone number on the email channel and the other way round', () => {
    invalid(() => validateIdentifier('email', '+14155550132'));
    invalid(() => validateIdentifier('voice', 'j@example.com'));
    invalid(() => validateIdentifier('whatsapp', '14155550132'));
    invalid(() => validateIdentifier('fax' as never, '+14155550132'));
  });

  it('refuses an empty code and a missing requestId before any request', () => {
    const req = { requestId: 'r', channel: 'email' as const, to: 'j@example.com', code: '123456', event: 'SignIn' as const };
    expect(() => validateVerifyRequest({ ...req, code: '' })).toThrow(expect.objectContaining({ code: 'invalid_code' }));
    expect(() => validateVerifyRequest({ ...req, code: '12 34' })).toThrow(expect.objectContaining({ code: 'invalid_code' }));
    expect(() => validateVerifyRequest({ ...req, requestId: '' })).toThrow(expect.objectContaining({ code: 'session_expired' }));
  });
});

describe('masking', () => {
  it('keeps the first letter and the domain of an email', () => {
    expect(maskEmail('jane@example.com')).toBe('j•••@example.com');
    expect(maskEmail('j@example.com')).toBe('j•••@example.com');
    expect(maskEmail('no-at-sign')).toBe('•••');
  });

  it('keeps the country code and the last two digits of a number', () => {
    expect(maskPhone('+14155550144')).toBe('+1 ••• ••• ••44');
    expect(maskPhone('+442079460958')).toBe('+44 ••• ••• ••58');
    expect(maskPhone('+33612345678')).toBe('+33 ••• ••• •78');
    expect(maskPhone('+35312345678')).toBe('+353 ••• ••• 78');
    expect(maskPhone('4155550144')).toBe('•••');
  });

  it('keeps exactly the country code, for every calling code libphonenumber-js knows', async () => {
    const metadata = (await import('libphonenumber-js/metadata.min.json')).default as { country_calling_codes: Record<string, string[]> };
    const codes = Object.keys(metadata.country_calling_codes);
    expect(codes.length).toBeGreaterThan(200);
    for (const code of codes) expect(maskPhone(`+${code}5550123456`.slice(0, 16)).split(' ')[0]).toBe(`+${code}`);
  });

  it('never shows more than the last two digits', () => {
    for (const number of ['+14155550144', '+4930901820', '+861381234567', '+97150123456']) {
      const masked = maskIdentifier(number);
      const visible = masked.replace(/^\+\d+ /, '').replace(/[^\d]/g, '');
      expect(visible).toBe(number.slice(-2));
    }
  });
});
