// Debian packages the tests need, installed the one way every ensure-*.mjs script does it: only as
// root, only with apt-get, never waiting for input, with `apt-get update` first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** True when this process may install packages: root, on a machine with apt-get. */
export function canApt() {
  return typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
}

/**
 * `apt-get update && apt-get install -y ...args`, after printing `message`. Returns whether the
 * install exited 0; callers still check that what they need is now there.
 * @param {string} message what is installed and why, printed first
 * @param {string[]} args packages, with any apt-get option before them (e.g. `--no-install-recommends`)
 */
export function aptInstall(message, args) {
  console.log(message);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const opts = { stdio: ['ignore', 'inherit', 'inherit'], env, timeout: 15 * 60_000 };
  const update = spawnSync('apt-get', ['update'], opts);
  return update.status === 0 && spawnSync('apt-get', ['install', '-y', ...args], opts).status === 0;
}
