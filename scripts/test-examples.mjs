// `npm run test:examples`: packs verikit, installs each app in examples/ from that tarball (the npm
// cache is reused; nothing comes from src/), builds it, starts it on loopback and drives it in
// Chromium: email then phone, the server-rendered first step, no console error or hydration warning.
// Each check counts once; the last line is `N passed, M failed`, also written to
// test-results/examples-summary.txt for .ci/run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const examples = join(root, 'examples');
const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);
const REACT_PEERS = ['react', 'react-dom', 'react-hook-form', '@tanstack/react-query'];
const EMAIL = 'jane@example.com';
const PHONE_NATIONAL = '4155550132';
const PHONE = '+14155550132';

let passed = 0;
let failed = 0;
const failures = [];

/** One counted check: passes unless `fn` throws. */
async function check(name, fn) {
  try {
    await fn();
    passed += 1;
    console.log(`  ✓ ${name}`);
    return true;
  } catch (error) {
    failed += 1;
    failures.push(name);
    console.log(`  ✗ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
    return false;
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function run(cmd, args, cwd, env = {}) {
  const result = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${result.status} in ${cwd}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts an app in its own process group (so its workers stop with it) and waits until it answers. */
async function start(name, cmd, args, cwd, port, env = {}) {
  let output = '';
  const child = spawn(cmd, args, { cwd, detached: true, env: { ...process.env, PORT: String(port), ...env } });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i += 1) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output}`);
    try {
      await fetch(url);
      return { url, output: () => output, stop };
    } catch {
      await sleep(250);
    }
  }
  stop();
  throw new Error(`${name} did not answer on ${url} within 60 s:\n${output}`);
}

/** The `nth` (1-based) code the demo server printed for `to`. */
async function codeFromLog(server, to, nth) {
  const pattern = /\[verikit demo\] \w+ to (\S+): code (\d+)/g;
  for (let i = 0; i < 100; i += 1) {
    const codes = [...server.output().matchAll(pattern)].filter((m) => m[1] === to).map((m) => m[2]);
    if (codes.length >= nth) return codes[nth - 1];
    await sleep(100);
  }
  throw new Error(`no code number ${nth} for ${to} in the server log:\n${server.output()}`);
}

/** A page that records console errors and warnings and uncaught exceptions. */
async function watchedPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return { page, problems };
}

/** The wizard from an empty email field to "Your account is verified." */
async function completeWizard(page, readCode) {
  const wizard = page.locator('[data-scope="wizard"]');
  await wizard.getByRole('textbox', { name: 'Email' }).fill(EMAIL);
  await wizard.getByRole('button', { name: 'Send code' }).click();
  const codeField = wizard.getByRole('textbox', { name: 'Verification code' });
  await codeField.waitFor();
  await codeField.pressSequentially(await readCode(EMAIL, 1));
  await wizard.getByRole('heading', { name: 'Verify your phone number' }).waitFor();
  await wizard.getByRole('textbox', { name: 'Phone number' }).fill(PHONE_NATIONAL);
  await wizard.getByRole('button', { name: 'Send code' }).click();
  await codeField.waitFor();
  await codeField.pressSequentially(await readCode(PHONE, 1));
  await wizard.getByRole('heading', { name: 'Your account is verified.' }).waitFor();
  await page.getByTestId('result').getByText(`Verified ${EMAIL} and ${PHONE}`).waitFor();
}

