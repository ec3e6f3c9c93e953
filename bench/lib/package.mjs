// Builds the package and snapshots dist/ at once. Other engineers' test runs rebuild dist/ in this
// same checkout (their test setup deletes and rewrites it, sometimes with a development JSX
// runtime), so everything the bench measures comes from its own snapshot, checked first.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entries } from '../../scripts/entries.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));

function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.js'))
    .map((d) => path.join(d.parentPath ?? d.path, d.name));
}

/** What is wrong with a dist/ copy, or null: every entry present, production JSX only. */
export function checkDist(distDir, list) {
  const missing = list.filter((e) => !existsSync(path.join(distDir, `${e.name}.js`)));
  if (missing.length) return `missing ${missing.map((e) => `${e.name}.js`).join(', ')}`;
  const dev = jsFiles(distDir).filter((file) => readFileSync(file, 'utf8').includes('react/jsx-dev-runtime'));
  if (dev.length) return `development JSX runtime in ${dev.map((f) => path.relative(distDir, f)).join(', ')}`;
  return null;
}

/**
 * `node scripts/build.mjs --no-dts` with NODE_ENV=production, then a copy of dist/ in
 * `<tmp>/package/dist`, next to a `node_modules` link to the repo's so bare imports resolve.
 * Retries when a concurrent rebuild got in between. Returns `{ distDir, entries, buildMs }`.
 */
export function buildPackage(tmp, { attempts = 3 } = {}) {
  const list = entries();
  const pkgDir = path.join(tmp, 'package');
  const distDir = path.join(pkgDir, 'dist');
  mkdirSync(pkgDir, { recursive: true });
  if (!existsSync(path.join(pkgDir, 'node_modules'))) symlinkSync(path.join(repo, 'node_modules'), path.join(pkgDir, 'node_modules'), 'dir');
  let problem = '';
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const t0 = performance.now();
    const result = spawnSync('node', ['scripts/build.mjs', '--no-dts'], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
      timeout: 120_000,
    });
    const buildMs = performance.now() - t0;
    if (result.status !== 0) {
      problem = `build failed (exit ${result.status}):\n${result.stdout}${result.stderr}`;
      continue;
    }
    rmSync(distDir, { recursive: true, force: true });
    try {
      cpSync(path.join(repo, 'dist'), distDir, { recursive: true });
    } catch (error) {
      problem = `copying dist/ failed: ${error}`;
      continue;
    }
    problem = checkDist(distDir, list) ?? '';
    if (!problem) return { distDir, entries: list, buildMs };
    console.warn(`bench: dist/ changed under us (${problem}); building again (${attempt}/${attempts})`);
  }
  throw new Error(`bench: could not get a clean build of the package: ${problem}`);
}
