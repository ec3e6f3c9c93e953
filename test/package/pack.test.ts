// @vitest-environment node
// What `npm pack` ships after `npm test`: the tarball must carry every file its `exports` name, pass
// publint and attw, and type-check in a strict TypeScript app (a missing .d.ts is TS7016 there).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  scripts: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
};
const work = mkdtempSync(join(tmpdir(), 'verikit-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file path `exports` names, with `*` patterns expanded against the packed file list. */
function exportedPaths(files: Set<string>): string[] {
  const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  return targets.flatMap((target) => {
    const path = target.replace(/^\.\//, '');
    if (!path.includes('*')) return [path];
    const [head, tail] = path.split('*') as [string, string];
    const matches = [...files].filter((f) => f.startsWith(head) && f.endsWith(tail));
    // A pattern that matches nothing is as broken as a missing file.
    return matches.length > 0 ? matches : [path];
  });
}

// --ignore-scripts: the package project's globalSetup already ran the full build, and prepack must
// not rebuild dist/ under the other package tests that read it.
function pack(): string {
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { encoding: 'utf8' });
  const [info] = JSON.parse(out) as [{ filename: string; files: { path: string }[] }];
  return join(work, info.filename);
}

describe('npm pack after npm test', () => {
  let tarball = '';
  let files = new Set<string>();
  beforeAll(() => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
    const [info] = JSON.parse(out) as [{ files: { path: string }[] }];
    files = new Set(info.files.map((f) => f.path));
    tarball = pack();
  });

  it('prepack runs the full build (JavaScript and declarations)', () => {
    expect(pkg.scripts.prepack).toBe('node scripts/build.mjs');
  });

  it('ships every file that exports names, declarations included', () => {
    const missing = exportedPaths(files).filter((p) => !files.has(p));
    expect(missing).toEqual([]);
    expect([...files].filter((f) => f.endsWith('.d.ts')).length).toBeGreaterThan(10);
  });

  it('passes publint (strict) on the tarball', () => {
    const result = spawnSync('npx', ['publint', 'run', tarball, '--strict'], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).not.toMatch(/error|warning/i);
    expect(result.status).toBe(0);
  });

  it('passes attw (ESM-only profile) on the tarball', () => {
    const result = spawnSync('npx', ['attw', tarball, '--profile', 'esm-only', '--exclude-entrypoints', 'styles.css'], {
      encoding: 'utf8',
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('type-checks in a strict TypeScript app that installs the tarball', () => {
    const app = join(work, 'strict-app');
    const modules = join(app, 'node_modules');
    mkdirSync(join(modules, '@types'), { recursive: true });
    mkdirSync(join(modules, '@tanstack'), { recursive: true });
    mkdirSync(join(modules, 'verikit'), { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', join(modules, 'verikit'), '--strip-components=1']);
    // The app's other dependencies are the repo's own installs, linked rather than downloaded.
    for (const dep of ['react', 'react-dom', 'react-hook-form', 'libphonenumber-js', '@types/react', '@types/react-dom', '@tanstack/react-query', '@tanstack/query-core', 'typescript']) {
      const from = join(root, 'node_modules', dep);
      if (existsSync(from)) symlinkSync(from, join(modules, dep), 'dir');
    }
    const specifiers = Object.keys(pkg.exports)
      .filter((k) => !k.includes('*') && !k.endsWith('.css') && !k.endsWith('.json') && !k.includes('testing'))
      .map((k) => k.replace(/^\./, pkg.name));
    specifiers.push(`${pkg.name}/locales/de`);
    writeFileSync(
      join(app, 'index.ts'),
      specifiers.map((s, i) => `import * as m${i} from '${s}';\nexport const e${i}: unknown = m${i};\n`).join(''),
    );
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'strict-app', private: true, type: 'module' }));
    for (const resolution of ['node16', 'bundler'] as const) {
      writeFileSync(
        join(app, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            target: 'es2022',
            module: resolution === 'node16' ? 'node16' : 'esnext',
            moduleResolution: resolution,
            jsx: 'react-jsx',
            lib: ['es2022', 'dom'],
            types: [],
          },
          files: ['index.ts'],
        }),
      );
      const tsc = spawnSync('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], { encoding: 'utf8' });
      expect(tsc.stdout + tsc.stderr, `moduleResolution ${resolution}`).toBe('');
      expect(tsc.status).toBe(0);
    }
    // Two full tsc runs without skipLibCheck: ~30 s alone on this machine, more under load.
  }, 180_000);
});
