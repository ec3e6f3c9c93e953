// Builds bench/page with Vite's JS API into a temporary directory.
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const pageDir = path.join(repo, 'bench', 'page');

/**
 * The page imports `src/entry/*` (for types); the bench measures the built package, so each such
 * import is redirected to the same entry in `distDir` (a snapshot of `dist/` taken right after
 * the build, see run.mjs).
 */
function builtPackage(distDir) {
  const entryDir = path.join(repo, 'src', 'entry') + path.sep;
  return {
    name: 'verikit-bench-dist',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const target = path.resolve(path.dirname(importer), source);
      if (!target.startsWith(entryDir)) return null;
      const built = path.join(distDir, `${target.slice(entryDir.length).replace(/\.tsx?$/, '')}.js`);
      if (!existsSync(built)) throw new Error(`bench: ${built} is missing`);
      return built;
    },
  };
}

/**
 * @param {{ outDir: string, distDir: string, profiling: boolean }} options `profiling` swaps
 *   react-dom/client for react-dom/profiling: React's production build plus <Profiler> callbacks.
 */
export async function buildPage({ outDir, distDir, profiling }) {
  // plugin-react picks the JSX runtime (jsx or jsxDEV) from NODE_ENV, which a previous build in
  // this process may have left set to something else.
  process.env.NODE_ENV = 'production';
  await build({
    configFile: false,
    root: pageDir,
    base: './',
    mode: 'production',
    logLevel: 'error',
    plugins: [react(), builtPackage(distDir)],
    resolve: { alias: profiling ? [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] : [] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: true,
      sourcemap: false,
      target: 'es2022',
      modulePreload: false,
      reportCompressedSize: false,
    },
  });
}
