// Makes sure a Chromium exists before the browser test projects start.
// Installs Debian's package when we are root with apt-get; otherwise stops with one clear line.
// It never downloads a browser build of its own and never waits for input.
import { aptInstall, canApt } from './apt.mjs';
import { chromiumPath, hasChromium } from './chromium.mjs';

export function ensureChromium() {
  if (hasChromium()) return true;
  if (!process.env.CHROMIUM_PATH && canApt()) {
    if (aptInstall("verikit: no Chromium found, installing Debian's chromium with apt-get…", ['chromium']) && hasChromium()) return true;
  }
  console.error(
    `verikit: no Chromium at ${chromiumPath}. Install one with \`sudo apt-get update && sudo apt-get install -y chromium\`, or set CHROMIUM_PATH to a Chromium binary.`,
  );
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(ensureChromium() ? 0 : 1);
}
