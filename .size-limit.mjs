// Bundle budgets, checked in `npm test` (gzip, as a consumer's production bundler would build
// them: peers and libphonenumber-js external). Each locale file is its own check.
import { readdirSync } from 'node:fs';

const ignore = ['react', 'react-dom', 'react-hook-form', '@tanstack/react-query', 'libphonenumber-js'];
const check = (name, path, limit, extra = {}) => ({ name, path, limit, gzip: true, ignore, ...extra });

// Every file in src/entry/locales is a locale entry with the same 2.5 kB budget (new catalogs included).
const locales = readdirSync('src/entry/locales')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

// A server deployment uses one provider, and the entry is tree-shakable, so verikit/server's
// budget is checked as the handler plus each provider on its own (the whole entry with all
// four providers is reported by `npm run bench`).
const serverProviders = ['sfoxProvider', 'logtoManagementProvider', 'ycloudProvider', 'memoryProvider'];

// OtpInput's budget is the 3.5 kB, and it is NOT met (issue 18): with the slot editing
// model (keyboard selection, overwriting paste), \p{Nd} digit folding, container sizing and the
// shared selectionchange listener it measures about 4.8 kB. Where the bytes go (esbuild metafile,
// minified, before gzip): OtpInput.tsx (props, ARIA wiring, register() events, slots, parts)
// ~3.4 kB; use-code-field.ts (input, IME, paste, pointer click/drag/touch, focus) ~2.9 kB;
// core/otp edit.ts (the editing model) ~2.0 kB; Slot.tsx ~0.7 kB; sanitize.ts ~0.5 kB; rules.ts
// ~0.4 kB; use-web-otp.ts ~0.35 kB; theme tokens ~0.3 kB; the rest ~0.7 kB. Meeting 3.5 kB means
// dropping behaviour (e.g. drag selection, WebOTP, register() support) rather than trimming.
// The limit stays at the target so the miss shows in `npm test` instead of being raised quietly.
// - Root entry: target 14 kB, measured 18.7 kB before issue 18 (19.3 kB with it). It carries
//   SendCode, VerificationWizard, the flow reducer and hooks, English, the theme and OtpInput.
//   Issue #12 added about 1.65 kB (longer English copy, resolveLocale, registerLocales/loadMessages,
//   formatDuration and native digits, the expiry note).
// - verikit/server: 8 → 12 kB per provider for the server-hardening issue (10): it now carries the
//   rate limits and memory store, the phone policy (libphonenumber-js/max itself stays external),
//   stricter emails, credential redaction and proof checks. The same issue adds about 0.15 kB to
//   the root entry (Web Crypto codes and a constant-time compare in the demo engine).
// verikit/demo carries the English catalog (its labels fall back to it outside a provider).
export default [
  check('OtpInput (verikit/otp-input)', 'dist/otp-input.js', '3.5 kB', { import: '{ OtpInput }' }),
  check('verikit root entry, with English', 'dist/index.js', '18.8 kB'),
  check('DemoOutbox (verikit/demo)', 'dist/demo.js', '3.5 kB', { import: '{ DemoOutbox }' }),
  ...serverProviders.map((provider) =>
    check(`verikit/server with ${provider}`, 'dist/server.js', '12 kB', {
      import: `{ createVerificationHandler, toNodeListener, verifyProof, ${provider} }`,
    }),
  ),
  ...locales.map((locale) => check(`locale ${locale} (verikit/locales/${locale})`, `dist/locales/${locale}.js`, '2.5 kB')),
];
