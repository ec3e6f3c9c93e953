// Turns the raw results into the terminal tables and the README block.
import { formatBytes, formatMs, formatNumber, formatRatio, markdownTable, textTable } from './stats.mjs';

export const README_INTRO = [
  '`npm run bench` builds the package and measures it against [input-otp](https://github.com/guilhermerodz/input-otp) 1.5.0',
  'and [react-otp-input](https://github.com/devfolioco/react-otp-input) 3.1.1 in one run: what a page pays with the peers',
  'it forces in (a minimal Vite app per page, with Supabase\'s auth UI as the like-for-like auth kit), bundle bytes of every',
  'entry, then, in headless Chromium, 200 code fields of each library mounted, typed into and cleared, the time per keystroke',
  'with 1, 50 and 200 fields on the page, and the wizard driven end to end. It prints tables, saves everything to `bench/results/latest.json` and rewrites the block below.',
  'Times depend on the machine and its load; compare the ratios, which come from the same runs.',
].join('\n');

const LIBS = ['verikit', 'input-otp', 'react-otp-input'];

/** Rows of the field benchmark: [label, key of the per-library medians, formatter, show a ratio]. */
const FIELD_ROWS = [
  ['mount all fields', 'mountMs', formatMs],
  ['time per keystroke (median)', 'keystrokeMs', formatMs],
  ['React commits per keystroke', 'commitsPerKeystroke', (v) => formatNumber(v)],
  ['React commits per digit typed', 'commitsPerDigit', (v) => formatNumber(v)],
  ['React commits per Backspace', 'commitsPerBackspace', (v) => formatNumber(v)],
  ['React render time per keystroke (Profiler)', 'renderMsPerKeystroke', formatMs],
];

/** What a run did, in words. */
export function describeRuns(f) {
  const c = f.config;
  const typed = c.full
    ? `typed into and cleared every field`
    : `typed into and cleared ${c.typedPerRun} of them, a different ${c.typedPerRun} each run (${c.fieldsTypedOverAllRuns} of ${c.fields} fields typed over all runs)`;
  return `each run mounted ${c.fields} fields of each library and ${typed}; medians of ${f.runsUsed} run${f.runsUsed === 1 ? '' : 's'}${
    f.runsUsed < c.runs ? ` (${c.runs} planned; the others did not fit the time limit)` : ''
  }.`;
}

function spotCheckLine(s) {
  return (
    `Cross-check with Playwright's real keyboard, one key every ${s.paceMs} ms, ${s.fields} fields each: React commits per digit ` +
    LIBS.map((lib) => `${lib} ${formatNumber(s.libraries[lib]?.type.commits)}`).join(', ') +
    '; per Backspace ' +
    LIBS.map((lib) => `${lib} ${formatNumber(s.libraries[lib]?.clear.commits)}`).join(', ') +
    '.'
  );
}

function bytesRows(bytes) {
  return bytes.map((b) => [b.label, formatBytes(b.minified), formatBytes(b.gzip), formatBytes(b.brotli)]);
}

/** "0.82× (0.72–1.17)": the median of the per-run ratios and, when they differ, their range. */
function ratioCell(fields, which, key) {
  const value = formatRatio(fields.ratios[which][key]);
  const range = fields.ratioRanges?.[which]?.[key];
  if (!range || fields.runsUsed < 2 || formatRatio(range[0]) === formatRatio(range[1])) return value;
  return `${value} (${formatRatio(range[0]).slice(0, -1)}–${formatRatio(range[1])})`;
}

function fieldRows(fields) {
  return FIELD_ROWS.map(([label, key, format]) => [
    label,
    ...LIBS.map((lib) => format(fields.medians[lib]?.[key])),
    ratioCell(fields, 'verikitToInputOtp', key),
    ratioCell(fields, 'verikitToReactOtpInput', key),
  ]);
}

