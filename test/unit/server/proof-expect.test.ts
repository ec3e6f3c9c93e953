// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/core/clock';
import { memoryProvider } from '../../../src/server/providers/memory';
import { verifyProof } from '../../../src/server/token';
import { createTestHandler, post, SECRET } from './helpers';

const START = 1_767_225_600_000;

async function proofFrom(audience?: string) {
  const clock = createManualClock(START);
  const provider = memoryProvider({ clock });
  const handler = createTestHandler(provider, { now: clock.now, ...(audience !== undefined && { audience }) });
  const to = 'jane@example.com';
  const sent = (await (await post(handler, '/send', { channel: 'email', to, event: 'Register' })).json()) as { requestId: string };
  const verified = await post(handler, '/verify', { channel: 'email', to, event: 'Register', requestId: sent.requestId, code: provider.engine('user-1').lastCode(to)! });
  return { handler, proof: ((await verified.json()) as { proof: string }).proof };
}

describe('verifyProof(proof, secret, expect)', () => {
  it('accepts a proof matching every expectation given', async () => {
    const { proof } = await proofFrom();
    await expect(verifyProof(proof, SECRET, { subject: 'user-1', to: 'jane@example.com', channel: 'email', event: 'Register', now: START })).resolves.toMatchObject({
      subject: 'user-1',
      to: 'jane@example.com',
    });
  });

  it('refuses any mismatch with session_expired', async () => {
    const { proof } = await proofFrom();
    for (const expectation of [{ subject: 'user-2' }, { to: 'other@example.com' }, { channel: 'sms' as const }, { event: 'SignIn' as const }, { audience: 'app' }]) {
      await expect(verifyProof(proof, SECRET, { ...expectation, now: START }), JSON.stringify(expectation)).rejects.toMatchObject({ code: 'session_expired' });
    }
  });

  it('an audience option writes an aud claim, which verifyProof then requires', async () => {
    const { proof, handler } = await proofFrom('https://shop.example');
    await expect(verifyProof(proof, SECRET, { audience: 'https://shop.example', now: START })).resolves.toMatchObject({ audience: 'https://shop.example' });
    await expect(verifyProof(proof, SECRET, { audience: 'https://admin.example', now: START })).rejects.toMatchObject({ code: 'session_expired' });
    await expect(verifyProof(proof, SECRET, { now: START })).rejects.toMatchObject({ code: 'session_expired' });
    // The handler's own verifyProof fills in its audience.
    await expect(handler.verifyProof!(proof, { now: START })).resolves.toMatchObject({ subject: 'user-1' });
  });

  it('singleUse needs a store', async () => {
    const { proof } = await proofFrom();
    await expect(verifyProof(proof, SECRET, { now: START }, { singleUse: true })).rejects.toThrow(/store/);
  });
});
