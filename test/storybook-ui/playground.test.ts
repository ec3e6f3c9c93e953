// @vitest-environment node
// The Theming/Playground as a designer uses it: in a real Storybook build, in Chromium, through the
// Controls panel and the URL, not through args set in code.
import { chromium, type Browser, type Frame, type Page } from 'playwright';
import { inject } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const STORY = '/?path=/story/theming-playground--playground';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  page = await context.newPage();
});
afterEach(async () => {
  await page?.context().close();
});

async function openStory(query = ''): Promise<Frame> {
  await page.goto(`${inject('storybookUrl')}${STORY}${query}`);
  const frame = page.frameLocator('#storybook-preview-iframe');
  // The play function drives the code step, the error and the success: wait until it is done.
  await frame.locator('section[aria-label="Success"] [data-state="done"]').waitFor({ timeout: 30_000 });
  return page.frame({ url: /iframe\.html/ })!;
}

/** The Send button's background and the focused slot's ring colour, in the preview. */
async function brandColours(frame: Frame) {
  await frame.locator('section[aria-label="Code field"] input').first().focus();
  return frame.evaluate(() => {
    const button = document.querySelector('section[aria-label="Send code: first step"] button[type="submit"], section[aria-label="Send code: first step"] button')!;
    const slot = document.querySelector('section[aria-label="Code field"] [data-part="slot"][data-active]') ?? document.querySelector('section[aria-label="Code field"] [data-part="slot"]')!;
    return { button: getComputedStyle(button).backgroundColor, ring: getComputedStyle(slot).borderColor, shadow: getComputedStyle(slot).boxShadow };
  });
}

describe('Theming/Playground', () => {
  it('a primary set through the Controls panel recolours the slots’ focus ring and the Send button, the report flags it, and Copy theme copies exactly the change', async () => {
    const frame = await openStory();
    // Polled: the skin animates border and ring colours (120 ms).
    await expect.poll(async () => (await brandColours(frame)).ring).toBe('rgb(67, 56, 202)');
    expect((await brandColours(frame)).button).toBe('rgb(67, 56, 202)');

    const control = page.locator('#control-primary');
    await control.fill('#ffff00');
    await control.press('Enter');

    await expect.poll(async () => (await brandColours(frame)).button, { timeout: 10_000 }).toBe('rgb(255, 255, 0)');
    await expect.poll(async () => (await brandColours(frame)).ring).toBe('rgb(255, 255, 0)');
    expect((await brandColours(frame)).shadow).toContain('rgb(255, 255, 0)');

    // White text on yellow is about 1.07:1: the report must say so.
    const row = frame.locator('tr[data-pair="primaryText/primary"]');
    await expect.poll(() => row.getAttribute('data-pass')).toBe('false');
    expect(await row.textContent()).toMatch(/1\.07:1.*Fail \(needs 4\.5:1\)/);
    expect(await frame.getByTestId('contrast-summary').textContent()).toMatch(/pairs? fails? AA/);

    await frame.getByRole('button', { name: 'Copy theme' }).click();
    await expect.poll(() => frame.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
    const copied = await frame.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe("theme={{ primary: '#ffff00', focusRing: '#ffff00' }}");
  });

  it('Copy theme works from the keyboard alone', async () => {
    const frame = await openStory();
    const copy = frame.getByRole('button', { name: 'Copy theme' });
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => frame.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
    expect(await frame.evaluate(() => navigator.clipboard.readText())).toBe('theme={{}}');
  });

  it('reads its args from a shared URL and starts from them', async () => {
    const frame = await openStory('&args=preset:ocean;primary:!hex(115e59);radius:16');
    await expect.poll(() => page.locator('#control-primary').inputValue()).toBe('#115e59');
    expect(await page.locator('#control-preset').inputValue()).toBe('ocean');
    expect((await brandColours(frame)).button).toBe('rgb(17, 94, 89)');
    // The URL's values survive loading; only tokens that differ from ocean are in the snippet.
    // Polled: the preset's other tokens arrive through an args update after the first render.
    await expect
      .poll(() => frame.getByTestId('theme-snippet').textContent(), { timeout: 10_000 })
      .toBe("theme={{ ...oceanTheme, primary: '#115e59', radius: 16 }}");
    expect(await page.locator('#control-background').inputValue()).toBe('#f0fdfa');
  });
});
