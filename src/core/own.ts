/**
 * Looks a key up in a table by own properties only. Upstream text (an error code, a status) is
 * untrusted: with `table[key]`, `constructor`, `toString` or `__proto__` reach Object.prototype
 * and come back as functions or objects instead of "not in the table".
 */
export function ownLookup<V>(table: Readonly<Record<string, V>>, key: unknown): V | undefined {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
