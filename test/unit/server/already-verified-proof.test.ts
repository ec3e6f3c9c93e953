// @vitest-environment node
// A send refused as `already_verified` (the user's email step reopened after its proof went stale,
// and the provider still knows the address as verified) carries this session's proof for it, but
// only when the provider's own status names that very address for this subject.
import { describe, expect, it } from 'vitest';
import { VerificationError } from '../../../src/core/errors';
import { memoryProvider } from '../../../src/server/providers/memory';
import type { VerificationProvider } from '../../../src/server/provider';
import { verifyProof } from '../../../src/server/token';
import { createTestHandler, errorOf, post, SECRET } from './helpers';

const EMAIL = 'jane@example.com';

async function verifyEmail(handler: ReturnType<typeof createTestHandler>, provider: ReturnType<typeof memoryProvider>, user = 'user-1') {
  const sent = await post(handler, '/send', { channel: 'email', to: EMAIL, event: 'Register' }, { 'x-user': user });
  expect(sent.status).toBe(200);
  const { requestId } = (await sent.json()) as { requestId: string };
  const code = provider.engine(user).lastCode(EMAIL);
  const verified = await post(handler, '/verify', { requestId, channel: 'email', to: EMAIL, code, event: 'Register' }, { 'x-user': user });
  expect(verified.status).toBe(200);
}

/** A provider that refuses every send as already verified, with the status it is given. */
function alreadyVerifiedProvider(status?: VerificationProvider['getStatus']): VerificationProvider {
  return {
    name: 'stub-backend',
    channels: ['email', 'sms'],
    send: () => Promise.reject(new VerificationError('already_verified', 'upstream says verified')),
    verify: () => Promise.reject(new VerificationError('invalid_code')),
    ...(status && { getStatus: status }),
  };
}

describe('already_verified on /send', () => {
  it('carries a proof for this subject and address when the provider’s status confirms it', async () => {
    const provider = memoryProvider();
    const handler = createTestHandler(provider);
    await verifyEmail(handler, provider);
    const again = await post(handler, '/send', { channel: 'email', to: EMAIL, event: 'Register' });
    expect(again.status).toBe(409);
    const error = (await errorOf(again)) as { code: string; proof?: string };
    expect(error.code).toBe('already_verified');
    await expect(verifyProof(error.proof!, SECRET, { subject: 'user-1', channel: 'email', to: EMAIL, event: 'Register' })).resolves.toMatchObject({ provider: 'memory' });
    // Another session's proof it is not.
    await expect(verifyProof(error.proof!, SECRET, { subject: 'user-2' })).rejects.toMatchObject({ code: 'session_expired' });
  });

  it('carries no proof when the provider has no status, or its status names another address or none verified', async () => {
    const cases: VerificationProvider[] = [
      alreadyVerifiedProvider(),
      alreadyVerifiedProvider(async () => ({ email: { to: 'someone-else@example.com', verified: true } })),
      alreadyVerifiedProvider(async () => ({ email: { to: EMAIL, verified: false } })),
      alreadyVerifiedProvider(async () => ({ phone: { to: '+14155550132', verified: true } })),
      alreadyVerifiedProvider(() => Promise.reject(new Error('status lookup failed'))),
    ];
    for (const provider of cases) {
      const response = await post(createTestHandler(provider), '/send', { channel: 'email', to: EMAIL, event: 'Register' });
      expect(response.status).toBe(409);
      const error = (await errorOf(response)) as { code: string; proof?: string };
      expect(error.code).toBe('already_verified');
      expect(error.proof).toBeUndefined();
    }
  });

  it('a provider whose status confirms the address gets a proof with the send’s channel and event', async () => {
    const provider = alreadyVerifiedProvider(async () => ({ email: { to: EMAIL, verified: true } }));
    const response = await post(createTestHandler(provider), '/send', { channel: 'email', to: EMAIL, event: 'SignIn' });
    const error = (await errorOf(response)) as { proof?: string };
    await expect(verifyProof(error.proof!, SECRET)).resolves.toMatchObject({ subject: 'user-1', channel: 'email', to: EMAIL, event: 'SignIn', provider: 'stub-backend' });
  });
});
