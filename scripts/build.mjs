// Library build: one ESM entry per public subpath (read from package.json "exports"), then .d.ts via tsc.
// `--no-dts` skips declarations (npm test only needs the JavaScript to check size budgets).
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
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
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
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
}
console.log(`built ${all.length} entries into dist/`);
