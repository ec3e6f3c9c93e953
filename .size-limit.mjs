// Bundle budgets, checked in `npm test` (gzip, as a consumer's production bundler would build
// them: peers and libphonenumber-js external). Each locale file is its own check.
import { readdirSync } from 'node:fs';

const ignore = ['react', 'react-dom', 'react-hook-form', '@tanstack/react-query', 'libphonenumber-js'];
const check = (name, path, limit, extra = {}) => ({ name, path, limit, gzip: true, ignore, ...extra });

const locales = readdirSync('src/entry/locales')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

// A server deployment uses one provider, and the entry is tree-shakable, so verikit/server's
// budget is checked as the handler plus each provider on its own (the whole entry with all
// four providers is reported by `npm run bench`).
const serverProviders = ['sfoxProvider', 'logtoManagementProvider', 'ycloudProvider', 'memoryProvider'];

export default [
  check('OtpInput (verikit/otp-input)', 'dist/otp-input.js', '3.5 kB', { import: '{ OtpInput }' }),
  check('verikit root entry, with English', 'dist/index.js', '14 kB'),
  ...serverProviders.map((provider) =>
    check(`verikit/server with ${provider}`, 'dist/server.js', '8 kB', {
      import: `{ createVerificationHandler, toNodeListener, verifyProof, ${provider} }`,
    }),
  ),
  ...locales.map((locale) => check(`locale ${locale} (verikit/locales/${locale})`, `dist/locales/${locale}.js`, '2.5 kB')),
];
