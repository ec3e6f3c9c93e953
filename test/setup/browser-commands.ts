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
    const drag = async () =>
      driver.browser
        .action('pointer', { parameters: { pointerType: 'mouse' } })
        .move(await wdioOrigin(driver, selector, from))
        .down()
        .move(await wdioOrigin(driver, selector, mid))
        .move(await wdioOrigin(driver, selector, to))
        .up()
        .perform();
    // An element outside the window is scrolled to the centre once, as webdriverio's click does.
    try {
      await drag();
    } catch {
      await (await driver.browser.$(selector)).scrollIntoView({ block: 'center', inline: 'center' });
      await drag();
    }
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

interface BidiSessionLike {
  sessionId: string;
  send(method: string, params: unknown): Promise<unknown>;
}

/** The WebDriver BiDi session of a Playwright page's top-level browsing context (Firefox project). */
function bidiSession(page: unknown): BidiSessionLike {
  type Impl = { delegate?: { _session?: BidiSessionLike }; _delegate?: { _session?: BidiSessionLike } };
  const client = page as { _connection?: { toImpl?: (x: unknown) => Impl | undefined } };
  const server = client._connection?.toImpl?.(page);
  const session = (server?.delegate ?? server?._delegate)?._session;
  if (!session) throw new Error('verikit: cannot reach the BiDi session of this page (Playwright internals changed?)');
  return session;
}

/**
 * A double click at a point of an element (from its top-left corner) as one BiDi action
 * sequence, so Firefox itself counts the second click (`detail` 2) and fires `dblclick`.
 * Playwright sends the two clicks as separate actions, which Firefox sees as two single clicks.
 * The Firefox project installs it as `userEvent.dblClick` (test/setup/engines/firefox.ts).
 */
export const bidiDblClick: BrowserCommand<[selector: string, options?: { position?: Point }]> = async (ctx, selector, options = {}) => {
  if (!('iframe' in ctx)) throw new Error('bidiDblClick is for the playwright provider (Firefox)');
  const box = await ctx.iframe.locator(selector).first().boundingBox();
  if (!box) throw new Error(`bidiDblClick: ${selector} is not visible`);
  const at = options.position ?? { x: box.width / 2, y: box.height / 2 };
  const x = Math.round(box.x + at.x);
  const y = Math.round(box.y + at.y);
  const session = bidiSession(ctx.page);
  await session.send('input.performActions', {
    context: session.sessionId,
    actions: [
      {
        type: 'pointer',
        id: 'verikit_mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x, y, origin: 'viewport' },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
};

/**
 * Types `text` as key presses, one per character, over WebDriver BiDi (Firefox project only).
 * Playwright types characters outside the US layout by setting `input.value` from a script,
 * with no key, beforeinput or composition events, which no keyboard does. Firefox's own BiDi
 * key actions accept any character and deliver it like a keyboard of that script would.
 */
export const typeNative: BrowserCommand<[text: string]> = async (ctx, text) => {
  if (!('iframe' in ctx)) throw new Error('typeNative is for the playwright provider (Firefox)');
  const session = bidiSession(ctx.page);
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
    typeNative: (text: string) => Promise<void>;
  }
}
