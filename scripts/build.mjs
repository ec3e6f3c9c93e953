// Library build: one ESM entry per public subpath (read from package.json "exports"), then .d.ts via tsc.
// `--no-dts` skips declarations, for a quick local look at bundle output only; never before packing.
// A library build is a production build whatever the caller's NODE_ENV (vitest sets 'test'), or the
// output would import react/jsx-dev-runtime. process.env.NODE_ENV itself stays in the output.
process.env.NODE_ENV = 'production';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { entries } from './entries.mjs';

const withDts = !process.argv.includes('--no-dts');
rmSync('dist', { recursive: true, force: true });

const pkg = (await import('../package.json', { with: { type: 'json' } })).default;
const external = [
  ...Object.keys(pkg.peerDependencies ?? {}),
  ...Object.keys(pkg.dependencies ?? {}),
  // verikit/adapters/testing runs inside the user's Vitest; never bundle the test runner.
  'vitest',
  'react/jsx-runtime',
];
const isExternal = (id) => external.some((name) => id === name || id.startsWith(`${name}/`)) || id.startsWith('node:');

const all = entries();
await build({
  configFile: false,
  // Production JSX runtime, but leave `process.env.NODE_ENV` in the output for the consumer's bundler
  // to replace, so development-only checks (like OtpInput's length error) stay in development builds.
  mode: 'production',
  keepProcessEnv: true,
  logLevel: 'warn',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    minify: true,
    sourcemap: false,
    target: 'es2022',
    lib: { entry: Object.fromEntries(all.map((e) => [e.name, e.source])), formats: ['es'] },
    rolldownOptions: {
      external: isExternal,
      // Rolldown inlines a shared chunk's constants into the importer but keeps a bare
      // `import './chunks/x.js'` behind, which esbuild users then get an "ignored-bare-import"
      // warning for on every build (sideEffects says our modules have none). Not inlining across
      // modules costs 0–40 B gzip per entry and leaves no bare import.
      optimization: { inlineConst: false },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Bare side-effect imports of shared chunks only confuse consumers' tree-shaking (sideEffects: css only).
        hoistTransitiveImports: false,
        // Client entries carry 'use client' so React Server Components treat them as client modules.
        banner: (chunk) => (chunk.isEntry && all.find((e) => e.name === chunk.name)?.client ? "'use client';" : ''),
      },
    },
  },
});

// verikit/styles.css: one file, with the per-component sheets inlined in import order.
const css = readFileSync('src/theme/styles.css', 'utf8').replace(/@import '\.\/([\w-]+\.css)';/g, (_, file) =>
  readFileSync(`src/theme/${file}`, 'utf8'),
);
writeFileSync('dist/styles.css', css);

if (withDts) {
  const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  addDeclarationExtensions('dist/types');
}

/**
 * Node's ESM resolution (and attw's node16 check) needs full specifiers in .d.ts files, while our
 * sources use bundler-style ones. Rewrite './x' to './x.js' or './x/index.js' after tsc.
 */
function addDeclarationExtensions(dir) {
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.d.ts')) continue;
    const file = join(dir, entry);
    const text = readFileSync(file, 'utf8').replace(/((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]*)(['"])/g, (all, pre, spec, post) => {
      if (/\.(js|css|json)$/.test(spec)) return all;
      const base = join(dirname(file), spec);
      if (existsSync(`${base}.d.ts`)) return `${pre}${spec}.js${post}`;
      if (existsSync(join(base, 'index.d.ts'))) return `${pre}${spec}/index.js${post}`;
      return all;
    });
    writeFileSync(file, text);
  }
}
console.log(`built ${all.length} entries into dist/`);
