// `npm run size:page`: what a page pays for each component, from dist/ (run `npm run build` first).
// Three figures per import, all esbuild-minified with NODE_ENV=production, gzip level 9:
//   - verikit alone: every peer external (what size-limit budgets);
//   - page, peers included: react-hook-form and @tanstack/react-query (query-core) bundled, since
//     the flow components force them in unless the host already ships them; React stays external;
//   - page with React: react and react-dom (client) bundled too, for a page that has no React yet.
// The phone chunk (libphonenumber-js with its min metadata) is loaded only when a phone field shows: it is
// listed on its own row, never added to the first load.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONSUMER_BUILD } from './lib/bytes.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = (file) => resolve(root, 'dist', file);

// The consumer's build options the budgets and the bench use, with this row's own externals.
async function gzipOf(contents, external) {
  const result = await build({
    ...CONSUMER_BUILD,
    stdin: { contents, resolveDir: root, loader: 'js' },
    external,
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).byteLength;
}

const REACT = ['react', 'react-dom'];
const FORM_AND_QUERY = ['react-hook-form', '@tanstack/react-query'];
const PHONE = ['libphonenumber-js'];
// A page that mounts the component also renders it with react-dom/client.
const mount = "import { createRoot } from 'react-dom/client'; console.log(createRoot);";

const rows = [
  ['`<OtpInput>` (`verikit/otp-input`)', `import { OtpInput } from '${dist('otp-input.js')}'; console.log(OtpInput);`],
  ['`<SendCode>` (`verikit/send-code` + `verikit/react`)', `import { SendCode } from '${dist('send-code.js')}'; import { VerificationProvider } from '${dist('react.js')}'; console.log(SendCode, VerificationProvider);`],
  ['`<VerificationWizard>` (`verikit/wizard` + `verikit/react`)', `import { VerificationWizard } from '${dist('wizard.js')}'; import { VerificationProvider } from '${dist('react.js')}'; console.log(VerificationWizard, VerificationProvider);`],
  ['everything in `verikit`', `export * from '${dist('index.js')}';`],
];

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log('| import | verikit alone (peers external) | page, with react-hook-form + query-core | page, with React too |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, code] of rows) {
  const alone = await gzipOf(code, [...REACT, ...FORM_AND_QUERY, ...PHONE]);
  const page = await gzipOf(code, [...REACT, ...PHONE]);
  const withReact = await gzipOf(`${code}\n${mount}`, PHONE);
  console.log(`| ${name} | ${kb(alone)} | ${kb(page)} | ${kb(withReact)} |`);
}
// The chunk the package really loads (dist/chunks/phone-lib-*.js: four named libphonenumber-js
// functions with the `min` metadata), not the package's whole namespace (43.7 kB).
const phoneChunk = readdirSync(dist('chunks')).find((f) => /^phone-lib-[\w-]+\.js$/.test(f));
if (!phoneChunk) throw new Error('size:page: dist/chunks/phone-lib-*.js is missing; run `npm run build` first');
const phone = await gzipOf(`export * from '${dist(`chunks/${phoneChunk}`)}';`, []);
console.log(`| phone support (libphonenumber-js with its \`min\` metadata), loaded when a phone field first shows | | +${kb(phone)} | +${kb(phone)} |`);
const react = await gzipOf(`import * as React from 'react'; ${mount} console.log(React);`, []);
console.log(`\nReact 19 + react-dom/client alone: ${kb(react)} gzip.`);
