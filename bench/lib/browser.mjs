// Drives the bench page (bench/page) in headless Chromium through playwright-core, with Debian's
// Chromium and the project's launch flags (scripts/chromium.mjs); never a downloaded browser.
// playwright (a devDependency) re-exports playwright-core's API; only executablePath is used.
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath, hasChromium } from '../../scripts/chromium.mjs';

export const LIBRARIES = ['verikit', 'input-otp', 'react-otp-input'];

export function launch() {
  if (!hasChromium()) throw new Error(`no Chromium at ${chromiumPath} (set CHROMIUM_PATH, or apt-get install chromium)`);
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true, timeout: 30_000 });
}

/** A different 6-digit code per field, never the same digit twice in a row. */
export function codeFor(index) {
  let code = '';
  let seed = (index * 7919 + 104_729) >>> 0;
  while (code.length < 6) {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    const digit = String((seed >>> 16) % 10);
    if (digit !== code.at(-1)) code += digit;
  }
  return code;
}

/** Rejects after `ms`; the caller closes the page, which ends whatever was still running in it. */
export function withTimeout(promise, ms, label) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer after ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: Number(process.env.VW ?? 1280), height: Number(process.env.VH ?? 720) } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`console.${message.type()}: ${message.text()}`);
  });
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__bench === 'object');
  return { context, page, errors };
}

/**
 * One library on a fresh page (so another library's timers never run during its keystrokes):
 * warm up, mount `fields` fields, then focus, type and clear fields `from`…`to - 1`. `deadline`
 * (epoch ms) stops the typing early; the result then says how many fields were typed.
 */
export async function measureLibrary(browser, url, library, { fields, from = 0, to = fields, chunk = 20, deadline = Infinity, onProgress = () => {} }) {
  const { context, page, errors } = await openPage(browser, url);
  try {
    const codes = Array.from({ length: fields }, (_, i) => codeFor(i));
    await withTimeout(page.evaluate((lib) => window.__bench.warmUp([lib]), library), 60_000, `${library} warm-up`);
    const mount = await page.evaluate(([lib, n, c]) => window.__bench.mount(lib, n, c), [library, fields, codes]);
    await page.evaluate(() => window.__bench.settle());
    let next = from;
    while (next < to && Date.now() < deadline) {
      const end = Math.min(to, next + chunk);
      await withTimeout(
        page.evaluate(([lib, a, b]) => window.__bench.typeFields([lib], a, b), [library, next, end]),
        120_000,
        `${library}: typing fields ${next}-${end - 1}`,
      );
      next = end;
      onProgress(next - from, to - from);
    }
    const typed = next - from;
    const summary = (await page.evaluate(() => window.__bench.summary()))[library];
    const problems = [...errors];
    if (mount.fields !== fields) problems.push(`mounted ${mount.fields} of ${fields} fields`);
    if (summary.unfocused) problems.push(`${summary.unfocused} fields did not take focus`);
    if (summary.completed !== typed) problems.push(`${typed - summary.completed} of ${typed} typed fields never held their full code`);
    if (summary.cleared !== fields) problems.push(`${fields - summary.cleared} fields not empty at the end`);
    if (summary.type.keystrokes !== typed * 6 || summary.clear.keystrokes !== typed * 6) {
      problems.push(`${summary.type.keystrokes}+${summary.clear.keystrokes} keystrokes recorded, expected ${typed * 6} each`);
    }
    return { library, typedFields: [from, from + typed], complete: next === to, mount, ...summary, problems };
  } finally {
    await context.close();
  }
}

/**
 * Cross-check of the page's synthetic keystrokes: the same exercise on the first `fields` fields
 * with Playwright's real keyboard (CDP Input.dispatchKeyEvent, trusted events), one key every
 * `paceMs` like a quick typist, comparing React commits per keystroke. Not timed.
 */
export async function keyboardSpotCheck(browser, url, { fields, libraries, paceMs = 100 }) {
  const { context, page, errors } = await openPage(browser, url);
  try {
    const codes = Array.from({ length: fields }, (_, i) => codeFor(i));
    for (const library of libraries) await page.evaluate(([lib, n, c]) => window.__bench.mount(lib, n, c), [library, fields, codes]);
    const press = async (key) => {
      await page.keyboard.press(key);
      await page.waitForTimeout(paceMs);
    };
    for (let i = 0; i < fields; i += 1) {
      for (const library of libraries) {
        await page.evaluate(([lib, index]) => window.__bench.focusField(lib, index), [library, i]);
        await page.evaluate(() => window.__bench.setPhase('type'));
        for (const digit of codes[i]) await press(digit);
        await page.evaluate(() => window.__bench.setPhase('clear'));
        for (let k = 0; k < 6; k += 1) await press('Backspace');
        await page.evaluate(() => window.__bench.setPhase('idle'));
      }
    }
    const keystrokes = await page.evaluate(() => window.__bench.keystrokes());
    const summary = await page.evaluate(() => window.__bench.summary());
    const out = {};
    for (const library of libraries) {
      const own = keystrokes.filter((k) => k.library === library && k.source === 'keyboard');
      const per = (phase) => {
        const list = own.filter((k) => k.phase === phase);
        return { keystrokes: list.length, commits: list.reduce((n, k) => n + k.commits, 0) / (list.length || 1) };
      };
      out[library] = { type: per('type'), clear: per('clear'), completed: summary[library].completed, cleared: summary[library].cleared };
    }
    return { fields, paceMs, libraries: out, problems: errors };
  } finally {
    await context.close();
  }
}

/**
 * Per-keystroke time with `fields` fields of one library on the page: mount them, then type
 * and clear `typed` of them (spread over the page, starting at `offset`), each `repeat` times.
 * Only the field being typed into changes, so a per-keystroke cost that grows with `fields`
 * comes from work every field does on every keystroke (document listeners, style, layout).
 */
export async function measureScaling(browser, url, library, { fields, typed, offset = 0, repeat = 1 }) {
  const { context, page, errors } = await openPage(browser, url);
  try {
    const codes = Array.from({ length: fields }, (_, i) => codeFor(i));
    await withTimeout(page.evaluate((lib) => window.__bench.warmUp([lib]), library), 60_000, `${library} warm-up`);
    await page.evaluate(([lib, n, c]) => window.__bench.mount(lib, n, c), [library, fields, codes]);
    await page.evaluate(() => window.__bench.settle());
    const step = Math.max(1, Math.floor(fields / typed));
    for (let r = 0; r < repeat; r += 1) {
      for (let k = 0; k < typed; k += 1) {
        const index = (offset + k * step) % fields;
        await withTimeout(
          page.evaluate(([lib, a]) => window.__bench.typeFields([lib], a, a + 1), [library, index]),
          60_000,
          `${library}: typing field ${index} of ${fields}`,
        );
      }
    }
    const summary = (await page.evaluate(() => window.__bench.summary()))[library];
    const problems = [...errors];
    const expected = typed * repeat * 6;
    if (summary.type.keystrokes !== expected || summary.clear.keystrokes !== expected) {
      problems.push(`${fields} fields: ${summary.type.keystrokes}+${summary.clear.keystrokes} keystrokes recorded, expected ${expected} each`);
    }
    if (summary.cleared !== fields) problems.push(`${fields} fields: ${fields - summary.cleared} not empty at the end`);
    return { library, fields, keystrokes: expected * 2, keystrokeMs: summary.all.medianMs, commits: summary.all.commits, problems };
  } finally {
    await context.close();
  }
}
