import { VerificationError } from '../core/errors';

// Control characters (NUL included), format characters (zero-width space/joiners, bidi marks,
// soft hyphen, BOM), other invisibles and any whitespace: none belongs in an address, and each
// lets one inbox look like another (or a header injection ride along).
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\u115F\u1160\u3164\uFFA0\u180E\u2800]/u;
const ASCII_DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

function refuse(message: string): VerificationError {
  return new VerificationError('invalid_identifier', message);
}

/**
 * The server's stricter email rule, on top of the shared normalisation (trim, lower-case domain):
 * no control, NUL, zero-width or other invisible characters, exactly one `@`, no quoted local
 * part, and an internationalised domain in its ASCII (punycode) form, so `bücher.example` and
 * `xn--bcher-kva.example` are one destination.
 */
export function hardenEmail(address: string): string {
  if (INVISIBLE.test(address)) throw refuse('Email addresses may not hold control or invisible characters');
  const at = address.indexOf('@');
  if (at <= 0 || at !== address.lastIndexOf('@')) throw refuse('An email address has exactly one @');
  const local = address.slice(0, at);
  if (local.startsWith('"') || local.includes('"')) throw refuse('Quoted local parts are not accepted');
  const rawDomain = address.slice(at + 1);
  // Characters a URL would read as structure, not as part of a host name.
  if (/[/\\?#:[\]%]/.test(rawDomain)) throw refuse('Not a valid email domain');
  let domain: string;
  try {
    // WHATWG URL applies IDNA (UTS #46) in every runtime: Node, Deno, Bun, workers, browsers.
    domain = new URL(`http://${rawDomain}`).hostname;
  } catch {
    throw refuse('Not a valid email domain');
  }
  if (!ASCII_DOMAIN.test(domain)) throw refuse('Not a valid email domain');
  return `${local}@${domain}`;
}
