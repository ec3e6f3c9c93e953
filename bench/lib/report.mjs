// Turns the raw results into the terminal tables and the README block.
import { formatBytes, formatMs, formatNumber, formatRatio, markdownTable, textTable } from './stats.mjs';

export const README_INTRO = [
  '`npm run bench` builds the package and measures it against [input-otp](https://github.com/guilhermerodz/input-otp) 1.5.0',
  'and [react-otp-input](https://github.com/devfolioco/react-otp-input) 3.1.1 in one run: bundle bytes, then 200 code fields',
  'of each mounted, typed into and cleared in headless Chromium. It prints a table, saves everything to',
  '`bench/results/latest.json` and rewrites the block below. Times depend on the machine; compare the ratios.',
].join('\n');

const LIBS = ['verikit', 'input-otp', 'react-otp-input'];

/** Rows of the field benchmark: [label, key of the per-library medians, formatter, show a ratio]. */
const FIELD_ROWS = [
  ['mount all fields', 'mountMs', formatMs],
  ['time per keystroke (median)', 'keystrokeMs', formatMs],
  ['React commits per keystroke', 'commitsPerKeystroke', (v) => formatNumber(v)],
  ['  of which typing a digit', 'commitsPerDigit', (v) => formatNumber(v)],
  ['  of which Backspace', 'commitsPerBackspace', (v) => formatNumber(v)],
];

function bytesRows(bytes) {
  return bytes.map((b) => [b.label, formatBytes(b.minified), formatBytes(b.gzip), formatBytes(b.brotli)]);
}

function fieldRows(fields) {
  return FIELD_ROWS.map(([label, key, format]) => [
    label,
    ...LIBS.map((lib) => format(fields.medians[lib]?.[key])),
    formatRatio(fields.ratios.verikitToInputOtp[key]),
  ]);
}

function wizardLines(wizard) {
  if (!wizard.available) return [`VerificationWizard: not available yet (${wizard.reason})`];
  if (wizard.error) return [`VerificationWizard: measurement stopped: ${wizard.error}`];
  const lines = [
    `VerificationWizard (median of ${wizard.runs} runs): ${formatNumber(wizard.commitsPerDigit)} React commits per keystroke in the code field ` +
      `(digits 1–5), ${formatNumber(wizard.commitsOnCompletingDigit)} on a right 6th digit (auto-submit, verify, next step). Requests per user action:`,
  ];
  if (wizard.mountRequests) {
    const m = wizard.mountRequests;
    lines.push(`  mount: ${m.getStatus} getStatus, ${m.sendCode} sendCode, ${m.verifyCode} verifyCode`);
  }
  for (const a of wizard.actions) {
    const r = a.requests;
    const e = a.expected;
    lines.push(`  ${a.action}: ${r.sendCode} sendCode, ${r.verifyCode} verifyCode ${a.ok ? '(as expected)' : `(EXPECTED ${e.sendCode} sendCode, ${e.verifyCode} verifyCode)`}`);
  }
  return lines;
}

export function terminalReport(results) {
  const out = [];
  out.push('Bytes (esbuild, minified, NODE_ENV=production, react/react-dom/react-hook-form/@tanstack/react-query/libphonenumber-js external)');
  out.push(textTable(['import', 'minified', 'gzip', 'brotli'], bytesRows(results.bytes), ['l', 'r', 'r', 'r']));
  out.push('');
  const f = results.fields;
  out.push(`Headless Chromium ${results.environment.chromium}: ${f.config.fields} fields per library, median of ${f.runsUsed} runs (${f.config.keystrokes})`);
  out.push(textTable(['', ...LIBS, 'verikit / input-otp'], fieldRows(f), ['l', 'r', 'r', 'r', 'r']));
  if (results.spotCheck) {
    const s = results.spotCheck;
    out.push(
      `Real-keyboard spot check (${s.fields} fields, Playwright keyboard): commits per digit ` +
        LIBS.map((lib) => `${lib} ${formatNumber(s.libraries[lib]?.type.commits)}`).join(', ') +
        '; per Backspace ' +
        LIBS.map((lib) => `${lib} ${formatNumber(s.libraries[lib]?.clear.commits)}`).join(', '),
    );
  }
  out.push('');
  out.push(...wizardLines(results.wizard));
  if (results.problems.length) {
    out.push('', 'Problems:', ...results.problems.map((p) => `  - ${p}`));
  }
  return out.join('\n');
}

export function readmeBlock(results) {
  const f = results.fields;
  const comp = results.bytes.filter((b) => b.group === 'component');
  const entries = results.bytes.filter((b) => b.group === 'entry');
  const lines = [];
  lines.push(
    `Measured ${results.generatedAt.slice(0, 10)} with Chromium ${results.environment.chromium} on ${results.environment.cpus}; ` +
      `median of ${f.runsUsed} runs${f.runsUsed < f.config.runs ? ` (of ${f.config.runs} planned: time limit)` : ''}.`,
  );
  lines.push('');
  lines.push(markdownTable(['the code field as imported', 'gzip', 'brotli'], comp.map((b) => [b.label, formatBytes(b.gzip), formatBytes(b.brotli)]), ['l', 'r', 'r']));
  lines.push('');
  lines.push(markdownTable(['verikit entry', 'gzip', 'brotli'], entries.map((b) => [`\`${b.label}\``, formatBytes(b.gzip), formatBytes(b.brotli)]), ['l', 'r', 'r']));
  lines.push('');
  lines.push(markdownTable([`${f.config.fields} fields each`, ...LIBS, 'verikit / input-otp'], fieldRows(f), ['l', 'r', 'r', 'r', 'r']));
  lines.push('');
  lines.push(...wizardLines(results.wizard).map((l) => (l.startsWith('  ') ? `- ${l.trim()}` : l)));
  lines.push('');
  lines.push(
    'Bytes: each import bundled by esbuild (minified, production), peers external; gzip level 9, brotli quality 11. ' +
      `Browser: ${f.config.method} Mount time is render, commit and layout of all fields; keystroke time runs from keydown until its queued tasks ran and layout was done. ` +
      'Commits are counted with React `<Profiler>` (React’s profiling build, for all three).',
  );
  return lines.join('\n');
}
