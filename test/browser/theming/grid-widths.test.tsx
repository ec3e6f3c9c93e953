// Issue 15: the Theming playground and gallery lay their states out in a responsive grid that
// never overflows at 320–1440 px. Measured on the real components with the stories' own
// layout (Storybook's `fullscreen` canvas: the page is the viewport).
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Gallery } from '../../../stories/support/Gallery';
import { ThemePlayground } from '../../../stories/support/playground/ThemePlayground';
import { presetArgs } from '../../../stories/support/playground/tokens';

const WIDTHS = [320, 375, 768, 1024, 1440];

/** Every state rendered, and every country list loaded (a select is as wide as its widest option). */
async function settled() {
  await expect.poll(() => document.querySelectorAll('[data-scope="otp-input"]').length).toBeGreaterThan(0);
  await expect.poll(() => document.querySelectorAll('select[aria-busy]').length).toBe(0);
}

/** Elements whose box runs past the right edge of the page, and a page that scrolls sideways. */
function overflow(width: number): string[] {
  const out: string[] = [];
  for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.right > width + 0.5) out.push(`${el.tagName.toLowerCase()}[data-part=${el.dataset.part ?? ''}] ends at ${Math.round(box.right)} px`);
  }
  if (document.documentElement.scrollWidth > width) out.push(`the page scrolls: ${document.documentElement.scrollWidth} px wide`);
  return out.slice(0, 5);
}

afterAll(() => page.viewport(1280, 720));

describe.each(WIDTHS)('at %i px', (width) => {
  beforeEach(() => page.viewport(width, 900));

  it('Theming/Gallery: every preset column and state fits, nothing scrolls sideways', async () => {
    await render(<Gallery />);
    await settled();
    expect(window.innerWidth).toBe(width);
    expect(overflow(width)).toEqual([]);
  });

  it('Theming/Playground: the controls’ preview grid fits, nothing scrolls sideways', async () => {
    await render(<ThemePlayground args={{ preset: 'light', ...presetArgs('light') }} />);
    await settled();
    expect(window.innerWidth).toBe(width);
    expect(overflow(width)).toEqual([]);
  });
});

it('the check itself reports a box wider than the page', async () => {
  await page.viewport(320, 900);
  await render(<div data-part="too-wide" style={{ inlineSize: 400, blockSize: 10 }} />);
  expect(overflow(320)).toEqual(['div[data-part=too-wide] ends at 400 px', 'the page scrolls: 400 px wide']);
});
