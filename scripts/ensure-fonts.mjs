// Makes sure the fonts the button-width test measures with are installed: a script without a font
// is drawn as boxes, and boxes are no width to judge a translation by. Debian's Chromium brings
// Latin, Greek, Cyrillic, Hebrew and Arabic (DejaVu); these add Han, kana and Hangul (WenQuanYi
// Micro Hei), Devanagari and Bengali (Lohit) and Thai (Garuda). Installs them when we are root
// with apt-get; otherwise prints one line saying how, and test/browser/i18n/button-widths fails.
import { spawnSync } from 'node:child_process';
import { aptInstall, canApt } from './apt.mjs';

/** A character of each script the catalogs use beyond DejaVu's, and the package with a font for it. */
const SCRIPTS = [
  { script: 'Han, kana and Hangul', character: 'd55c', pkg: 'fonts-wqy-microhei' },
  { script: 'Devanagari', character: '0915', pkg: 'fonts-lohit-deva' },
  { script: 'Bengali', character: '0995', pkg: 'fonts-lohit-beng-bengali' },
  { script: 'Thai', character: '0e01', pkg: 'fonts-tlwg-garuda-ttf' },
  { script: 'Latin, Greek, Cyrillic, Hebrew and Arabic', character: '05d0', pkg: 'fonts-dejavu-core' },
];

function missing() {
  return SCRIPTS.filter(({ character }) => {
    const out = spawnSync('fc-list', [`:charset=${character}`, 'family'], { encoding: 'utf8' });
    return out.status !== 0 || out.stdout.trim() === '';
  });
}

export function ensureFonts() {
  let absent = missing();
  if (absent.length === 0) return true;
  const packages = absent.map((s) => s.pkg);
  if (canApt()) {
    aptInstall(`verikit: installing Debian's ${packages.join(', ')} with apt-get for the button-width test…`, ['--no-install-recommends', 'fontconfig', ...packages]);
    absent = missing();
    if (absent.length === 0) return true;
  }
  console.error(
    `verikit: no font for ${absent.map((s) => s.script).join(', ')}. Install with \`sudo apt-get update && sudo apt-get install -y ${absent.map((s) => s.pkg).join(' ')}\` (the button-width test fails until then).`,
  );
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(ensureFonts() ? 0 : 1);
}
