// @vitest-environment node
// What `npm pack` ships, and what each install needs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const packed: string[] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }))[0].files.map(
  (f: { path: string }) => f.path,
);
const REACT_PEERS = ['react', 'react-dom', 'react-hook-form', '@tanstack/react-query'];

/** Relative link targets in a markdown file (no URLs, no in-page anchors). */
function relativeLinks(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!.split('#')[0]!)
    .filter((target) => target && !/^[a-z]+:/i.test(target));
}

/** Bare package imports of a built file and of every chunk it imports, transitively. */
function bareImports(entry: string, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  if (seen.has(entry)) return found;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
    const spec = m[1]!;
    if (spec.startsWith('.')) for (const inner of bareImports(normalize(join(dirname(entry), spec)), seen)) found.add(inner);
    else found.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
  }
  return found;
}

describe('the npm package', () => {
  it('has repository, homepage, bugs and a LICENSE file that matches "license"', () => {
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\//);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs?.url).toMatch(/^https:\/\//);
    expect(pkg.license).toBe('MIT');
    expect(packed).toContain('LICENSE');
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License/);
  });

  it('ships every file the README and the shipped docs link to', () => {
    const docs = packed.filter((f) => f.endsWith('.md'));
    expect(docs).toContain('README.md');
    const missing: string[] = [];
    for (const doc of docs) {
      for (const target of relativeLinks(doc)) {
        const resolved = normalize(join(dirname(doc), target));
        if (!packed.includes(resolved)) missing.push(`${doc} → ${target}${existsSync(resolved) ? ' (exists, not packed)' : ''}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('makes the React peers optional, so a server-only install does not pull them', () => {
    for (const peer of REACT_PEERS) {
      expect(pkg.peerDependencies[peer]).toBeDefined();
      expect(pkg.peerDependenciesMeta[peer]).toEqual({ optional: true });
    }
    expect(Object.keys(pkg.dependencies)).toEqual(['libphonenumber-js']);
  });

  it.each(['server', 'core', 'adapters/http', 'adapters/memory'])('verikit/%s needs none of the React peers', (name) => {
    const imports = bareImports(`dist/${name}.js`);
    for (const peer of REACT_PEERS) expect(imports.has(peer), `${name} imports ${peer}`).toBe(false);
  });
});
