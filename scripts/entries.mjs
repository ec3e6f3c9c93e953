// Public entries come from package.json "exports": key "./a/b" is built from src/entry/a/b.ts(x)
// into dist/a/b.js, with types at dist/types/entry/a/b.d.ts. Server-only entries get no 'use client'.
import { existsSync, readFileSync } from 'node:fs';

const SERVER_ONLY = new Set(['server', 'core', 'adapters/testing']);

export function entries() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return Object.entries(pkg.exports)
    .filter(([key, value]) => typeof value === 'object' && value.default?.endsWith('.js') && !key.includes('*'))
    .map(([key, value]) => {
      const name = key === '.' ? 'index' : key.slice(2);
      const base = `src/entry/${name}`;
      const source = existsSync(`${base}.tsx`) ? `${base}.tsx` : `${base}.ts`;
      if (value.default !== `./dist/${name}.js` || value.types !== `./dist/types/entry/${name}.d.ts`) {
        throw new Error(`package.json exports["${key}"] must point at ./dist/${name}.js and ./dist/types/entry/${name}.d.ts`);
      }
      return { key, name, source, client: !SERVER_ONLY.has(name) };
    });
}
