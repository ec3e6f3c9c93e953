// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { signToken, verifyProof, verifyToken, type TokenClaims } from '../../../src/server/token';
import { toBase64Url, fromBase64Url } from '../../../src/server/encoding';

const SECRET = 'test-secret-0123456789-abcdefghijklmnop';
const OTHER_SECRET = 'another-secret-0123456789-abcdefghijkl';
const NOW = 1_767_225_600_000;

const base: Omit<TokenClaims, 'jti'> = {
  t: 'req',
  ref: 've_123',
  ch: 'email',
  to: 'jane@example.com',
  sub: 'user-1',
  ev: 'Register',
  iat: NOW,
  exp: NOW + 60_000,
  p: 'memory',
};

async function expectExpired(promise: Promise<unknown>) {
  await expect(promise).rejects.toMatchObject({ name: 'VerificationError', code: 'session_expired' });
}

function reencode(token: string, edit: (claims: Record<string, unknown>) => void): string {
  const [prefix, payload, sig] = token.split('.');
  const claims = JSON.parse(new TextDecoder().decode(fromBase64Url(payload!)!)) as Record<string, unknown>;
  edit(claims);
  return `${prefix}.${toBase64Url(new TextEncoder().encode(JSON.stringify(claims)))}.${sig}`;
}

describe('signed tokens', () => {
  it('round-trips the claims it signed', async () => {
    const token = await signToken(base, SECRET);
    expect(token).toMatch(/^vk1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const claims = await verifyToken(token, SECRET, 'req', NOW + 1);
    expect(claims).toMatchObject(base);
    expect(claims.jti).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('refuses a token whose claims were edited (subject, destination, expiry)', async () => {
    const token = await signToken(base, SECRET);
    await expectExpired(verifyToken(reencode(token, (c) => (c.sub = 'user-2')), SECRET, 'req', NOW));
    await expectExpired(verifyToken(reencode(token, (c) => (c.to = 'mallory@example.com')), SECRET, 'req', NOW));
    await expectExpired(verifyToken(reencode(token, (c) => (c.exp = NOW + 10 ** 9)), SECRET, 'req', NOW + 120_000));
  });

  it('refuses a flipped signature bit, a truncated token, junk and another secret', async () => {
    const token = await signToken(base, SECRET);
    const last = token.at(-2) === 'A' ? 'B' : 'A';
    await expectExpired(verifyToken(`${token.slice(0, -2)}${last}${token.at(-1)}`, SECRET, 'req', NOW));
    await expectExpired(verifyToken(token.slice(0, -5), SECRET, 'req', NOW));
    await expectExpired(verifyToken('vk1..', SECRET, 'req', NOW));
    await expectExpired(verifyToken('not a token', SECRET, 'req', NOW));
    await expectExpired(verifyToken(42, SECRET, 'req', NOW));
    await expectExpired(verifyToken(`${token}.extra`, SECRET, 'req', NOW));
    await expectExpired(verifyToken('x'.repeat(5000), SECRET, 'req', NOW));
    await expectExpired(verifyToken(token, OTHER_SECRET, 'req', NOW));
  });

  it('refuses a requestId used as a proof and a proof used as a requestId', async () => {
    const requestId = await signToken(base, SECRET);
    const proof = await signToken({ ...base, t: 'proof' }, SECRET);
    await expectExpired(verifyToken(requestId, SECRET, 'proof', NOW));
    await expectExpired(verifyProof(requestId, SECRET, { now: NOW }));
    await expectExpired(verifyToken(proof, SECRET, 'req', NOW));
  });

  it('refuses an expired token at and after exp', async () => {
    const token = await signToken(base, SECRET);
    await expect(verifyToken(token, SECRET, 'req', base.exp - 1)).resolves.toBeTruthy();
    await expectExpired(verifyToken(token, SECRET, 'req', base.exp));
    await expectExpired(verifyToken(token, SECRET, 'req', base.exp + 1));
  });

  it('refuses a secret shorter than 32 characters, without echoing it', async () => {
    const short = 'short-secret-value';
    const error = await signToken(base, short).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(String((error as Error).message)).not.toContain(short);
  });

  it('verifyProof says what was verified, when, and gives each proof its own id', async () => {
    const a = await signToken({ ...base, t: 'proof', iat: NOW }, SECRET);
    const b = await signToken({ ...base, t: 'proof', iat: NOW }, SECRET);
    const claimsA = await verifyProof(a, SECRET, { now: NOW });
    const claimsB = await verifyProof(b, SECRET, { now: NOW });
    expect(claimsA).toMatchObject({ subject: 'user-1', channel: 'email', to: 'jane@example.com', event: 'Register', issuedAt: NOW, provider: 'memory' });
    // A replay presents the same token again: same id, same iat.
    expect(await verifyProof(a, SECRET, { now: NOW + 5 })).toEqual(claimsA);
    expect(claimsA.id).not.toBe(claimsB.id);
  });

  it('rejects non-canonical base64url spellings of the same bytes', () => {
    // "QQ" and "QR" decode to the same byte; only the canonical one is accepted.
    expect(fromBase64Url('QQ')).toEqual(new Uint8Array([65]));
    expect(fromBase64Url('QR')).toBeNull();
    expect(fromBase64Url('Q')).toBeNull();
    expect(fromBase64Url('QQ==')).toBeNull();
  });
});
