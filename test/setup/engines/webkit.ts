// The WebKit test project: WebKitGTK's MiniBrowser, driven by WebKitWebDriver (classic WebDriver)
// through @vitest/browser-webdriverio. MiniBrowser has no headless mode, so webkit-global.ts runs
// it under Xvfb and hands the driver's port over in WEBKIT_DRIVER_PORT.
import { webdriverio, WebdriverBrowserProvider } from '@vitest/browser-webdriverio';
import { miniBrowserPath, webkitDriverPortEnv } from '../../../scripts/engines.mjs';

const WEBKIT_DRIVER_PORT_ENV = webkitDriverPortEnv;

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
