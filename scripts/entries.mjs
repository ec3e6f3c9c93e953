// Public entries come from package.json "exports": key "./a/b" is built from src/entry/a/b.ts(x)
// into dist/a/b.js, with types at dist/types/entry/a/b.d.ts. A "./locales/*" pattern expands to
// every file in src/entry/locales/. Entries that are plain data or server code get no 'use client'
// (a locale must stay data, so a React Server Component can pass it to a client component).
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const NOT_CLIENT = new Set(['server', 'server/redis', 'core', 'adapters/testing']);
const isClient = (name) => !NOT_CLIENT.has(name) && !name.startsWith('locales/');

function expand(key, value) {
  if (!key.includes('*')) return [[key, value]];
  const dir = `src/entry/${key.slice(2, key.indexOf('*'))}`;
  return readdirSync(dir)
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => {
      const stem = file.replace(/\.tsx?$/, '');
      const fill = (text) => text.replace('*', stem);
      return [fill(key), { types: fill(value.types), default: fill(value.default) }];
    });
}

export function entries() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return Object.entries(pkg.exports)
    .filter(([, value]) => typeof value === 'object' && value.default?.endsWith('.js'))
    .flatMap(([key, value]) => expand(key, value))
    .map(([key, value]) => {
      const name = key === '.' ? 'index' : key.slice(2);
      const base = `src/entry/${name}`;
      const source = existsSync(`${base}.tsx`) ? `${base}.tsx` : `${base}.ts`;
      if (value.default !== `./dist/${name}.js` || value.types !== `./dist/types/entry/${name}.d.ts`) {
        throw new Error(`package.json exports["${key}"] must point at ./dist/${name}.js and ./dist/types/entry/${name}.d.ts`);
      }
      return { key, name, source, client: isClient(name) };
    });
}