/** Per-keystroke time with 1, 50 and 200 fields on the page, and the ratios within runs. */
function scalingRows(scaling) {
  const cell = (c, which) => {
    const value = formatRatio(c.ratios[which]);
    const range = c.ratioRanges[which];
    if (!range || c.runs < 2 || formatRatio(range[0]) === formatRatio(range[1])) return value;
    return `${value} (${formatRatio(range[0]).slice(0, -1)}–${formatRatio(range[1])})`;
  };
  return (scaling?.counts ?? []).map((c) => [
    `${c.fields} field${c.fields === 1 ? '' : 's'}`,
    ...LIBS.map((lib) => formatMs(c.medians[lib])),
    cell(c, 'verikitToInputOtp'),
    cell(c, 'verikitToReactOtpInput'),
  ]);
}

const SCALING_HEAD = ['time per keystroke, fields on the page', ...LIBS, 'verikit / input-otp', 'verikit / react-otp-input'];
const scalingNote = (s) =>
  `Per keystroke against the number of fields on the page: ${s.config.typedPerRun} fields typed and cleared per run (the single field ${s.config.typedPerRun} times), ` +
  `${s.config.keystrokesPerRun} keystrokes per library and run, each library on a fresh page; medians of ${s.counts[0]?.runs ?? 0} runs, ratios within runs (range in brackets).`;

