// Makes sure Debian's redis-server exists before the tests that start one (the Redis limit store's).
// Installs it when we are root with apt-get; otherwise prints one line saying how, and the Redis tests fail.
import { existsSync } from 'node:fs';
import { aptInstall, canApt } from './apt.mjs';

export const redisServerPath = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

export function ensureRedis() {
  if (existsSync(redisServerPath)) return true;
  if (!process.env.REDIS_SERVER_PATH && canApt()) {
    if (aptInstall("verikit: no redis-server found, installing Debian's redis-server with apt-get…", ['redis-server']) && existsSync(redisServerPath)) return true;
  }
  console.error(
    `verikit: no redis-server at ${redisServerPath}. Install it with \`sudo apt-get update && sudo apt-get install -y redis-server\`, or set REDIS_SERVER_PATH.`,
  );
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(ensureRedis() ? 0 : 1);
}
