import { identifierKind, type Channel } from '../../core/types';

/**
 * The key a destination is limited under: `Victim@Example.com`, `victim@example.com` and
 * `victim+1@example.com` are one inbox to an attacker, so they share one limit. Email: whole
 * address lower-cased, `+tag` stripped from the local part. Phone (any phone channel): the E.164
 * number, so SMS, voice and WhatsApp to one number share a limit. Only for keys: the code still
 * goes to the address as the user typed it.
 */
export function canonicalDestination(channel: Channel, to: string): string {
  if (identifierKind(channel) === 'phone') return `phone:${to}`;
  const at = to.lastIndexOf('@');
  let local = to.slice(0, at).toLowerCase();
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  return `email:${local}@${to.slice(at + 1).toLowerCase()}`;
}
