// Makes sure Firefox ESR and WebKitGTK (WebKitWebDriver, MiniBrowser, Xvfb) exist before the
// browser-firefox and browser-webkit projects start. Installs Debian's packages when we are root
// with apt-get; otherwise prints one line saying how to get them and returns the engines that are
// still missing, so `npm test` runs the rest and counts the missing projects as failed.
// Like ensure-chromium.mjs, it never downloads a browser build of its own and never waits for input.
import { aptInstall, canApt } from './apt.mjs';
import { engineProjects, engines, hasEngine } from './engines.mjs';

/** @returns {Array<'firefox' | 'webkit'>} the engines that are still missing */
export function ensureEngines() {
  const missing = () => /** @type {const} */ (['firefox', 'webkit']).filter((name) => !hasEngine(name));
  const before = missing();
  if (before.length === 0) return [];
  const packages = before.flatMap((name) => engines[name].packages);
  if (canApt()) aptInstall(`verikit: installing Debian's ${packages.join(', ')} with apt-get for the ${before.join(' and ')} tests…`, packages);
  const after = missing();
  if (after.length) {
    const still = after.flatMap((name) => engines[name].packages);
    console.error(
      `verikit: ${after.join(' and ')} not found; install with \`sudo apt-get update && sudo apt-get install -y ${still.join(' ')}\` (the ${after.map((name) => engineProjects[name]).join(' and ')} tests count as failed until then).`,
    );
  }
  return after;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(ensureEngines().length === 0 ? 0 : 1);
}
