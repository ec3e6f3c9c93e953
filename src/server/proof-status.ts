import { VerificationError } from '../core/errors';
import type { VerificationStatus } from '../core/types';
import { json } from './http-errors';
import type { ProviderContext } from './provider';
import { normaliseDestination } from './request-input';
import { verifyToken } from './token';
import { CHANNELS, type Channel } from '../core/types';

/**
 * `POST {base}/proof`: after a reload, the browser asks whether a proof it kept still holds.
 * Answers `{channel, to, proof}` for a proof this handler signed for this subject and provider,
 * not expired, for the identifier the body names; 401 `session_expired` otherwise (one answer
 * for every failure). Stateless: the proof's signature is the evidence.
 */
export async function checkProofRequest(body: Record<string, unknown>, ctx: ProviderContext, options: { secret: string; providerName: string }): Promise<Response> {
  const { proof, channel, to } = body;
  if (!CHANNELS.includes(channel as Channel)) throw new VerificationError('session_expired', 'No channel');
  const destination = normaliseDestination(channel as Channel, to);
  const claims = await verifyToken(proof, options.secret, 'proof', ctx.now);
  if (claims.sub !== ctx.subject || claims.p !== options.providerName || claims.to !== destination || (claims.ch === 'email') !== (channel === 'email')) {
    throw new VerificationError('session_expired', 'The proof is for another session or identifier', { status: 401 });
  }
  return json({ channel: claims.ch, to: claims.to, proof });
}

/**
 * A provider's status as the contract serves it: `{to, verified}` per identifier. A provider's
 * own proof (the memory engine's) is no proof a `verifyProof` would accept, so it is dropped.
 */
export function publicStatus(status: VerificationStatus): VerificationStatus {
  const out: VerificationStatus = {};
  for (const kind of ['email', 'phone'] as const) {
    const entry = status[kind];
    if (entry) out[kind] = entry.to !== undefined ? { to: entry.to, verified: entry.verified } : { verified: entry.verified };
  }
  return out;
}
