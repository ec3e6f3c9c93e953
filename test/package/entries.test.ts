// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { entries } from '../../scripts/entries.mjs';

const built = entries();

describe('the built package', () => {
  it.each(built)('$key is built, and carries a "use client" banner exactly when it is a client entry', ({ name, client }) => {
    const code = readFileSync(`dist/${name}.js`, 'utf8');
    expect(code.startsWith("'use client';") || code.startsWith('"use client";')).toBe(client);
  });

  it.each(built)(
    '$key imports in plain Node without touching window',
    async ({ name }) => {
      expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
      const mod = await import(pathToFileURL(`dist/${name}.js`).href);
      expect(Object.keys(mod).length).toBeGreaterThan(0);
    },
    // The first import loads React and the shared chunks from disk: slow on a loaded machine, never a speed check.
    120_000,
  );

  it('keeps react, react-dom and libphonenumber-js external', () => {
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    const code = files.map((f) => readFileSync(join('dist', f), 'utf8')).join('\n');
    expect(code).toMatch(/from\s*["']react["']/);
    // React's own internals or libphonenumber's metadata inside dist would mean they were bundled.
    expect(code).not.toMatch(/__CLIENT_INTERNALS_DO_NOT_USE|__SECRET_INTERNALS|country_calling_codes/);
  });

  it('loads phone support as one lazy chunk of named libphonenumber-js imports, not the whole package', () => {
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    // Nothing imports the package namespace: `import('libphonenumber-js/min')` keeps AsYouType,
    // findNumbers and the formatters in the consumer's lazy chunk (43.7 kB gzip instead of 29.2 kB).
    for (const f of files) expect(readFileSync(join('dist', f), 'utf8')).not.toMatch(/import\(\s*["']libphonenumber-js/);
    const lazy = files.filter((f) => /^chunks\/phone-lib-[\w-]+\.js$/.test(f));
    expect(lazy).toHaveLength(1);
    expect(readFileSync(join('dist', lazy[0]!), 'utf8')).toMatch(/^export\s*\{[^}]*parsePhoneNumberFromString[^}]*\}\s*from\s*["']libphonenumber-js\/min["']/m);
    const loaders = files.filter((f) => readFileSync(join('dist', f), 'utf8').includes(`import("./${lazy[0]!.slice('chunks/'.length)}")`));
    expect(loaders.length).toBeGreaterThan(0);
  });

  it('is a production build (no development JSX runtime) that leaves NODE_ENV to the consumer', () => {
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    const code = files.map((f) => readFileSync(join('dist', f), 'utf8')).join('\n');
    expect(code).not.toContain('jsx-dev-runtime');
    expect(code).toContain('process.env.NODE_ENV');
  });
});

describe('verikit/server and verikit/server/redis', () => {
  function withChunks(entry: string): string {
    // The entry and every chunk it imports, transitively.
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(join(file, '..', spec!));
    };
    visit(entry);
    return [...seen].map((f) => readFileSync(f, 'utf8')).join('\n');
  }

  it('never import a Redis client package: the app passes its own client', () => {
    for (const entry of ['dist/server.js', 'dist/server/redis.js']) {
      expect(withChunks(entry), entry).not.toMatch(/["'](redis|ioredis|@redis\/[^"']*)["']/);
    }
  });

  it('verikit/server checks phone numbers with the full metadata set, kept external', () => {
    expect(withChunks('dist/server.js')).toMatch(/["']libphonenumber-js\/max["']/);
  });
});