/** Removes the old copy of verikit, then installs the example from its package.json (cache first). */
function install(dir) {
  rmSync(join(dir, 'node_modules', 'verikit'), { recursive: true, force: true });
  run('npm', ['install', '--no-package-lock', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
}

function installedVersion(dir, name) {
  return JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
}

async function nextApp(browser) {
  const dir = join(examples, 'next-app-router');
  const env = { NEXT_TELEMETRY_DISABLED: '1' };
  console.log('\n▶ examples/next-app-router');
  if (!(await check('next-app-router: installs from the tarball', () => install(dir)))) return;
  if (!(await check('next-app-router: next build', () => run('npx', ['next', 'build'], dir, env)))) return;
  const port = await freePort();
  let server;
  if (!(await check('next-app-router: next start on loopback', async () => {
    server = await start('next start', 'npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], dir, port, env);
  }))) return;
  try {
    await check('next-app-router: the first step is in the server HTML (JavaScript off)', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.getByRole('heading', { name: 'Verify your email address to create your account' }).waitFor({ timeout: 5000 });
      await page.getByText('Step 1 of 2').waitFor({ timeout: 5000 });
      await page.getByRole('textbox', { name: 'Email' }).waitFor({ timeout: 5000 });
      await page.getByRole('button', { name: 'Send code' }).waitFor({ timeout: 5000 });
      await context.close();
    });
    await check('next-app-router: hydrates without a console error or warning, then email then phone', async () => {
      const context = await browser.newContext();
      const { page, problems } = await watchedPage(context);
      await page.goto(server.url);
      await page.waitForLoadState('networkidle');
      await completeWizard(page, (to, nth) => codeFromLog(server, to, nth));
      assert(problems.length === 0, `console: ${problems.join(' | ')}`);
      await context.close();
    });
  } finally {
    server.stop();
  }
}

async function viteApp(browser) {
  const dir = join(examples, 'vite-react');
  console.log('\n▶ examples/vite-react');
  if (!(await check('vite-react: installs from the tarball', () => install(dir)))) return;

  async function buildAndDrive(label) {
    if (!(await check(`vite-react (${label}): vite build`, () => run('npx', ['vite', 'build', '--logLevel', 'warn'], dir)))) return;
    const port = await freePort();
    let server;
    if (!(await check(`vite-react (${label}): vite preview on loopback`, async () => {
      server = await start('vite preview', 'npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], dir, port);
    }))) return;
    try {
      await check(`vite-react (${label}): email then phone with the codes from <DemoOutbox>, no console error or warning`, async () => {
        const context = await browser.newContext();
        const { page, problems } = await watchedPage(context);
        await page.goto(server.url);
        const outbox = page.getByRole('region', { name: 'Demo outbox' });
        await outbox.getByText('No messages yet.').waitFor();
        const readCode = async (to, nth) => {
          const code = outbox.locator(`li[data-to="${to}"] [data-code]`).nth(nth - 1);
          await code.waitFor();
          return code.innerText();
        };
        await completeWizard(page, readCode);
        const message = outbox.locator(`li[data-to="${PHONE}"]`).first();
        assert((await message.getAttribute('data-channel')) === 'sms', 'the phone code went by SMS');
        assert((await message.innerText()).includes(`Text message to ${PHONE}`), 'the outbox names channel and destination');
        await outbox.getByRole('button', { name: 'Clear' }).click();
        await outbox.getByText('No messages yet.').waitFor();
        assert(problems.length === 0, `console: ${problems.join(' | ')}`);
        await context.close();
      });
    } finally {
      server.stop();
    }
  }

  await buildAndDrive(`React ${installedVersion(dir, 'react')}`);
  // The same app on React 18.3, installed over it.
  if (await check('vite-react: installs React 18.3 over it', () => {
    run('npm', ['install', '--no-save', '--no-package-lock', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', 'react@18.3.1', 'react-dom@18.3.1'], dir);
    assert(installedVersion(dir, 'react') === '18.3.1' && installedVersion(dir, 'react-dom') === '18.3.1', 'React 18.3.1 is installed');
  })) {
    await buildAndDrive('React 18.3.1');
  }
}

async function expressApp(browser) {
  const dir = join(examples, 'express');
  console.log('\n▶ examples/express');
  if (!(await check('express: installs from the tarball', () => install(dir)))) return;
  await check('express: installs without React (no react, react-dom, react-hook-form, @tanstack/react-query)', () => {
    const present = REACT_PEERS.filter((name) => existsSync(join(dir, 'node_modules', name)));
    assert(present.length === 0, `installed: ${present.join(', ')}`);
  });
  const port = await freePort();
  let server;
  if (!(await check('express: starts on loopback', async () => {
    server = await start('express', 'node', ['server.mjs'], dir, port);
  }))) return;
  try {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(server.url);
    /** A same-origin request from the page. */
    const call = (method, path, body) =>
      page.evaluate(
        async ({ method, path, body }) => {
          const response = await fetch(path, {
            method,
            headers: { 'content-type': 'application/json', 'x-demo-session': 'example-user' },
            body: body === undefined ? undefined : JSON.stringify(body),
          });
          return { status: response.status, json: await response.json().catch(() => null) };
        },
        { method, path, body },
      );
    await check('express: a route registered before verikit answers', async () => {
      const { status, json } = await call('GET', '/health');
      assert(status === 200 && json?.ok === true, `GET /health → ${status} ${JSON.stringify(json)}`);
    });
    await check('express: a route registered after app.use(toNodeListener(handler)) answers', async () => {
      const { status, json } = await call('GET', '/hello');
      assert(status === 200 && json?.hello === 'world', `GET /hello → ${status} ${JSON.stringify(json)}`);
    });
    await check('express: email then phone through app.use(toNodeListener(handler))', async () => {
      // The HTTP contract's ordering: the phone send carries the email's proof (docs/http-contract.md).
      let emailProof;
      for (const [channel, to] of [['email', EMAIL], ['sms', PHONE]]) {
        const sent = await call('POST', '/api/verify/send', { channel, to, event: 'Register', ...(emailProof && { emailProof }) });
        assert(sent.status === 200 && sent.json?.requestId, `send ${channel} → ${sent.status} ${JSON.stringify(sent.json)}`);
        const code = await codeFromLog(server, to, 1);
        const verified = await call('POST', '/api/verify/verify', { requestId: sent.json.requestId, channel, to, code, event: 'Register' });
        assert(verified.status === 200 && verified.json?.proof, `verify ${channel} → ${verified.status} ${JSON.stringify(verified.json)}`);
        if (channel === 'email') emailProof = verified.json.proof;
      }
    });
    await check("express: app.use('/auth/verify', toNodeListener(handler)) serves verikit at the mount path", async () => {
      const sent = await call('POST', '/auth/verify/send', { channel: 'email', to: 'mounted@example.com', event: 'Register' });
      assert(sent.status === 200 && sent.json?.requestId, `POST /auth/verify/send → ${sent.status} ${JSON.stringify(sent.json)}`);
    });
    await check('express: no console error in the page', () => assert(problems.length === 0, `console: ${problems.join(' | ')}`));
    // After the console check: this refusal is meant to log a 409 in the page.
    await check('express: a phone send without the email proof is refused with order_violation, before any message', async () => {
      const sent = await call('POST', '/api/verify/send', { channel: 'sms', to: '+14155550199', event: 'Register' });
      assert(sent.status === 409 && sent.json?.error?.code === 'order_violation', `send sms → ${sent.status} ${JSON.stringify(sent.json)}`);
    });
    await context.close();
  } finally {
    server.stop();
  }
}

mkdirSync(join(root, 'test-results'), { recursive: true });
const summaryFile = join(root, 'test-results', 'examples-summary.txt');
rmSync(summaryFile, { force: true });

let browser;
try {
  console.log('▶ pack verikit');
  const packed = await check('verikit builds and packs', () => {
    run('node', ['scripts/build.mjs'], root);
    const packDir = join(examples, '.pack');
    rmSync(packDir, { recursive: true, force: true });
    mkdirSync(packDir, { recursive: true });
    const out = spawnSync('npm', ['pack', '--pack-destination', packDir, '--ignore-scripts', '--json'], { cwd: root, encoding: 'utf8' });
    if (out.status !== 0) throw new Error(out.stderr);
    renameSync(join(packDir, JSON.parse(out.stdout)[0].filename), join(packDir, 'verikit.tgz'));
  });
  if (packed && (await check('Chromium is available', () => assert(ensureChromium(), 'no Chromium')))) {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    if (want('next-app-router')) await nextApp(browser);
    if (want('vite-react')) await viteApp(browser);
    if (want('express')) await expressApp(browser);
  }
} catch (error) {
  failed += 1;
  failures.push(`harness: ${error.message}`);
  console.error(error);
} finally {
  await browser?.close();
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
const line = `${passed} passed, ${failed} failed`;
// .ci/run prints this list again just above its last line.
writeFileSync(summaryFile.replace(/summary\.txt$/, 'failures.txt'), failures.map((f) => `examples: ${f}\n`).join(''));
writeFileSync(summaryFile, `${line}\n`);
console.log(line);
process.exit(failed === 0 ? 0 : 1);
