import type { BrowserCommand, BrowserCommandContext } from 'vitest/node';

interface Point {
  x: number;
  y: number;
}

/** The webdriverio side of a command context (WebKit project); the playwright side has `iframe`. */
interface WdioContext {
  browser: WebdriverIO.Browser;
}

function wdio(ctx: BrowserCommandContext): WdioContext | null {
  return 'browser' in ctx && !('iframe' in ctx) ? (ctx as unknown as WdioContext) : null;
}

/**
 * WebDriver pointer actions take offsets from the element's centre; our points are from its
 * top-left corner, like Playwright's `position`.
 */
async function wdioOrigin(ctx: WdioContext, selector: string, point: Point) {
  const element = await ctx.browser.$(selector);
  const size = await element.getSize();
  return { origin: element, x: Math.round(point.x - size.width / 2), y: Math.round(point.y - size.height / 2) };
}

/**
 * A real mouse drag inside the test iframe, from one point of an element to another
 * (coordinates relative to that element's top-left corner).
 */
export const mouseDrag: BrowserCommand<[selector: string, from: Point, to: Point]> = async (ctx, selector, from, to) => {
  const driver = wdio(ctx);
  if (driver) {
    const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
    await driver.browser
      .action('pointer', { parameters: { pointerType: 'mouse' } })
      .move(await wdioOrigin(driver, selector, from))
      .down()
      .move(await wdioOrigin(driver, selector, mid))
      .move(await wdioOrigin(driver, selector, to))
      .up()
      .perform();
    return;
  }
  if (!('iframe' in ctx)) throw new Error('mouseDrag needs the playwright or webdriverio provider');
  const target = ctx.iframe.locator(selector).first();
  await target.hover({ position: from });
  await ctx.page.mouse.down();
  await target.hover({ position: { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 } });
  await target.hover({ position: to });
  await ctx.page.mouse.up();
};

/**
 * A real click (`count` 1) or double click (2) at a point of an element (from its top-left
 * corner). The webdriverio provider's own click and dblClick can't aim: its click takes offsets
 * from the centre and its double click none at all.
 */
export const clickAt: BrowserCommand<[selector: string, point: Point, count: number]> = async (ctx, selector, point, count) => {
  const driver = wdio(ctx);
  if (driver) {
    let action = driver.browser.action('pointer', { parameters: { pointerType: 'mouse' } }).move(await wdioOrigin(driver, selector, point));
    for (let i = 0; i < count; i += 1) action = action.down().up();
    await action.perform();
    return;
  }
  if (!('iframe' in ctx)) throw new Error('clickAt needs the playwright or webdriverio provider');
  await ctx.iframe.locator(selector).first().click({ position: point, clickCount: count });
};

interface BidiSessionLike {
  sessionId: string;
  send(method: string, params: unknown): Promise<unknown>;
}

/**
 * Types `text` as key presses, one per character, over WebDriver BiDi (Firefox project only).
 * Playwright types characters outside the US layout by setting `input.value` from a script,
 * with no key, beforeinput or composition events, which no keyboard does. Firefox's own BiDi
 * key actions accept any character and deliver it like a keyboard of that script would.
 */
export const typeNative: BrowserCommand<[text: string]> = async (ctx, text) => {
  if (!('iframe' in ctx)) throw new Error('typeNative is for the playwright provider (Firefox)');
  const client = ctx.page as unknown as { _connection?: { toImpl?: (x: unknown) => { delegate?: { _session?: BidiSessionLike }; _delegate?: { _session?: BidiSessionLike } } } };
  const server = client._connection?.toImpl?.(ctx.page);
  const session = (server?.delegate ?? server?._delegate)?._session;
  if (!session) throw new Error('typeNative: cannot reach the BiDi session of this page');
  const actions = [...text].flatMap((value) => [
    { type: 'keyDown', value },
    { type: 'keyUp', value },
  ]);
  await session.send('input.performActions', {
    context: session.sessionId,
    actions: [{ type: 'key', id: 'verikit_native_keyboard', actions }],
  });
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    mouseDrag: (selector: string, from: Point, to: Point) => Promise<void>;
    clickAt: (selector: string, point: Point, count: number) => Promise<void>;
    typeNative: (text: string) => Promise<void>;
  }
}
