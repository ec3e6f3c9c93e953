// Where a budgeted import's bytes go: `node scripts/size-breakdown.mjs [send-code|wizard|root|otp-input|react|core|server] [--top N]`.
// Bundles the import from src/ (so the metafile names source modules, not dist chunks) with the
// consumer options the budgets and the bench use, and prints each module's minified bytes in the
// output and its share. gzip is measured for the whole bundle only; a module's gzip share is
// roughly its minified share.
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
};

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' } } });
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
  const rows = Object.entries(output.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
  console.log(`\n${name}: ${code.byteLength} B minified, ${gzipSync(code, { level: 9 }).byteLength} B gzip\n`);
  console.log('| module | minified B | share |\n| --- | ---: | ---: |');
  for (const [id, v] of rows.slice(0, Number(values.top))) {
    console.log(`| ${id} | ${v.bytesInOutput} | ${((100 * v.bytesInOutput) / code.byteLength).toFixed(1)} % |`);
  }
  const rest = rows.slice(Number(values.top));
  if (rest.length) console.log(`| ${rest.length} more | ${rest.reduce((n, [, v]) => n + v.bytesInOutput, 0)} | |`);
}
