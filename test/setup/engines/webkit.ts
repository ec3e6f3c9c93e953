// The WebKit test project: WebKitGTK's MiniBrowser, driven by WebKitWebDriver (classic WebDriver)
// through @vitest/browser-webdriverio. MiniBrowser has no headless mode, so webkit-global.ts runs
// it under Xvfb and hands the driver's port over in WEBKIT_DRIVER_PORT.
import { webdriverio, WebdriverBrowserProvider } from '@vitest/browser-webdriverio';
import type { BrowserCommand } from 'vitest/node';
import { miniBrowserPath, webkitDriverPortEnv } from '../../../scripts/engines.mjs';

const WEBKIT_DRIVER_PORT_ENV = webkitDriverPortEnv;

interface Point {
  x: number;
  y: number;
}
interface ClickOptions {
  position?: Point;
  [option: string]: unknown;
}

/**
 * userEvent.click and dblClick that honour `position` (from the element's top-left corner, as in
 * Playwright), so one test aims at a slot in every engine. The provider's own click ignores it
 * (webdriverio takes offsets from the centre) and its double click can't aim at all. Both click
 * through pointer actions on the element, never WebDriver's Element Click, which WebKit refuses
 * on a slot that the transparent code input covers ("element click intercepted").
 */
function aimedClick(count: 1 | 2): BrowserCommand<[selector: string, options?: ClickOptions]> {
  return async (context, selector, options = {}) => {
    const { browser } = context as unknown as { browser: WebdriverIO.Browser };
    const element = await browser.$(selector);
    const { width, height } = await element.getSize();
    const at = options.position ?? { x: width / 2, y: height / 2 };
    const click = () => {
      let action = browser
        .action('pointer', { parameters: { pointerType: 'mouse' } })
        .move({ origin: element, x: Math.round(at.x - width / 2), y: Math.round(at.y - height / 2) });
      for (let i = 0; i < count; i += 1) action = action.down().up();
      return action.perform();
    };
    // Like webdriverio's own click: an element outside the window ("move target out of bounds")
    // is scrolled to the centre once and clicked again.
    try {
      await click();
    } catch {
      await element.scrollIntoView({ block: 'center', inline: 'center' });
      await click();
    }
  };
}

export function webkitProvider() {
  const options = {
    hostname: '127.0.0.1',
    port: 0,
    path: '/',
    // Two minutes: MiniBrowser's first start on a loaded 2-core machine can be slow.
    connectionRetryTimeout: 120_000,
    capabilities: {
      // WebKitWebDriver 2.50 speaks classic WebDriver only; without this webdriverio asks for BiDi
      // and the session request fails with "Failed to match capabilities".
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
    },
  };
  const base = webdriverio(options);
  return {
    ...base,
    providerFactory(project: ConstructorParameters<typeof WebdriverBrowserProvider>[0]) {
      const provider = new WebdriverBrowserProvider(project, options);
      // Replaces the provider's built-ins (registered just above, in its constructor) by name.
      const register = project.browser!.registerCommand.bind(project.browser) as (name: string, command: BrowserCommand<never>) => void;
      register('__vitest_click', aimedClick(1) as BrowserCommand<never>);
      register('__vitest_dblClick', aimedClick(2) as BrowserCommand<never>);
      // `buildCapabilities` is private in the provider's types but is the one place capabilities are made.
      const open = provider as unknown as { buildCapabilities(): Record<string, unknown> };
      const build = open.buildCapabilities.bind(provider);
      // The provider names the browser after the instance (`safari`); WebKitWebDriver matches `MiniBrowser`.
      open.buildCapabilities = () => ({ ...build(), browserName: 'MiniBrowser' });
      const openBrowser = provider.openBrowser.bind(provider);
      provider.openBrowser = async () => {
        // The driver is started by the project's globalSetup, which runs before any browser opens.
        const port = Number(process.env[WEBKIT_DRIVER_PORT_ENV]);
        if (!port) throw new Error(`verikit: ${WEBKIT_DRIVER_PORT_ENV} is not set; test/setup/engines/webkit-global.ts did not start WebKitWebDriver`);
        options.port = port;
        return openBrowser();
      };
      const resizeWindow = provider.setViewport.bind(provider);
      provider.setViewport = async (size: { width: number; height: number }) => {
        // WebDriver's Set Window Rect sizes MiniBrowser's whole window, toolbar included, and the
        // window stops shrinking at the toolbar's width (447 px under Xvfb) without an error: so
        // page.viewport(320, 640) left a 447 × 602 px page. The window is grown by what its toolbar
        // takes, so the page is all on screen (WebDriver can't point outside the window), and the
        // test iframe's box, Vitest's #vitest-tester, is set to exactly the size asked for.
        await resizeWindow(size);
        const inTestFrame = provider.isIframeSwitched();
        if (inTestFrame) await provider.switchToMainFrame();
        const browser = provider.browser!;
        const [innerWidth, innerHeight] = await browser.execute(() => [window.innerWidth, window.innerHeight]);
        if (innerWidth < size.width || innerHeight < size.height) {
          const grow = (asked: number, got: number) => asked + Math.max(0, asked - got);
          await resizeWindow({ width: grow(size.width, innerWidth), height: grow(size.height, innerHeight) });
        }
        await browser.execute(
          (width: number, height: number) => {
            // Vitest's orchestrator page without its UI (the project sets `ui: false`).
            const box = document.getElementById('vitest-tester');
            if (!box) throw new Error('verikit: #vitest-tester not found; page.viewport() cannot size the WebKit test page');
            box.style.cssText = `width: ${width}px; height: ${height}px`;
          },
          size.width,
          size.height,
        );
        if (inTestFrame) await provider.switchToTestFrame();
      };
      const close = provider.close.bind(provider);
      provider.close = async () => {
        // Vitest may run the globalSetup teardown first; WebKitWebDriver then already took its
        // MiniBrowser down with it, and there is no session left to delete.
        if (!process.env[WEBKIT_DRIVER_PORT_ENV]) {
          provider.browser = null;
          return;
        }
        await close();
      };
      return provider;
    },
  };
}
