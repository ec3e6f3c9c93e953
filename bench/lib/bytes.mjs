// Bytes as a consumer's production bundle would ship them: each import bundled by esbuild,
// minified, NODE_ENV=production, peers external, then gzip (level 9) and brotli (quality 11).
import { build } from 'esbuild';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Never in the bundle: React and the kit's peers, which the host app ships anyway. */
// supabase-js: verikit/adapters/supabase takes the app's own client and imports nothing from it.
export const EXTERNAL = ['react', 'react-dom', 'react-hook-form', '@tanstack/react-query', 'libphonenumber-js', '@supabase/supabase-js'];
// `verikit/adapters/testing` imports the user's Vitest (a peer that only runs in tests), and
// `verikit/server` may use `node:` built-ins; neither would ever be bundled for a browser.
const ALSO_EXTERNAL = ['vitest', 'node:*'];

/**
 * How a consumer's production bundler builds verikit, as esbuild options. The size budgets
 * (.size-limit.mjs, through size-limit's `modifyEsbuildConfig`) use the same options, so `npm test`
 * and `npm run bench` measure the same bytes.
 */
export const CONSUMER_BUILD = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  // Licence comments count like any other byte the user downloads.
  legalComments: 'eof',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Marking a package external also marks its subpaths (react/jsx-runtime, react-dom/client).
  external: [...EXTERNAL, ...ALSO_EXTERNAL],
};

/**
 * @param {string} contents an ES module, e.g. `export * from '/abs/dist/index.js'`
 * @param {string} resolveDir where bare imports resolve from
 */
export async function measureBundle(contents, resolveDir) {
  const result = await build({
    ...CONSUMER_BUILD,
    stdin: { contents, resolveDir, loader: 'js' },
    write: false,
    logLevel: 'silent',
    metafile: true,
  });
  const code = result.outputFiles[0].contents;
  const output = Object.values(result.metafile.outputs)[0];
  return {
    minified: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    brotli: brotliCompressSync(code, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.byteLength },
    }).byteLength,
    exports: output?.exports ?? [],
    imports: [...new Set((output?.imports ?? []).filter((i) => i.external).map((i) => i.path))].sort(),
  };
}
