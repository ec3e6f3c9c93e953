// Bundle budgets, checked in `npm test` (gzip level 9 of what a consumer's production bundler
// ships: esbuild with the options of bench/lib/bytes.mjs — minified, ESM, NODE_ENV=production,
// peers and libphonenumber-js external — so `npm test` and `npm run bench` measure alike).
// The limits are the targets (#14), never raised to today's sizes. A build over its target
// fails unless KNOWN_MISSES below lists it with its reason; then it must stay under that entry's
// regression ceiling (about 1.5 % over the size measured). The per-module breakdown is
// `node scripts/size-breakdown.mjs`.
import { readdirSync } from 'node:fs';
import { CONSUMER_BUILD, EXTERNAL } from './bench/lib/bytes.mjs';

// size-limit passes its own esbuild config (entry, outdir, metafile); the consumer's options go on top.
const modifyEsbuildConfig = (config) => ({ ...config, ...CONSUMER_BUILD, external: [...CONSUMER_BUILD.external] });
const check = (name, path, limit, extra = {}) => ({ name, path, limit, gzip: true, ignore: EXTERNAL, modifyEsbuildConfig, ...extra });

// Every file in src/entry/locales is a locale entry with the same 2.5 kB budget (new catalogs included).
const locales = readdirSync('src/entry/locales')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

// A server deployment uses one provider, and the entry is tree-shakable, so verikit/server's
// budget is checked as the handler plus each provider on its own (the whole entry with all
// four providers is reported by `npm run bench`).
const serverProviders = ['sfoxProvider', 'logtoManagementProvider', 'ycloudProvider', 'twilioVerifyProvider', 'memoryProvider'];

// OtpInput's budget is the 3.5 kB, and it is NOT met (issue 18): with the slot editing
// model (keyboard selection, overwriting paste), \p{Nd} digit folding, container sizing and the
// shared selectionchange listener it measures about 4.9 kB (4 933 B). Where the bytes go (esbuild metafile,
// minified, before gzip): OtpInput.tsx (props, ARIA wiring, register() events, slots, parts)
// ~3.4 kB; use-code-field.ts (input, IME, paste, pointer click/drag/touch, focus) ~2.9 kB;
// core/otp edit.ts (the editing model) ~2.0 kB; Slot.tsx ~0.7 kB; sanitize.ts ~0.5 kB; rules.ts
// ~0.4 kB; use-web-otp.ts ~0.35 kB; theme tokens ~0.3 kB; the rest ~0.7 kB. Meeting 3.5 kB means
// dropping behaviour (e.g. drag selection, WebOTP, register() support) rather than trimming.
// The limit stays at the target so the miss shows in `npm test` instead of being raised quietly.
// SendCode, the wizard and the root are at issue 14's targets too, and also over them; the
// breakdown is in docs/bundle-size.md. The size pass (wave 3) cut what was duplicated or bundled
// without being used (SendCode 17 143 → 17 074 B, wizard 20 299 → 20 241 B, root 23 505 → 23 337 B,
// server + provider 22–45 B each, against main with Rolldown's inlineConst off) and brought
// DemoOutbox under its target (4 071 → 2 002 B); what remains is behaviour, module by module, as
// that doc shows. Of the root's growth, issue #12 added about 1.65 kB (longer
// English copy, resolveLocale, registerLocales/loadMessages, formatDuration and native digits, the
// expiry note) and the server-hardening issue (#10) about 0.15 kB (Web Crypto codes and a
// constant-time compare in the demo engine), and the flow refactor (#11) about 1.45 kB (single-identifier
// units composed for the wizard; resuming after a reload checks stored proofs with the backend).
// - verikit/server: issue 14's target is 8 kB per provider. The server-hardening issue (#10) made it
//   carry the rate limits and memory store, the phone policy (libphonenumber-js/max itself stays
//   external), stricter emails, credential redaction and proof checks, and raised the limit to
//   12 kB; it is back at the 8 kB target here, so the miss shows in `npm test` (10.3–11.9 kB).
export default [
  check('OtpInput (verikit/otp-input)', 'dist/otp-input.js', '3.5 kB', { import: '{ OtpInput }' }),
  // An email-only page in English: SendCode's phone support (libphonenumber-js) is a lazy chunk.
  check('SendCode (verikit/send-code), email only, English', 'dist/send-code.js', '10 kB', { import: '{ SendCode }' }),
  check('VerificationWizard (verikit/wizard)', 'dist/wizard.js', '12 kB', { import: '{ VerificationWizard }' }),
  check('verikit root entry (everything), with English', 'dist/index.js', '14 kB'),
  // verikit/demo falls back to English outside a provider: only the catalog's demo and channels sections.
  check('DemoOutbox (verikit/demo)', 'dist/demo.js', '3.5 kB', { import: '{ DemoOutbox }' }),
  // The app brings its own supabase-js client; the adapter imports nothing from it.
  check('verikit/adapters/supabase (supabase-js external)', 'dist/adapters/supabase.js', '2.5 kB'),
  ...serverProviders.map((provider) =>
    check(`verikit/server with ${provider}`, 'dist/server.js', '8 kB', {
      import: `{ createVerificationHandler, toNodeListener, verifyProof, ${provider} }`,
    }),
  ),
  ...locales.map((locale) => check(`locale ${locale} (verikit/locales/${locale})`, `dist/locales/${locale}.js`, '2.5 kB')),
  // The chunk a page loads when a phone field first shows: libphonenumber-js's parser with its
  // `min` metadata (bundled here, not external). No target in the issue; it keeps the named-import
  // cut (43.7 kB with the whole package namespace) from coming back.
  check('lazy phone chunk (libphonenumber-js, min metadata)', 'dist/chunks/phone-lib-*.js', '30 kB', {
    ignore: EXTERNAL.filter((name) => name !== 'libphonenumber-js'),
    modifyEsbuildConfig: (config) => ({ ...config, ...CONSUMER_BUILD, external: CONSUMER_BUILD.external.filter((n) => n !== 'libphonenumber-js') }),
  }),
];

