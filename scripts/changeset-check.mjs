// CI's changeset check. A change under src/ since the base should come with a changeset
// (.changeset/*.md): users read CHANGELOG.md to learn what changed. It is reported as a warning,
// never a failure, so a docs-only or test-only change is not blocked and a forgotten note is seen.
// The base is VK_BASE when set (a PR's target), else the last release: the last commit that
// touched CHANGELOG.md, which `npm run release:version` rewrites.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();

let base = process.env.VK_BASE;
try {
  base ||= git('log', '-1', '--format=%H', '--', 'CHANGELOG.md');
} catch {
  base = '';
}
if (!base) {
  console.log('changeset check: no base (no CHANGELOG.md in history); skipped');
  process.exit(0);
}
const changedSrc = git('diff', '--name-only', `${base}...HEAD`, '--', 'src').split('\n').filter(Boolean);
const pending = readdirSync('.changeset').filter((f) => f.endsWith('.md') && f !== 'README.md');
if (changedSrc.length > 0 && pending.length === 0) {
  console.log(`warning: ${changedSrc.length} file(s) under src/ changed since ${base.slice(0, 7)} with no changeset; run \`npx changeset\` to describe the change for users`);
} else {
  console.log(`changeset check: ${changedSrc.length} src file(s) changed since ${base.slice(0, 7)}, ${pending.length} pending changeset(s)`);
}
// `changeset status` validates every pending changeset (names a real package, a valid bump).
const status = spawnSync('npx', ['changeset', 'status'], { stdio: 'inherit' });
if (status.status !== 0) console.log('warning: `changeset status` reported a problem (see above)');
