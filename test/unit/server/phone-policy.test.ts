// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { VerificationError } from '../../../src/core/errors';
import { createPhonePolicy } from '../../../src/server/phone-policy';
import { errorOf, post } from './helpers';
import { limitedSetup } from './limit-scenarios';

// The SMS-pumping numbers from the issue: premium rate, international networks, unassigned.
const PUMPING = {
  '+19005551234': 'US premium rate (+1 900)',
  '+19765551234': 'NANP 976 (unassigned here)',
  '+449012345678': 'UK premium rate (+44 90)',
  '+448712345678': 'UK premium rate (+44 87)',
  '+8816123456789': 'Iridium (+881)',
  '+870773111632': 'Inmarsat (+870)',
  '+882345678901': 'international networks (+882)',
  '+88351000000': 'international networks (+883)',
  '+979123456789': 'international premium rate (+979)',
  '+999123456789': 'unassigned country code',
  '+447012345678': 'UK personal number (+44 70)',
  '+445512345678': 'UK UAN (+44 55)',
};

describe('phone fraud controls', () => {
  it('the handler refuses premium-rate, international-network, UAN/personal and unassigned numbers before the provider', async () => {
    const { handler, sends } = limitedSetup(undefined, { limits: false, ordering: 'none' });
    for (const [to, what] of Object.entries(PUMPING)) {
      const response = await post(handler, '/send', { channel: 'sms', to, event: 'SignIn' }, { 'x-user': `pump-${to}` });
      expect(response.status, what).toBe(400);
      expect((await errorOf(response)).code, what).toBe('invalid_identifier');
    }
    expect(sends).not.toHaveBeenCalled();
    // An ordinary mobile number gets through to the provider (which then wants the email first).
    const ok = await post(handler, '/send', { channel: 'whatsapp', to: '+33612345678', event: 'SignIn' });
    expect((await errorOf(ok)).code).toBe('order_violation');
    expect(sends).toHaveBeenCalledTimes(1);
  });

  it('allowTypes lets a risky type through explicitly; countries are allowed or denied', () => {
    const strict = createPhonePolicy();
    expect(() => strict('+447012345678')).toThrow(VerificationError);
    expect(() => createPhonePolicy({ allowTypes: ['PERSONAL_NUMBER'] })('+447012345678')).not.toThrow();
    expect(() => createPhonePolicy({ allowTypes: ['INTERNATIONAL_NETWORK'] })('+8816123456789')).not.toThrow();
    // +979 is both: allowing only one of the two is not enough.
    expect(() => createPhonePolicy({ allowTypes: ['INTERNATIONAL_NETWORK'] })('+979123456789')).toThrow(/PREMIUM_RATE/);

    const onlyEu = createPhonePolicy({ allowCountries: ['fr', 'DE'] });
    expect(() => onlyEu('+33612345678')).not.toThrow();
    expect(() => onlyEu('+14155550123')).toThrow(/allowCountries/);
    const noUs = createPhonePolicy({ denyCountries: ['US'] });
    expect(() => noUs('+14155550123')).toThrow(/denyCountries/);
    expect(() => noUs('+33612345678')).not.toThrow();
    // A number in no country can't pass an allow list.
    expect(() => createPhonePolicy({ allowCountries: ['US'], allowTypes: ['INTERNATIONAL_NETWORK'] })('+8816123456789')).toThrow(/allowCountries/);
    expect(() => createPhonePolicy({ allowTypes: ['MOBILE' as never] })).toThrow(/unknown type/);
  });

  it('phonePolicy on the handler applies to every phone channel, never to email', async () => {
    const { handler, sends } = limitedSetup(undefined, { limits: false, ordering: 'none', phonePolicy: { denyCountries: ['FR'] } });
    for (const channel of ['sms', 'voice', 'whatsapp']) {
      const response = await post(handler, '/send', { channel, to: '+33612345678', event: 'SignIn' });
      expect((await errorOf(response)).code, channel).toBe('invalid_identifier');
    }
    expect((await post(handler, '/send', { channel: 'email', to: 'jean@example.fr', event: 'SignIn' })).status).toBe(200);
    expect(sends).toHaveBeenCalledTimes(1);
  });
});

describe('beforeSend and the client IP', () => {
  it('beforeSend sees request, subject, channel, destination, event and client IP; a VerificationError refuses the send', async () => {
    const contexts: unknown[] = [];
    const { handler, sends } = limitedSetup(undefined, {
      getClientIp: (request) => request.headers.get('x-real-ip'),
      beforeSend: async (ctx) => {
        contexts.push({ subject: ctx.subject, channel: ctx.channel, to: ctx.to, event: ctx.event, clientIp: ctx.clientIp, url: ctx.request.url });
        // The CAPTCHA example from docs/server.md: a token in a header, checked server-side.
        if (ctx.request.headers.get('x-captcha-token') !== 'passed') throw new VerificationError('captcha_required', 'No CAPTCHA token');
      },
    });
    const refused = await post(handler, '/send', { channel: 'email', to: 'Jane@Example.com', event: 'Register' }, { 'x-real-ip': '198.51.100.4' });
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe('captcha_required');
    expect(sends).not.toHaveBeenCalled();
    const ok = await post(handler, '/send', { channel: 'email', to: 'Jane@Example.com', event: 'Register' }, { 'x-real-ip': '198.51.100.4', 'x-captcha-token': 'passed' });
    expect(ok.status).toBe(200);
    expect(contexts[0]).toEqual({ subject: 'user-1', channel: 'email', to: 'Jane@example.com', event: 'Register', clientIp: '198.51.100.4', url: 'http://app.test/api/verify/send' });
    // The provider gets the client IP in its context, for APIs that pass it on.
    expect(sends.mock.calls[0]![1].clientIp).toBe('198.51.100.4');
  });

  it('an oversized or empty client IP is ignored, not trusted', async () => {
    const { handler, sends } = limitedSetup(undefined, { getClientIp: (request) => request.headers.get('x-real-ip') });
    await post(handler, '/send', { channel: 'email', to: 'a@example.com', event: 'SignIn' }, { 'x-real-ip': 'x'.repeat(200) });
    expect(sends.mock.calls[0]![1].clientIp).toBeUndefined();
  });
});
