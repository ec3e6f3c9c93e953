// `npm run bench`: verikit against input-otp 1.5.0 and react-otp-input 3.1.1, in one run.
//   1. builds the package (scripts/build.mjs --no-dts) and works on a snapshot of dist/;
//   2. bytes: every public entry and the three code fields, bundled alike by esbuild; then what a
//      page pays, peers included: a minimal Vite app per page in bench/pages (verikit's SendCode,
//      wizard and OtpInput pages, input-otp, react-otp-input, Supabase's auth UI);
//   3. headless Chromium, ≥5 runs: each run mounts 200 fields of each library and types into and
//      clears a fifth of them, a different fifth each run, so the runs together type into all 200
//      (`--full`: all 200 in every run; about five times longer);
//   4. the wizard, when src/entry/index.ts exports VerificationWizard;
// then prints tables, writes bench/results/latest.json and the README's Performance block.
//
// About 5 minutes on the 2-core machine (while other test runs share it). Options: --runs N
// (default 5), --fields N (default 200), --full (type into every field in every run), --time-limit S
// (default 480, a safety net: no run starts after it and typing stops at it; a run cut short is
// left out and reported), --quick (20 fields, 2 runs, writes bench/results/quick.json only; for
// working on the bench itself), --bytes-only (steps 1, 2 and the pages, no browser; writes
// bench/results/bytes.json only).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LIBRARIES, keyboardSpotCheck, launch, measureLibrary, measureScaling } from './lib/browser.mjs';
import { measureBundle } from './lib/bytes.mjs';
import { buildPackage } from './lib/package.mjs';
import { buildPage } from './lib/page.mjs';
import { measurePages } from './lib/pages.mjs';
import { README_INTRO, pagesTable, readmeBlock, terminalReport } from './lib/report.mjs';
import { serve } from './lib/server.mjs';
import { median, ratio, replaceBenchBlock, rotate } from './lib/stats.mjs';
import { measureWizard, wizardAvailability } from './lib/wizard.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string' },
    fields: { type: 'string' },
    'time-limit': { type: 'string' },
    full: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    'bytes-only': { type: 'boolean', default: false },
    scaling: { type: 'string' },
  },
});
const bytesOnly = opts['bytes-only'];
const quick = opts.quick;
const RUNS = Number(opts.runs ?? (quick ? 2 : 5));
const FIELDS = Number(opts.fields ?? (quick ? 20 : 200));
// The 1/50/200-field scaling runs take about 2.5 minutes on top of the 200-field runs.
const TIME_LIMIT_MS = Number(opts['time-limit'] ?? (opts.full ? 1100 : 480)) * 1000;
// Fields typed into per run: a slice that moves on each run, so that all runs together cover
// every field; with --full, every field in every run.
const TYPED_PER_RUN = opts.full ? FIELDS : Math.ceil(FIELDS / RUNS);
const typedSlice = (run) => {
  const from = (run * TYPED_PER_RUN) % FIELDS;
  return [from, Math.min(FIELDS, from + TYPED_PER_RUN)];
};
if (!(RUNS >= 1 && FIELDS >= 1 && TIME_LIMIT_MS > 0)) throw new Error('bench: --runs, --fields and --time-limit must be positive');
const SPOT_CHECK_FIELDS = Math.min(2, FIELDS);
// Per-keystroke cost against the number of fields on the page (issue 18): 1, 50 and 200 fields,
// 10 fields typed per run (the single field 10 times), so every count gets 120 keystrokes per
// library and run. `--scaling 1,50` picks other counts; `--scaling none` skips it.
const SCALING = opts.scaling === 'none' ? [] : (opts.scaling ?? (quick ? '1,20' : '1,50,200')).split(',').map(Number);
const SCALING_TYPED = 10;
// The wizard's request and commit counts are counts, not times: 3 passes show they repeat.
const WIZARD_RUNS = Math.min(3, RUNS);

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[bench ${elapsed()}] ${message}`);
// Whatever happens, the process ends: a hard stop well after the time limit.
const watchdog = setTimeout(() => {
  console.error(`bench: still running ${Math.round((TIME_LIMIT_MS + 120_000) / 1000)} s after start; giving up.`);
  process.exit(2);
}, TIME_LIMIT_MS + 120_000);
watchdog.unref();

const problems = [];
if (RUNS < 5 && !quick) problems.push(`--runs ${RUNS}: fewer than the 5 runs the medians are meant to take`);
const loadAtStart = os.loadavg().map((n) => Number(n.toFixed(2)));
// The versions the issue names; anything else is reported, since the numbers would not compare.
const EXPECTED_VERSIONS = { 'input-otp': '1.5.0', 'react-otp-input': '3.1.1' };
const versions = {};
for (const name of ['react', 'react-dom', 'input-otp', 'react-otp-input', 'esbuild', 'vite', 'playwright']) {
  try {
    versions[name] = JSON.parse(readFileSync(path.join(repo, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    versions[name] = null;
  }
}
for (const [name, version] of Object.entries(EXPECTED_VERSIONS)) {
  if (versions[name] !== version) problems.push(`${name} is ${versions[name] ?? 'not installed'}, the bench compares against ${version}`);
}
const tmp = mkdtempSync(path.join(os.tmpdir(), 'verikit-bench-'));
let browser;
let server;

try {
  // 1. The package.
  log('building the package (scripts/build.mjs --no-dts)…');
  const pkg = buildPackage(tmp);
  log(`built ${pkg.entries.length} entries in ${(pkg.buildMs / 1000).toFixed(1)} s`);

  // 2. Bytes.
  const bytes = [];
  const distFile = (name) => path.join(pkg.distDir, `${name}.js`).split(path.sep).join('/');
  for (const entry of pkg.entries) {
    const label = entry.key === '.' ? 'verikit' : `verikit/${entry.key.slice(2)}`;
    bytes.push({ group: 'entry', label, library: 'verikit', import: `* from '${label}'`, ...(await measureBundle(`export * from '${distFile(entry.name)}';`, repo)) });
  }
  // The code field as the bench page imports it, for each library.
  const components = [
    ['verikit', "{ OtpInput } from 'verikit/otp-input'", `export { OtpInput } from '${distFile('otp-input')}';`],
    ['input-otp', "{ OTPInput, REGEXP_ONLY_DIGITS } from 'input-otp'", "export { OTPInput, REGEXP_ONLY_DIGITS } from 'input-otp';"],
    ['react-otp-input', "OTPInput from 'react-otp-input' (its only export)", "export { default } from 'react-otp-input';"],
  ];
  for (const [library, label, source] of components) bytes.push({ group: 'component', label, library, import: label, ...(await measureBundle(source, repo)) });
  bytes.push({ group: 'package', label: "* from 'input-otp'", library: 'input-otp', import: "* from 'input-otp'", ...(await measureBundle("export * from 'input-otp';", repo)) });
  const rootExports = bytes.find((b) => b.label === 'verikit')?.exports ?? [];
  log(`bytes measured for ${bytes.length} imports`);

  // 2b. What a page pays: a minimal Vite app per page (bench/pages), peers and all.
  const pages = await measurePages({ tmp, distDir: pkg.distDir });
  for (const p of pages) if (p.error) problems.push(`page ${p.page}: ${p.error}`);
  log(`pages built: ${pages.filter((p) => !p.error).length} of ${pages.length}`);
  if (bytesOnly) {
    console.log('');
    console.log(pagesTable(pages, 'text'));
    const outDir = path.join(repo, 'bench', 'results');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'bytes.json'), `${JSON.stringify({ generatedAt: new Date().toISOString(), bytes: bytes.map(({ exports: _e, ...rest }) => rest), pages, problems }, null, 2)}\n`);
    log('--bytes-only: wrote bench/results/bytes.json; README and latest.json untouched');
    rmSync(tmp, { recursive: true, force: true });
    process.exit(problems.length ? 1 : 0);
  }

  // 3. The page, a server, the browser.
  const pageDir = path.join(tmp, 'page');
  await buildPage({ outDir: pageDir, distDir: pkg.distDir, profiling: true });
  server = await serve({ page: pageDir });
  const url = `${server.url}/page/`;
  browser = await launch();
  const chromiumVersion = browser.version();
  log(`bench page built; Chromium ${chromiumVersion}`);
  const wizardInfo = await wizardAvailability(browser, url);

  // 3a. Fields: each run measures the three libraries back to back, each on a fresh page, the
  // order rotating from run to run. The time limit is a safety net for a machine far busier
  // than usual: no run starts after it (minus a reserve for the cross-check and the wizard) and
  // typing stops at it; a run cut short is reported and left out of the medians.
  const reserveMs = 25_000;
  const deadline = started + TIME_LIMIT_MS - reserveMs;
  const runs = [];
  for (let r = 0; r < RUNS; r += 1) {
    if (Date.now() > deadline) {
      problems.push(`time limit: ${runs.length} of ${RUNS} runs done (raise --time-limit for more)`);
      break;
    }
    const runStarted = Date.now();
    const order = rotate(LIBRARIES, r);
    const [from, to] = typedSlice(r);
    const run = { run: r + 1, order, typedFields: [from, to], libraries: {} };
    for (const library of order) {
      let lastShown = 0;
      const result = await measureLibrary(browser, url, library, {
        fields: FIELDS,
        from,
        to,
        deadline,
        onProgress: (done, total) => {
          if (done === total || Date.now() - lastShown > 5_000) {
            lastShown = Date.now();
            log(`run ${r + 1}/${RUNS} · ${library} · typed ${done}/${total} fields (${from}–${to - 1})`);
          }
        },
      });
      run.libraries[library] = result;
      for (const p of result.problems) problems.push(`run ${r + 1}, ${library}: ${p}`);
    }
    run.ms = Date.now() - runStarted;
    runs.push(run);
    if (!LIBRARIES.every((lib) => run.libraries[lib].complete)) problems.push(`time limit: run ${r + 1} was cut short and is left out`);
  }

  const usable = runs.filter((run) => LIBRARIES.every((lib) => run.libraries[lib]?.complete));
  const metric = {
    mountMs: (s) => s.mount.mountMs,
    keystrokeMs: (s) => s.all.medianMs,
    keystrokeMeanMs: (s) => s.all.meanMs,
    digitMs: (s) => s.type.medianMs,
    backspaceMs: (s) => s.clear.medianMs,
    commitsPerKeystroke: (s) => s.all.commits,
    commitsPerDigit: (s) => s.type.commits,
    commitsPerBackspace: (s) => s.clear.commits,
    renderMsPerKeystroke: (s) => s.all.renderMs,
    mountCommits: (s) => s.mount.commits,
  };
  const medians = {};
  for (const lib of LIBRARIES) {
    medians[lib] = Object.fromEntries(Object.entries(metric).map(([key, pick]) => [key, median(usable.map((run) => pick(run.libraries[lib])))]));
  }
  // Ratios within each run (same machine, same minute), then the median of those.
  const perRun = (other, pick) => usable.map((run) => ratio(pick(run.libraries.verikit), pick(run.libraries[other]))).filter((v) => v != null);
  const ratiosOf = (other) => Object.fromEntries(Object.entries(metric).map(([key, pick]) => [key, median(perRun(other, pick))]));
  // The spread of the per-run ratios: how much one median can be trusted on a shared machine.
  const rangesOf = (other) =>
    Object.fromEntries(
      Object.entries(metric).map(([key, pick]) => {
        const list = perRun(other, pick);
        return [key, list.length ? [Math.min(...list), Math.max(...list)] : null];
      }),
    );
  const covered = new Set(usable.flatMap((run) => Array.from({ length: run.typedFields[1] - run.typedFields[0] }, (_, i) => run.typedFields[0] + i)));
  const fields = {
    config: {
      fields: FIELDS,
      runs: RUNS,
      typedPerRun: TYPED_PER_RUN,
      full: !!opts.full,
      keystrokes: `${TYPED_PER_RUN * 12} keystrokes per library and run (6 digits, then 6 Backspaces, in each of ${TYPED_PER_RUN} fields)`,
      fieldsTypedOverAllRuns: covered.size,
      method:
        'keystrokes dispatched by the page (synthetic keydown, keypress, beforeinput and keyup; the edit itself by document.execCommand, which fires the real input and selectionchange events), identical for all three libraries.',
      reactBuild: 'react-dom/profiling (production React with Profiler callbacks)',
    },
    runsUsed: usable.length,
    medians,
    ratios: { verikitToInputOtp: ratiosOf('input-otp'), verikitToReactOtpInput: ratiosOf('react-otp-input') },
    ratioRanges: { verikitToInputOtp: rangesOf('input-otp'), verikitToReactOtpInput: rangesOf('react-otp-input') },
    runs,
  };
  if (!usable.length) problems.push('no complete run: the field numbers are missing');
  log(`fields: ${usable.length} complete runs`);

  // 3a'. Scaling: the same keystrokes with 1, 50 and 200 fields on the page, each library on a
  // fresh page, the order rotating; ratios within each run, then their median and range.
  const scaling = { config: { fieldCounts: SCALING, typedPerRun: SCALING_TYPED, keystrokesPerRun: SCALING_TYPED * 12 }, counts: [] };
  for (const count of SCALING) {
    const perRun = [];
    for (let r = 0; r < RUNS && Date.now() < deadline; r += 1) {
      const run = {};
      for (const library of rotate(LIBRARIES, r)) {
        const typed = Math.min(count, SCALING_TYPED);
        const result = await measureScaling(browser, url, library, { fields: count, typed, offset: r * typed, repeat: Math.ceil(SCALING_TYPED / typed) });
        for (const p of result.problems) problems.push(`scaling run ${r + 1}, ${library}: ${p}`);
        run[library] = result.keystrokeMs;
      }
      perRun.push(run);
    }
    const ratios = (other) => perRun.map((run) => ratio(run.verikit, run[other])).filter((v) => v != null);
    const spread = (list) => (list.length ? [Math.min(...list), Math.max(...list)] : null);
    scaling.counts.push({
      fields: count,
      runs: perRun.length,
      medians: Object.fromEntries(LIBRARIES.map((lib) => [lib, median(perRun.map((run) => run[lib]))])),
      ratios: { verikitToInputOtp: median(ratios('input-otp')), verikitToReactOtpInput: median(ratios('react-otp-input')) },
      ratioRanges: { verikitToInputOtp: spread(ratios('input-otp')), verikitToReactOtpInput: spread(ratios('react-otp-input')) },
      perRun,
    });
    log(`scaling: ${count} field${count === 1 ? '' : 's'}, ${perRun.length} runs`);
  }
  if (SCALING.length && scaling.counts.some((c) => c.runs < RUNS)) problems.push('time limit: some scaling runs were left out');

  // 3b. Real-keyboard spot check of the synthetic keystrokes.
  let spotCheck = null;
  try {
    spotCheck = await keyboardSpotCheck(browser, url, { fields: SPOT_CHECK_FIELDS, libraries: LIBRARIES });
    for (const p of spotCheck.problems) problems.push(`spot check: ${p}`);
  } catch (error) {
    problems.push(`spot check failed: ${error?.message ?? error}`);
  }

  // 4. The wizard.
  let wizard;
  if (!wizardInfo.available) {
    wizard = {
      available: false,
      reason: 'src/entry/index.ts does not export VerificationWizard (issue 4)',
      rootExports: rootExports.length,
    };
  } else {
    log('wizard: measuring…');
    const passes = await measureWizard(browser, url, { runs: WIZARD_RUNS, deadline: started + TIME_LIMIT_MS + 30_000 });
    const good = passes.filter((p) => !p.error);
    const failed = passes.find((p) => p.error);
    for (const p of passes.flatMap((pass) => pass.problems ?? [])) problems.push(`wizard: ${p}`);
    const perPass = (pick) => median(good.map(pick));
    // Digits 1–5 of every code typed; the completing 6th digit of the right codes apart (it
    // submits, verifies and moves on, all counted with it).
    const codeDigits = (pass, last) =>
      ['wizard:email-code', 'wizard:sms-wrong-code', 'wizard:sms-code'].flatMap((phase) => {
        const list = pass.keystrokes.filter((k) => k.phase === phase);
        if (last) return phase === 'wizard:sms-wrong-code' ? [] : list.slice(-1);
        return list.slice(0, -1);
      });
    const mean = (list) => (list.length ? list.reduce((n, k) => n + k.commits, 0) / list.length : null);
    wizard = {
      available: true,
      provider: wizardInfo.provider,
      runs: good.length,
      error: failed?.error ?? null,
      commitsPerDigit: perPass((p) => mean(codeDigits(p, false))),
      commitsOnCompletingDigit: perPass((p) => mean(codeDigits(p, true))),
      wrongCodeCompletingDigit: perPass((p) => mean(p.keystrokes.filter((k) => k.phase === 'wizard:sms-wrong-code').slice(-1))),
      // Profiler actualDuration / baseDuration over digits 1–5: the share of the wizard's render
      // time that a keystroke re-rendered. Kept in the JSON only: the code field (OtpInput and its
      // slots) is itself a large part of a step, so this can't say which components rendered.
      renderedShare: perPass((p) => {
        const list = codeDigits(p, false);
        const base = list.reduce((n, k) => n + k.baseMs, 0);
        return base > 0 ? list.reduce((n, k) => n + k.renderMs, 0) / base : null;
      }),
      // Every pass makes the same requests unless something is wrong, so show the first and keep all.
      actions: (good[0] ?? failed)?.actions ?? [],
      mountRequests: good[0]?.mountCalls ?? null,
      passes,
    };
    for (const a of wizard.actions) if (!a.ok) problems.push(`wizard: "${a.action}" made ${a.requests.sendCode} sendCode and ${a.requests.verifyCode} verifyCode requests`);
    if (good.length) {
      const differ = good.some((p) => JSON.stringify(p.actions) !== JSON.stringify(good[0].actions));
      if (differ) problems.push('wizard: request counts differed between runs; see wizard.passes in latest.json');
    }
  }

  const results = {
    generatedAt: new Date().toISOString(),
    durationMs: Date.now() - started,
    environment: {
      node: process.version,
      chromium: chromiumVersion,
      cpus: `${os.cpus().length} × ${os.cpus()[0]?.model?.trim() ?? 'CPU'}`,
      // 1, 5 and 15 minute load averages: other processes on the machine while the bench ran.
      loadAverage: loadAtStart,
      loadAverageAtEnd: os.loadavg().map((n) => Number(n.toFixed(2))),
      versions,
      platform: `${os.platform()} ${os.release()}`,
    },
    bytes: bytes.map(({ exports: _exports, ...rest }) => rest),
    pages,
    fields,
    scaling,
    spotCheck,
    wizard,
    problems,
  };

  console.log('');
  console.log(terminalReport(results));
  console.log('');

  const outDir = path.join(repo, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  if (quick) {
    writeFileSync(path.join(outDir, 'quick.json'), `${JSON.stringify(results, null, 2)}\n`);
    log('quick run: wrote bench/results/quick.json; README and latest.json untouched');
  } else {
    writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    const readmePath = path.join(repo, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    writeFileSync(readmePath, replaceBenchBlock(readme, readmeBlock(results), README_INTRO));
    log('wrote bench/results/latest.json and the README Performance block');
  }
} finally {
  await browser?.close().catch(() => {});
  await server?.close().catch(() => {});
  rmSync(tmp, { recursive: true, force: true });
}
log('done');