// verikit/server's ceilings per provider: they differ by up to 1.6 kB (the memory provider carries
// the demo engine). A provider added to serverProviders without one fails its check until it has one.
// Each was set ~1.5 % over its size, then raised by 160 B for new behaviour, not drift: a
// `409 already_verified` to /send carries a signed proof when the provider's status confirms the
// address for this session (so a wizard reopened on a stale email proof can go on).
const SERVER_CEILINGS = { sfoxProvider: 10_560, logtoManagementProvider: 10_860, ycloudProvider: 10_610, twilioVerifyProvider: 11_260, memoryProvider: 12_160 };

/**
 * Budgets this release MISSES, each with the size it was missed at and why. `npm test` still prints
 * the miss against the target (the limit above, never raised); what it enforces for these
 * entries is the ceiling, so the miss cannot grow unnoticed while it is being worked off. Remove an
 * entry here as soon as its target is met. Per-module tables: docs/bundle-size.md
 * (`node scripts/size-breakdown.mjs <entry>`).
 */
export const KNOWN_MISSES = {
  // Ceilings: about 1.5 % over the size measured when they were last lowered (the shared-chunk layout
  // alone moves an entry by up to ~60 B gzip from one build to the next).
  'OtpInput (verikit/otp-input)': {
    ceiling: 5_000,
    why: 'slot editing model, \\p{Nd} digit folding, container sizing and the shared selection listener (issue 18) on top of drag selection, WebOTP and register(); 3.5 kB means dropping behaviour',
  },
  'SendCode (verikit/send-code), email only, English': {
    ceiling: 17_300,
    why: 'no single large module (≈ gzip): steps and form ~5.6 kB, code field and editing model ~4.1 kB, provider, hooks and mutations ~2.5 kB, core helpers ~2.1 kB, English ~1.5 kB, unit flow ~0.8 kB',
  },
  'VerificationWizard (verikit/wizard)': {
    // Re-set at ~1.5 % over 20 460 B after two behaviours landed: reopening the email step when the
    // server refuses a stale proof, and taking the proof an `already_verified` answer carries.
    ceiling: 20_750,
    why: 'SendCode’s steps plus the composed flow, proof checks on resume (issue 11), reopening a step whose proof went stale, and the step indicator',
  },
  'verikit root entry (everything), with English': {
    // Re-set at ~1.5 % over 23 559 B with the wizard's two behaviours above.
    ceiling: 23_900,
    why: 'every component, hook and core helper; issues 11, 12 and 18 each added 0.5–1.7 kB of behaviour',
  },
  ...Object.fromEntries(
    serverProviders.map((provider) => [
      `verikit/server with ${provider}`,
      {
        ceiling: SERVER_CEILINGS[provider],
        why: 'the default-on rate limits and memory store, phone policy, stricter emails, redaction and proof checks (issue 10), and server-side ordering with POST /proof (issue 11)',
      },
    ]),
  ),
};
