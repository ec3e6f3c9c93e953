// The Firefox test project: Debian's Firefox ESR driven by Playwright over WebDriver BiDi
// (no geckodriver, no browser download; see ../shared/design/BROWSERS.md).
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { playwright } from '@vitest/browser-playwright';
import type { Browser, Frame, Page } from 'playwright';
import type { BrowserCommand } from 'vitest/node';
import { bidiDblClick } from '../browser-commands.ts';
import { firefoxPath } from '../../../scripts/engines.mjs';

interface BidiSessionLike {
  send(method: string, params: unknown): Promise<unknown>;
}
interface ServerBrowserLike {
  _browserSession?: BidiSessionLike;
}
type ToImpl = (client: unknown) => ServerBrowserLike | undefined;

const PATCHED = Symbol.for('verikit.optionalBidiEmulation');

/**
 * Firefox 153 ESR doesn't know the optional `emulation.*Override` commands (media features,
 * screen, locale…) that Playwright 1.65 sends while it creates every context, and the context
 * creation fails with "unknown command". Those overrides are emulation we never ask for, so an
 * "unknown command" answer to them is taken as "nothing to override". Done on the live
 * in-process server session instead of editing node_modules, and only for `emulation.*`.
 */
function makeEmulationOptional(browser: Browser) {
  const toImpl = (browser as unknown as { _connection?: { toImpl?: ToImpl } })._connection?.toImpl;
  const session = toImpl?.(browser)?._browserSession;
  if (!session) throw new Error('verikit: Playwright internals changed; cannot reach the BiDi session to drive Firefox ESR');
  const proto = Object.getPrototypeOf(session) as BidiSessionLike & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const send = proto.send;
  proto.send = async function (this: BidiSessionLike, method: string, params: unknown) {
    try {
      return await send.call(this, method, params);
    } catch (error) {
      if (method.startsWith('emulation.') && /unknown command/.test(String((error as Error)?.message))) return {};
      throw error;
    }
  };
  proto[PATCHED] = true;
}

/** Firefox refuses to start as root without a writable HOME; give it its own under the temp dir. */
function firefoxEnv() {
  const home = join(tmpdir(), 'verikit-firefox-home');
  mkdirSync(home, { recursive: true });
  return { ...process.env, HOME: home } as Record<string, string>;
}

export function firefoxProvider() {
  const base = playwright({
    launchOptions: { channel: 'moz-firefox', executablePath: firefoxPath, env: firefoxEnv() },
  });
  return {
    ...base,
    providerFactory(project: Parameters<typeof base.providerFactory>[0]) {
      const provider = base.providerFactory(project) as ReturnType<typeof base.providerFactory> & {
        openBrowser(options: unknown): Promise<Browser>;
      };
      // userEvent.dblClick as one BiDi action sequence, so Firefox fires a real dblclick.
      const register = project.browser!.registerCommand.bind(project.browser) as (name: string, command: BrowserCommand<never>) => void;
      register('__vitest_dblClick', bidiDblClick as BrowserCommand<never>);
      // Keyboard commands find the test iframe by its name, which Firefox over BiDi sometimes
      // reports late ("Cannot find vitest-iframe"); fall back to the element's own content frame.
      const commandsContext = provider.getCommandsContext.bind(provider);
      provider.getCommandsContext = (sessionId: string): ReturnType<typeof commandsContext> => {
        const context = commandsContext(sessionId) as unknown as { page: Page; frame: () => Promise<Frame> };
        const byName = context.frame.bind(context);
        context.frame = async () => {
          for (let attempt = 0; attempt < 50; attempt += 1) {
            const frame = context.page.frame('vitest-iframe') ?? (await (await context.page.$('iframe[data-vitest]'))?.contentFrame());
            if (frame) return frame;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          return byName();
        };
        return context as unknown as ReturnType<typeof commandsContext>;
      };
      const openBrowser = provider.openBrowser.bind(provider);
      provider.openBrowser = async (options: unknown) => {
        const browser = await openBrowser(options);
        makeEmulationOptional(browser);
        return browser;
      };
      return provider;
    },
  };
}
