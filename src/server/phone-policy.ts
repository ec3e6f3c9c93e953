import { parsePhoneNumberFromString, type NumberType } from 'libphonenumber-js/max';
import { VerificationError } from '../core/errors';

/**
 * Number types that cost the sender money or reach no person: the ranges SMS pumping (toll
 * fraud) uses. `INTERNATIONAL_NETWORK` is the satellite and global-network codes +870, +881,
 * +882, +883 and +979, which belong to no country and are billed at premium rates.
 */
export type RiskyPhoneType = 'PREMIUM_RATE' | 'SHARED_COST' | 'UAN' | 'PERSONAL_NUMBER' | 'PAGER' | 'INTERNATIONAL_NETWORK';

export const RISKY_PHONE_TYPES: readonly RiskyPhoneType[] = ['PREMIUM_RATE', 'SHARED_COST', 'UAN', 'PERSONAL_NUMBER', 'PAGER', 'INTERNATIONAL_NETWORK'];

const INTERNATIONAL_NETWORKS = new Set(['870', '881', '882', '883', '979']);

/** Geo permissions and number types for SMS, voice and WhatsApp sends, as Twilio's geo permissions. */
export interface PhonePolicy {
  /** ISO 3166-1 alpha-2 regions that may receive codes; any other is refused. Default: every region. */
  allowCountries?: readonly string[];
  /** Regions that may not receive codes. Default: none. */
  denyCountries?: readonly string[];
  /** Risky types to allow anyway (e.g. `['PERSONAL_NUMBER']`). Default: none; every `RiskyPhoneType` is refused. */
  allowTypes?: readonly RiskyPhoneType[];
}

function upper(list: readonly string[] | undefined): Set<string> | undefined {
  return list ? new Set(list.map((c) => c.toUpperCase())) : undefined;
}

/**
 * Checks a phone destination with libphonenumber-js's full metadata (size does not matter on a
 * server, and only the full set knows number types). Throws `invalid_identifier` for an invalid or
 * unassigned number, a refused type or a refused region.
 */
export function createPhonePolicy(policy: PhonePolicy = {}): (to: string) => void {
  const allow = upper(policy.allowCountries);
  const deny = upper(policy.denyCountries);
  const allowTypes = new Set<string>(policy.allowTypes ?? []);
  for (const type of allowTypes) {
    if (!(RISKY_PHONE_TYPES as readonly string[]).includes(type)) {
      throw new TypeError(`verikit/server: phonePolicy.allowTypes has an unknown type ${JSON.stringify(type)}`);
    }
  }
  const refuse = (message: string) => new VerificationError('invalid_identifier', message);

  return function check(to: string): void {
    const number = parsePhoneNumberFromString(to);
    if (!number || !number.isValid()) throw refuse('Not a valid or assigned phone number');
    const risky: string[] = [];
    const type: NumberType = number.getType();
    if (type && (RISKY_PHONE_TYPES as readonly string[]).includes(type)) risky.push(type);
    if (INTERNATIONAL_NETWORKS.has(number.countryCallingCode)) risky.push('INTERNATIONAL_NETWORK');
    const refused = risky.find((t) => !allowTypes.has(t));
    if (refused) throw refuse(`Phone number type ${refused} is refused by the phone policy`);
    const region = number.country;
    if (allow && (!region || !allow.has(region))) throw refuse(`Region ${region ?? 'none'} is not in phonePolicy.allowCountries`);
    if (deny && region && deny.has(region)) throw refuse(`Region ${region} is in phonePolicy.denyCountries`);
  };
}
