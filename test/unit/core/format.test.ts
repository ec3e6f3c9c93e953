import { describe, expect, it } from 'vitest';
import { deepMerge, formatMessage } from '../../../src/core/format';
import { VERIFICATION_ERROR_CODES } from '../../../src/core/errors';
import { en } from '../../../src/i18n/en';

describe('formatMessage', () => {
  it('fills parameters and formats numbers for the locale', () => {
    expect(formatMessage('We sent a code to {to}', { to: 'j•••@example.com' })).toBe('We sent a code to j•••@example.com');
    expect(formatMessage('{n} codes', { n: 12345 }, 'en')).toBe('12,345 codes');
    expect(formatMessage('{n} codes', { n: 12345 }, 'de')).toBe('12.345 codes');
  });

  it('picks plural branches with Intl.PluralRules, exact matches first', () => {
    const t = '{count, plural, =0 {No attempts left} one {# attempt left} other {# attempts left}}';
    expect(formatMessage(t, { count: 0 })).toBe('No attempts left');
    expect(formatMessage(t, { count: 1 })).toBe('1 attempt left');
    expect(formatMessage(t, { count: 4 })).toBe('4 attempts left');
    expect(formatMessage(t, { count: 1000 }, 'en')).toBe('1,000 attempts left');
    // Polish has "few" and "many"; a missing branch falls back to other.
    const pl = '{count, plural, one {# próba} few {# próby} many {# prób} other {# próby}}';
    expect(formatMessage(pl, { count: 2 }, 'pl')).toBe('2 próby');
    expect(formatMessage(pl, { count: 5 }, 'pl')).toBe('5 prób');
    expect(formatMessage('{count, plural, other {# x}}', { count: 1 })).toBe('1 x');
  });

  it('keeps parameters inside plural branches, and # inside a parameter value', () => {
    expect(formatMessage('{n, plural, one {# code to {to}} other {# codes to {to}}}', { n: 2, to: '#1' })).toBe('2 codes to #1');
  });

  it('leaves unknown parameters visible and survives broken templates and locales', () => {
    expect(formatMessage('Hi {name}')).toBe('Hi {name}');
    expect(formatMessage('Hi {name', { name: 'x' })).toBe('Hi {name');
    expect(formatMessage('{n} left', { n: 3 }, 'not a locale!!')).toBe('3 left');
    expect(formatMessage('{n, plural, one {#} other {#}}', { n: 'abc' })).toBe('{n}');
  });
});

describe('deepMerge', () => {
  it('overrides leaves and keeps the rest, without touching the inputs', () => {
    const merged = deepMerge(en, { errors: { invalid_code: 'Nope.' }, actions: { resend: 'Text me' } });
    expect(merged.errors.invalid_code).toBe('Nope.');
    expect(merged.errors.code_expired).toBe(en.errors.code_expired);
    expect(merged.actions.resend).toBe('Text me');
    expect(merged.templates.Register.title).toBe(en.templates.Register.title);
    expect(en.errors.invalid_code).not.toBe('Nope.');
  });

  it('ignores undefined and prototype keys', () => {
    const evil = JSON.parse('{"__proto__": {"polluted": true}, "errors": {"unknown": "Oops"}}') as Record<string, unknown>;
    const merged = deepMerge(en, evil as never, undefined, { errors: { unknown: undefined } });
    expect(merged.errors.unknown).toBe('Oops');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the English catalog', () => {
  it('has a message for every error code', () => {
    for (const code of VERIFICATION_ERROR_CODES) expect(en.errors[code], code).toMatch(/\S/);
  });

  it('formats the UI copy the components need', () => {
    expect(formatMessage(en.status.resendIn, { time: '9\u00a0sec' })).toBe('Resend code in 9\u00a0sec');
    expect(formatMessage(en.status.step, { current: 1, total: 2 })).toBe('Step 1 of 2');
    expect(formatMessage(en.status.wrongCodeAttemptsLeft, { count: 1 })).toBe('That code isn’t right. You have 1 try left.');
    expect(formatMessage(en.status.wrongCodeAttemptsLeft, { count: 2 })).toBe('That code isn’t right. You have 2 tries left.');
    expect(en.errors.rate_limited).not.toMatch(/\{|\d/);
    expect(en.templates.Register.title).toBe('Verify your email address to create your account');
    expect(en.templates.ForgotPassword.title).toBe('Reset your password');
  });

  it('never reveals whether an account exists on the password-reset screens', () => {
    const copy = Object.values(en.templates.ForgotPassword).join(' ').toLowerCase();
    expect(copy).not.toMatch(/no account|not found|doesn.t exist|does not exist|unknown (user|email)/);
    expect(copy).toMatch(/if it belongs to an account/);
  });
});
