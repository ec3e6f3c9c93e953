// `npm test`: typecheck, lint, every Vitest project (unit in jsdom, browser and storybook in Chromium,
// browser-firefox in Firefox ESR, browser-webkit in WebKitGTK), then the bundle-size budgets. It always ends with one line, `N passed, M failed`, summed over all of them,
// and writes that line to test-results/summary.txt for .ci/run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureEngines } from './ensure-engines.mjs';
import { engineProjects } from './engines.mjs';
import { ensureFonts } from './ensure-fonts.mjs';
import { ensureRedis } from './ensure-redis.mjs';

const args = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures = [];

function run(label, cmd, cmdArgs) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  return result.status === 0;
}

function check(label, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

mkdirSync('test-results', { recursive: true });

if (!ensureChromium()) {
  writeFileSync('test-results/summary.txt', '0 passed, 1 failed\n');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// Without Firefox ESR or WebKitGTK the other projects still run, but each missing engine's project
// counts as a failure, so a machine without them can never pass silently.
const missingEngines = ensureEngines();
const skipProjects = missingEngines.map((name) => `--project=!${engineProjects[name]}`);
for (const name of missingEngines) check(`${engineProjects[name]}: ${name} is not installed`, false);
// Without redis-server the Redis store's tests fail with the same one-line hint; the rest still run.
ensureRedis();
// Without a font for every script the catalogs use, the button-width test fails with the same hint.
ensureFonts();

check('typecheck', run('typecheck (tsc)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']));
check('lint', run('lint (eslint)', 'npx', ['eslint', '.', '--max-warnings=0']));

const report = 'test-results/vitest.json';
rmSync(report, { force: true });
const vitestOk = run('vitest: unit, browser (Chromium, Firefox, WebKit), storybook', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...skipProjects, ...args,
]);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A suite that fails to load has no tests in it, but it is still a failure.
  const brokenSuites = json.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0);
  failed += brokenSuites.length;
  for (const s of brokenSuites) failures.push(`suite failed to load: ${s.name}`);
  // Name every failed test, so the short tail CI shows still says what broke.
  for (const s of json.testResults) {
    for (const a of s.assertionResults) if (a.status === 'failed') failures.push(`${s.name.replace(`${process.cwd()}/`, '')} > ${a.fullName}`);
  }
  if (!vitestOk && json.numFailedTests === 0 && brokenSuites.length === 0) check('vitest run', false);
} else {
  check('vitest run (no report written)', false);
}

// Budgets are bytes of the built entries (size-limit, gzip); each budget counts as one check.
// The full build, as `npm run build` makes it: after `npm test`, dist/ is ready to pack.
if (run('build for size budgets', 'node', ['scripts/build.mjs'])) {
  const out = spawnSync('npx', ['size-limit', '--json'], { encoding: 'utf8' });
  let results = [];
  try {
    results = JSON.parse(out.stdout);
  } catch {
    check('size-limit (no JSON output)', false);
    console.error(out.stdout, out.stderr);
  }
  const { KNOWN_MISSES = {} } = await import('../.size-limit.mjs');
  console.log('\n▶ size budgets (gzip)');
  const misses = [];
  for (const r of results) {
    const known = KNOWN_MISSES[r.name];
    if (r.passed !== false) {
      console.log(`  ✓ ${r.name}: ${r.size} B${r.sizeLimit ? ` (limit ${r.sizeLimit} B)` : ''}`);
      check(`size budget: ${r.name}`, true);
    } else if (known) {
      // A documented miss: the target is reported as missed every run; the ceiling is what counts.
      const ok = r.size <= known.ceiling;
      console.log(`  ✗ ${r.name}: ${r.size} B, target ${r.sizeLimit} B MISSED (known: ${known.why}); ceiling ${known.ceiling} B ${ok ? 'holds' : 'EXCEEDED'}`);
      misses.push(r.name);
      check(`size ceiling: ${r.name}`, ok);
    } else {
      console.log(`  ✗ ${r.name}: ${r.size} B (limit ${r.sizeLimit} B)`);
      check(`size budget: ${r.name}`, false);
    }
  }
  if (misses.length) console.log(`  ${misses.length} budget target(s) missed, listed in KNOWN_MISSES in .size-limit.mjs (see docs/bundle-size.md)`);
} else {
  check('build', false);
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
const line = `${passed} passed, ${failed} failed`;
// .ci/run prints this list again just above its last line.
writeFileSync('test-results/failures.txt', failures.map((f) => `npm test: ${f}\n`).join(''));
writeFileSync('test-results/summary.txt', `${line}\n`);
console.log(line);
process.exit(failed === 0 ? 0 : 1);
