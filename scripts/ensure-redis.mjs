// Makes sure Debian's redis-server exists before the tests that start one (the Redis limit store's).
// Installs it when we are root with apt-get; otherwise prints one line saying how, and the Redis tests fail.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const redisServerPath = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

export function ensureRedis() {
  if (existsSync(redisServerPath)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!process.env.REDIS_SERVER_PATH && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("verikit: no redis-server found, installing Debian's redis-server with apt-get…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const opts = { stdio: ['ignore', 'inherit', 'inherit'], env, timeout: 15 * 60_000 };
    const update = spawnSync('apt-get', ['update'], opts);
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', 'redis-server'], opts) : update;
    if (install.status === 0 && existsSync(redisServerPath)) return true;
  }
  console.error(
    `verikit: no redis-server at ${redisServerPath}. Install it with \`sudo apt-get update && sudo apt-get install -y redis-server\`, or set REDIS_SERVER_PATH.`,
  );
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(ensureRedis() ? 0 : 1);
}
