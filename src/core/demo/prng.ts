/**
 * With a seed, mulberry32: a tiny seeded PRNG. Not for secrets: the demo backend uses it so a
 * seeded run produces the same codes and request ids every time, which tests and stories rely on.
 * Without a seed, Web Crypto (`crypto.getRandomValues`): a 32-bit PRNG's state can be recovered
 * from a few outputs (e.g. a request id), which would give away every code it draws next.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** `length` decimal digits. */
  digits(length: number): string;
  /** `length` lower-case hex characters. */
  hex(length: number): string;
  /** The generator's position, to continue from with `createRandom(seed, state)` (a restored demo backend). */
  state(): number;
}

function cryptoRandom(): Random {
  const next = (): number => crypto.getRandomValues(new Uint32Array(1))[0]! / 4294967296;
  // Rejection sampling: every digit (or hex character) equally likely, no modulo bias.
  const pick = (length: number, base: number): string => {
    const limit = 256 - (256 % base);
    let out = '';
    while (out.length < length) {
      for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
        if (byte < limit && out.length < length) out += (byte % base).toString(base);
      }
    }
    return out;
  };
  // Nothing to resume from: a restored unseeded backend just goes on drawing from Web Crypto.
  return { next, digits: (length) => pick(length, 10), hex: (length) => pick(length, 16), state: () => 0 };
}

export function createRandom(seed?: number, state?: number): Random {
  if (seed === undefined) return cryptoRandom();
  let a = (state ?? seed) >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (length: number, base: number): string => {
    let out = '';
    for (let i = 0; i < length; i += 1) out += Math.floor(next() * base).toString(base);
    return out;
  };
  return { next, digits: (length) => pick(length, 10), hex: (length) => pick(length, 16), state: () => a };
}
