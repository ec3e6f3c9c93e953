// Where a budgeted import's bytes go: `node scripts/size-breakdown.mjs [send-code|wizard|root|otp-input|react|core|server] [--top N] [--folders]`.
// Bundles the import from src/ (so the metafile names source modules, not dist chunks) with the
// consumer options the budgets and the bench use, and prints each module's minified bytes in the
// output and its share. gzip is measured for the whole bundle only; a module's gzip share is
// roughly its minified share (the "≈ gzip" column). `--folders` sums the modules per folder.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { CONSUMER_BUILD } from '../bench/lib/bytes.mjs';

const IMPORTS = {
  'send-code': "export { SendCode } from './src/entry/send-code.ts';",
  wizard: "export { VerificationWizard } from './src/entry/wizard.ts';",
  root: "export * from './src/entry/index.ts';",
  'otp-input': "export { OtpInput } from './src/entry/otp-input.ts';",
  react: "export * from './src/entry/react.ts';",
  core: "export * from './src/entry/core.ts';",
  server: "export { createVerificationHandler, toNodeListener, verifyProof, sfoxProvider } from './src/entry/server.ts';",
  'server-memory': "export { createVerificationHandler, toNodeListener, verifyProof, memoryProvider } from './src/entry/server.ts';",
};

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' }, folders: { type: 'boolean', default: false } } });
const names = positionals.length ? positionals : ['send-code', 'wizard', 'root'];
for (const name of names) {
  const contents = IMPORTS[name];
  if (!contents) throw new Error(`unknown import ${name}; one of ${Object.keys(IMPORTS).join(', ')}`);
  const result = await build({
    ...CONSUMER_BUILD,
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    jsx: 'automatic',
    loader: { '.css': 'empty' },
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const output = Object.values(result.metafile.outputs)[0];
  const sums = new Map();
  for (const [id, v] of Object.entries(output.inputs)) {
    if (v.bytesInOutput === 0) continue;
    const key = values.folders ? id.slice(0, id.lastIndexOf('/')) || id : id;
    sums.set(key, (sums.get(key) ?? 0) + v.bytesInOutput);
  }
  const rows = [...sums].sort((a, b) => b[1] - a[1]);
  const gzip = gzipSync(code, { level: 9 }).byteLength;
  console.log(`\n${name}: ${code.byteLength} B minified, ${gzip} B gzip\n`);
  console.log(`| ${values.folders ? 'folder' : 'module'} | minified | share | ≈ gzip |\n| --- | ---: | ---: | ---: |`);
  const row = (label, bytes) => `| ${label} | ${bytes} B | ${((100 * bytes) / code.byteLength).toFixed(1)} % | ${Math.round((gzip * bytes) / code.byteLength)} B |`;
  for (const [id, bytes] of rows.slice(0, Number(values.top))) console.log(row(id, bytes));
  const rest = rows.slice(Number(values.top));
  if (rest.length) console.log(row(`${rest.length} more`, rest.reduce((n, [, b]) => n + b, 0)));
}