function wizardLines(wizard) {
  if (!wizard.available) return [`VerificationWizard: not available yet (${wizard.reason})`];
  if (wizard.error) return [`VerificationWizard: measurement stopped: ${wizard.error}`];
  const lines = [
    `VerificationWizard (median of ${wizard.runs} runs): React commits per keystroke in its code field ${formatNumber(wizard.commitsPerDigit)} ` +
      `(digits 1–5), and ${formatNumber(wizard.commitsOnCompletingDigit)} on the 6th digit of a right code, which submits, verifies and moves on. Requests per user action:`,
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

/**
 * What a page pays, from bench/lib/pages.mjs: one row per page, gzip bytes per file summed.
 * `format` 'text' for the terminal, 'markdown' for the README.
 */
export function pagesTable(pages, format) {
  // A page that forces no peer in (OtpInput) differs from its peers-external build by gzip noise
  // of a few hundred bytes either way; say "none" rather than print a negative size.
  const verikit = (p, key) => (p.group !== 'verikit' ? '–' : key === 'peersPart' && Math.abs(p[key]) < 300 ? 'none' : formatBytes(p[key]));
  const rows = pages.map((p) =>
    p.error
      ? [p.label, `build failed: ${p.error}`, '', '', '', '', '']
      : [
          p.label,
          formatBytes(p.js),
          p.group === 'baseline' ? '–' : formatBytes(p.overBaseline),
          verikit(p, 'verikitPart'),
          verikit(p, 'peersPart'),
          p.css ? formatBytes(p.css) : '–',
          p.lazy ? formatBytes(p.lazy) : '–',
        ],
  );
  const header = ['page (Vite app, minified, gzip)', 'JS up front', 'over React alone', 'verikit', 'peers', 'CSS', 'later (lazy chunks)'];
  const align = ['l', 'r', 'r', 'r', 'r', 'r', 'r'];
  return format === 'text' ? textTable(header, rows, align) : markdownTable(header, rows, align);
}

const PAGES_NOTE =
  'Each page is a minimal Vite app (`bench/pages/` in the repository) built with nothing external; "over React alone" is its JS up ' +
  'front minus the React-only page. "verikit" is the same page built with React and the peers external, minus the React-only ' +
  'page built alike (it includes the provider and, for SendCode and the wizard, the HTTP adapter); "peers" is the rest: ' +
  'react-hook-form, @tanstack/react-query with query-core, and what React itself grows by. "later" is the phone support chunk ' +
  '(libphonenumber-js with its `min` metadata), fetched when a phone field first shows; an email-only page never loads it.';

export function terminalReport(results) {
  const out = [];
  if (results.pages?.length) {
    out.push('What a page pays (bench/pages, Vite, nothing external)');
    out.push(pagesTable(results.pages, 'text'));
    out.push('');
  }
  out.push('Bytes (esbuild, minified, NODE_ENV=production, react/react-dom/react-hook-form/@tanstack/react-query/libphonenumber-js external)');
  out.push(textTable(['import', 'minified', 'gzip', 'brotli'], bytesRows(results.bytes), ['l', 'r', 'r', 'r']));
  out.push('');
  const f = results.fields;
  out.push(`Headless Chromium ${results.environment.chromium}: ${describeRuns(f)}`);
  out.push(textTable(['', ...LIBS, 'verikit / input-otp', 'verikit / react-otp-input'], fieldRows(f), ['l', 'r', 'r', 'r', 'r', 'r']));
  if (results.scaling?.counts.length) out.push('', scalingNote(results.scaling), textTable(SCALING_HEAD, scalingRows(results.scaling), ['l', 'r', 'r', 'r', 'r', 'r']));
  if (results.spotCheck) out.push(spotCheckLine(results.spotCheck));
  out.push('');
  out.push(...wizardLines(results.wizard));
  if (results.problems.length) {
    out.push('', 'Problems:', ...results.problems.map((p) => `  - ${p}`));
  }
  return out.join('\n');
}

const isLocale = (b) => b.group === 'entry' && b.label.startsWith('verikit/locales/');

export function readmeBlock(results) {
  const f = results.fields;
  const rows = results.bytes.filter((b) => b.group === 'component').map((b) => [`\`import ${b.label}\``.replace(' (its only export)`', '` (its only export)'), formatBytes(b.gzip), formatBytes(b.brotli)]);
  for (const b of results.bytes.filter((x) => x.group === 'entry' && !isLocale(x))) rows.push([`\`${b.label}\` (everything it exports)`, formatBytes(b.gzip), formatBytes(b.brotli)]);
  const locales = results.bytes.filter(isLocale);
  if (locales.length) {
    const range = (key) => `${formatBytes(Math.min(...locales.map((b) => b[key])))} – ${formatBytes(Math.max(...locales.map((b) => b[key])))}`;
    rows.push([`\`verikit/locales/*\` (${locales.length} entries)`, range('gzip'), range('brotli')]);
  }
  const lines = [];
  lines.push(
    `From \`npm run bench\` ([method and caveats](bench/README.md)), ${results.generatedAt.slice(0, 10)}, Chromium ${results.environment.chromium}, ` +
      `${results.environment.cpus}, load average ${results.environment.loadAverage[0]}: ${describeRuns(f)} Times depend on the machine; compare the ratios.`,
  );
  lines.push('');
  if (results.pages?.length) {
    lines.push('What a page pays, peers included:');
    lines.push('');
    lines.push(pagesTable(results.pages, 'markdown'));
    lines.push('');
    lines.push(PAGES_NOTE);
    lines.push('');
    lines.push('What each import costs alone, peers external:');
    lines.push('');
  }
  lines.push(markdownTable(['import (esbuild, minified, peers external)', 'gzip', 'brotli'], rows, ['l', 'r', 'r']));
  lines.push('');
  lines.push(markdownTable([`${f.config.fields} fields of each`, ...LIBS, 'verikit / input-otp', 'verikit / react-otp-input'], fieldRows(f), ['l', 'r', 'r', 'r', 'r', 'r']));
  lines.push('');
  lines.push('Each value is the median over runs; each ratio is the median of the ratios within each run, with their range in brackets.');
  if (results.scaling?.counts.length) {
    lines.push('', scalingNote(results.scaling), '');
    lines.push(markdownTable(SCALING_HEAD, scalingRows(results.scaling), ['l', 'r', 'r', 'r', 'r', 'r']));
  }
  if (results.spotCheck) lines.push('', spotCheckLine(results.spotCheck));
  lines.push('');
  const w = results.wizard;
  if (!w.available || w.error || !w.actions.length) {
    lines.push(wizardLines(w)[0]);
  } else {
    lines.push(wizardLines(w)[0]);
    lines.push('');
    const actionRows = [];
    if (w.mountRequests) actionRows.push([`mount (and ${w.mountRequests.getStatus} getStatus)`, String(w.mountRequests.sendCode), String(w.mountRequests.verifyCode)]);
    for (const a of w.actions) actionRows.push([a.ok ? a.action : `${a.action} **(expected ${a.expected.sendCode} / ${a.expected.verifyCode})**`, String(a.requests.sendCode), String(a.requests.verifyCode)]);
    lines.push(markdownTable(['user action', 'sendCode', 'verifyCode'], actionRows, ['l', 'r', 'r']));
  }
  return lines.join('\n');
}
