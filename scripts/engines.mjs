// Where Debian's Firefox ESR and WebKitGTK (WebKitWebDriver + MiniBrowser) live, and what they need
// (see ../shared/design/BROWSERS.md). Chromium has its own file, scripts/chromium.mjs.
import { existsSync } from 'node:fs';

export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const miniBrowserPath =
  process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const xvfbPath = process.env.XVFB_PATH || '/usr/bin/Xvfb';

/** Each engine, the binaries it needs, and the Debian packages that bring them. */
export const engines = {
  firefox: { binaries: [firefoxPath], packages: ['firefox-esr'] },
  webkit: { binaries: [webkitDriverPath, miniBrowserPath, xvfbPath], packages: ['webkit2gtk-driver', 'xvfb'] },
};

/** @param {'firefox' | 'webkit'} name */
export function hasEngine(name) {
  return engines[name].binaries.every((path) => existsSync(path));
}

/** The Vitest projects that run in each engine (vite.config.ts). */
export const engineProjects = { firefox: 'browser-firefox', webkit: 'browser-webkit' };

/** How the WebKit project's globalSetup tells its provider which port WebKitWebDriver listens on. */
export const webkitDriverPortEnv = 'VERIKIT_WEBKIT_DRIVER_PORT';
