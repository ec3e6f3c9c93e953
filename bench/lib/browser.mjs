// Drives the bench page (bench/page) in headless Chromium through playwright-core, with Debian's
// Chromium and the project's launch flags (scripts/chromium.mjs); never a downloaded browser.
import { chromium } from 'playwright-core';
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
 * warm up, mount `fields` fields, then focus, type and clear each field. `deadline` (epoch ms)
 * stops the typing early; the result then says how many fields were typed.
 */
export async function measureLibrary(browser, url, library, { fields, chunk = 25, deadline = Infinity, onProgress = () => {} }) {
  const { context, page, errors } = await openPage(browser, url);
  try {
    const codes = Array.from({ length: fields }, (_, i) => codeFor(i));
    await withTimeout(page.evaluate((lib) => window.__bench.warmUp([lib]), library), 60_000, `${library} warm-up`);
    const mount = await page.evaluate(([lib, n, c]) => window.__bench.mount(lib, n, c), [library, fields, codes]);
    await page.evaluate(() => window.__bench.settle());
    let typed = 0;
    while (typed < fields && Date.now() < deadline) {
      const to = Math.min(fields, typed + chunk);
      await withTimeout(
        page.evaluate(([lib, from, end]) => window.__bench.typeFields([lib], from, end), [library, typed, to]),
        120_000,
        `${library}: typing fields ${typed}-${to - 1}`,
      );
      typed = to;
      onProgress(typed, fields);
    }
    const summary = (await page.evaluate(() => window.__bench.summary()))[library];
    const problems = [...errors];
    if (mount.fields !== fields) problems.push(`mounted ${mount.fields} of ${fields} fields`);
    if (summary.unfocused) problems.push(`${summary.unfocused} fields did not take focus`);
    if (summary.completed !== typed) problems.push(`${typed - summary.completed} of ${typed} fields never held their full code`);
    if (summary.cleared !== fields) problems.push(`${fields - summary.cleared} fields not empty after clearing`);
    if (summary.type.keystrokes !== typed * 6 || summary.clear.keystrokes !== typed * 6) {
      problems.push(`${summary.type.keystrokes}+${summary.clear.keystrokes} keystrokes recorded, expected ${typed * 6} each`);
    }
    return { library, fieldsTyped: typed, complete: typed === fields, mount, ...summary, problems };
  } finally {
    await context.close();
  }
}

/**
 * Cross-check of the page's synthetic keystrokes: the same exercise on the first `fields` fields
 * with Playwright's real keyboard (CDP Input.dispatchKeyEvent, trusted events), comparing React
 * commits per keystroke. Not timed: a real key costs a round trip to the browser process.
 */
export async function keyboardSpotCheck(browser, url, { fields, libraries }) {
  const { context, page, errors } = await openPage(browser, url);
  try {
    const codes = Array.from({ length: fields }, (_, i) => codeFor(i));
    for (const library of libraries) await page.evaluate(([lib, n, c]) => window.__bench.mount(lib, n, c), [library, fields, codes]);
    for (let i = 0; i < fields; i += 1) {
      for (const library of libraries) {
        await page.evaluate(([lib, index]) => window.__bench.focusField(lib, index), [library, i]);
        await page.evaluate(() => window.__bench.setPhase('type'));
        for (const digit of codes[i]) await page.keyboard.press(digit);
        await page.evaluate(() => window.__bench.setPhase('clear'));
        for (let k = 0; k < 6; k += 1) await page.keyboard.press('Backspace');
        // The last Backspace's late work (selectionchange) still belongs to it.
        await page.evaluate(() => window.__bench.settle());
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
    return { fields, libraries: out, problems: errors };
  } finally {
    await context.close();
  }
}
