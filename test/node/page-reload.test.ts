// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { createVerificationHandler } from '../../src/server/handler';
import { toNodeListener } from '../../src/server/node';
import { memoryProvider } from '../../src/server/providers/memory';
import { verifyProof } from '../../src/server/token';

/**
 * A real page reload (not a remount) in the middle of the wizard, in Chromium: the page uses
 * the http adapter against verikit/server (memory provider) on loopback, is reloaded after the
 * email step, resumes on the phone step from what it persisted, and completes with a proof for
 * both identifiers that the server's `verifyProof` accepts.
 */
const SECRET = `reload-${crypto.randomUUID()}-${crypto.randomUUID()}`;
const SESSION_HEADER = 'x-verikit-session';
let api: Server;
let vite: ViteDevServer;
let browser: Browser;
let apiUrl = '';
let pageUrl = '';

beforeAll(async () => {
  const handler = createVerificationHandler({
    provider: memoryProvider({ exposeOutbox: true }),
    secret: SECRET,
    getSubject: (request) => request.headers.get(SESSION_HEADER),
    basePath: '/api/verify',
    cors: { origins: (origin) => /^http:\/\/127\.0\.0\.1:\d+$/.test(origin), allowHeaders: [SESSION_HEADER] },
  });
  api = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}/api/verify`;

  vite = await createViteServer({
    configFile: false,
    root: fileURLToPath(new URL('./reload-page', import.meta.url)),
    plugins: [react()],
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] } },
  });
  await vite.listen();
  pageUrl = vite.resolvedUrls!.local[0]!;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await vite?.close();
  api?.closeAllConnections();
  await new Promise<void>((resolve) => (api ? api.close(() => resolve()) : resolve()));
});

/** The code in the demo outbox, waiting for it: the click that sends it has not reached the server yet. */
async function codeSentTo(session: string, to: string): Promise<string> {
  return vi.waitFor(
    async () => {
      const response = await fetch(`${apiUrl}/outbox`, { headers: { [SESSION_HEADER]: session } });
      const { messages } = (await response.json()) as { messages: { to: string; code: string }[] };
      const code = messages.filter((m) => m.to === to).at(-1)?.code;
      if (!code) throw new Error(`no message to ${to}`);
      return code;
    },
    { timeout: 15_000, interval: 100 },
  );
}

/** The code field is the OtpInput's (visually hidden) input: focus it and type, as a keyboard would. */
async function typeCode(page: Page, code: string) {
  const input = page.getByRole('textbox', { name: 'Verification code' });
  await input.waitFor({ state: 'attached' });
  await input.focus();
  await page.keyboard.type(code);
}

describe('a real page reload in Chromium, http adapter against verikit/server on loopback', () => {
  it('resumes on the phone step after F5 and completes with both proofs', async () => {
    const session = `reload-${crypto.randomUUID()}`;
    const page = await browser.newPage();
    await page.goto(`${pageUrl}?session=${session}&api=${encodeURIComponent(apiUrl)}`);

    await page.getByRole('textbox', { name: 'Email address', exact: true }).fill('jane@example.com');
    await page.getByRole('button', { name: 'Send code' }).click();
    await typeCode(page, await codeSentTo(session, 'jane@example.com'));
    await page.getByRole('heading', { name: 'Verify your phone number' }).waitFor();

    // The page itself goes: a new document, new JS heap, new adapter objects.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
    await page.getByRole('heading', { name: 'Verify your phone number' }).waitFor();
    expect(await page.getByText('Step 2 of 2').isVisible()).toBe(true);

    await page.getByRole('textbox', { name: 'Phone number', exact: true }).fill('4155550132');
    await page.getByRole('button', { name: 'Send code' }).click();
    await typeCode(page, await codeSentTo(session, '+14155550132'));
    const result = JSON.parse(await page.locator('#result').textContent({ timeout: 15_000 }) ?? '{}') as {
      email: string;
      phone: string;
      proofs: { email: string; phone: string };
    };
    expect(result).toMatchObject({ email: 'jane@example.com', phone: '+14155550132' });
    await expect(verifyProof(result.proofs.email, SECRET)).resolves.toMatchObject({ subject: session, channel: 'email', to: 'jane@example.com' });
    await expect(verifyProof(result.proofs.phone, SECRET)).resolves.toMatchObject({ subject: session, channel: 'sms', to: '+14155550132' });
    await page.close();
  }, 120_000);
});

describe('Storybook: Components/VerificationWizard → ResumeAfterReload survives a real reload', () => {
  it('F5 resumes the same story (backend and flow kept); mounting another story starts clean', async () => {
    const page = await browser.newPage();
    await page.goto(`${pageUrl}story.html`);
    await page.getByRole('textbox', { name: 'Email address', exact: true }).fill('jane@example.com');
    await page.getByRole('button', { name: 'Send code' }).click();
    const outbox = page.getByRole('region', { name: 'Demo outbox' });
    const code = (await outbox.locator('[data-code]').first().textContent({ timeout: 15_000 }))!.trim();
    await typeCode(page, code);
    await page.getByRole('heading', { name: 'Verify your phone number' }).waitFor();

    await page.reload();
    // Same story: the flow resumes on the phone step, and the demo backend (with its outbox) is back.
    await page.getByRole('heading', { name: 'Verify your phone number' }).waitFor();
    await expect.poll(() => outbox.locator('[data-code]').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.evaluate(() => sessionStorage.getItem('verikit:flow:Register'))).not.toContain(`"${code}"`);

    // Another story mounting clears what this one persisted.
    await page.goto(`${pageUrl}story.html?story=Individual`);
    await page.getByRole('heading', { name: 'Verify your email address to create your account' }).waitFor();
    expect(await outbox.locator('[data-code]').count()).toBe(0);
    // (The new story persists its own fresh flow: nothing of the earlier one is in it.)
    const stored = await page.evaluate(() => sessionStorage.getItem('verikit:flow:Register'));
    expect(stored === null ? null : (JSON.parse(stored) as { email: { to: unknown } }).email.to).toBeNull();
    await page.close();
  }, 120_000);
});
