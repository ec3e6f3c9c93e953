import { cleanup } from 'vitest-browser-react';
// Setup file of the Firefox project. Vitest's page wraps the test iframe in a box styled
// `transform: scale(1)`; over WebDriver BiDi, Firefox can't compute click points for elements
// under a transformed ancestor, so every pointer action would miss. A scale of exactly 1 is no
// transform at all, so it is dropped whenever Vitest sets it (it does again on page.viewport()).
const frame = window.frameElement as HTMLElement | null;
const box = frame?.parentElement;
if (box) {
  const unscale = () => {
    if (box.getAttribute('data-scale') === '1' && box.style.transform && box.style.transform !== 'none') box.style.transform = 'none';
  };
  unscale();
  new MutationObserver(unscale).observe(box, { attributes: true, attributeFilter: ['style', 'data-scale'] });
}

// The Firefox project shares one iframe and one module graph between test files (isolate: false,
// see vite.config.ts), so vitest-browser-react registers its unmount-before-each-test hook only in
// the first file. Register it for every file, or a test finds the previous file's components.
beforeEach(() => cleanup());
