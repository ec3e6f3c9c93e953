import { VerificationError } from '../core/errors';
import { sendNeedsVerifiedEmail, type Ordering } from '../core/flow/ordering';
import { identifierKind } from '../core/types';
import { resolveAccountType, type AccountTypeOption, type ProviderContext } from './provider';
import { field, type SendBody } from './request-input';
import { verifyToken } from './token';

export interface OrderingOptions {
  ordering: Ordering;
  accountType: AccountTypeOption;
  secret: string;
  providerName: string;
}

function violation(message: string): VerificationError {
  return new VerificationError('order_violation', message, { status: 409 });
}

/**
 * Email-then-phone on the server, for every provider: for an individual account (not on a
 * password reset, not with `ordering: 'none'`), a phone send must carry `emailProof`, a proof
 * this handler signed for the same subject, channel email, by the same provider, not expired.
 * Anything else is `order_violation`, before the provider is called. The rule itself is the
 * core's (`sendNeedsVerifiedEmail`); this only checks the evidence.
 */
export async function enforceOrdering(body: Record<string, unknown>, input: SendBody, ctx: ProviderContext, options: OrderingOptions): Promise<void> {
  const kind = identifierKind(input.channel);
  if (kind !== 'phone' || options.ordering === 'none') return;
  const accountType = await resolveAccountType(options.accountType, ctx.subject);
  if (!sendNeedsVerifiedEmail({ kind, accountType, event: input.event, ordering: options.ordering })) return;
  const emailProof = field(body, 'emailProof');
  if (typeof emailProof !== 'string' || emailProof.length === 0) throw violation('Verify the email address before the phone number');
  let claims;
  try {
    claims = await verifyToken(emailProof, options.secret, 'proof', ctx.now);
  } catch {
    // Forged, tampered, a requestId, another secret's, or expired: no verified email.
    throw violation('The email proof is not valid');
  }
  if (claims.sub !== ctx.subject || claims.ch !== 'email' || claims.p !== options.providerName) {
    throw violation('The email proof is for another session or identifier');
  }
}
