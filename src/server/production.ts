/** Any spelling of "production" counts: `Production` and ` PRODUCTION ` are production too. */
export function isProduction(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.NODE_ENV?.trim().toLowerCase() === 'production';
}
