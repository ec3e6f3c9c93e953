import type { BrowserCommand } from 'vitest/node';

interface Point {
  x: number;
  y: number;
}

/**
 * A real mouse drag inside the test iframe, from one point of an element to another
 * (coordinates relative to that element). Playwright's locator maps them through the iframe.
 */
export const mouseDrag: BrowserCommand<[selector: string, from: Point, to: Point]> = async (ctx, selector, from, to) => {
  if (!('iframe' in ctx)) throw new Error('mouseDrag needs the playwright provider');
  const target = ctx.iframe.locator(selector).first();
  await target.hover({ position: from });
  await ctx.page.mouse.down();
  await target.hover({ position: { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 } });
  await target.hover({ position: to });
  await ctx.page.mouse.up();
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    mouseDrag: (selector: string, from: Point, to: Point) => Promise<void>;
  }
}
