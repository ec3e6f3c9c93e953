// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hardenEmail } from '../../../src/server/email';
import { normaliseDestination } from '../../../src/server/request-input';
import { errorOf, post } from './helpers';
import { limitedSetup } from './limit-scenarios';

describe('server email rules', () => {
  it.each([
    ['NUL', 'jane\u0000@example.com'],
    ['control character', 'jane\u0007@example.com'],
    ['CR/LF (header injection)', 'jane@example.com\r\nBcc: x@evil.example'],
    ['zero-width space', 'ja\u200Bne@example.com'],
    ['zero-width joiner', 'jane\u200D@example.com'],
    ['BOM', 'ja\uFEFFne@example.com'],
    ['soft hyphen', 'ja\u00ADne@example.com'],
    ['bidi override', 'jane\u202E@example.com'],
    ['Hangul filler', 'jane\u3164@example.com'],
    ['two @', 'jane@evil.example@example.com'],
    ['quoted local part', '"jane smith"@example.com'],
    ['quoted local part with @', '"a@b"@example.com'],
    ['URL structure in the domain', 'jane@example.com/evil'],
  ])('refuses %s', (_, address) => {
    expect(() => normaliseDestination('email', address)).toThrow(expect.objectContaining({ code: 'invalid_identifier' }));
  });

  it('turns an internationalised domain into punycode and lower-cases it; the local part keeps its case', () => {
    expect(hardenEmail('Jane@BÜCHER.example')).toBe('Jane@xn--bcher-kva.example');
    expect(normaliseDestination('email', ' Jane@Bücher.Example ')).toBe('Jane@xn--bcher-kva.example');
    expect(normaliseDestination('email', 'jane@xn--bcher-kva.example')).toBe('jane@xn--bcher-kva.example');
    expect(normaliseDestination('email', 'jane+tag@example.com')).toBe('jane+tag@example.com');
  });

  it('the handler sends to the punycode form and refuses invisible characters before any provider call', async () => {
    const { handler, sends } = limitedSetup(undefined);
    const refused = await post(handler, '/send', { channel: 'email', to: 'ja\u200Bne@example.com', event: 'SignIn' });
    expect((await errorOf(refused)).code).toBe('invalid_identifier');
    expect(sends).not.toHaveBeenCalled();
    const ok = await post(handler, '/send', { channel: 'email', to: 'jane@bücher.example', event: 'SignIn' });
    expect(await ok.json()).toMatchObject({ to: 'jane@xn--bcher-kva.example' });
    expect(sends.mock.calls[0]![0].to).toBe('jane@xn--bcher-kva.example');
  });
});
