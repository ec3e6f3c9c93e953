import type { ReactNode } from 'react';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { OtpInput, type OtpInputProps } from '../../../src/components/otp-input';
import { PresetColumn } from '../../../stories/support/Gallery';
import { themePresets } from '../../../src/theme';
import { selection, slotPoint } from './helpers';

// Narrow containers (issue #18): slots size against their container, never below 24 × 24 px,
// and the field never overflows. Measured with the real skin (test/setup/browser.ts loads it).

const EIGHT: OtpInputProps = { length: 8, separatorAfter: 4, pattern: 'alphanumeric', defaultValue: 'AB12CD34' };
const SIX: OtpInputProps = { length: 6, defaultValue: '123456' };

async function inBox(width: number | string, props: OtpInputProps, wrap?: (node: ReactNode) => ReactNode) {
  const field = <OtpInput aria-label="code" {...props} />;
  await render(
    <div data-testid="box" style={{ inlineSize: width, boxSizing: 'border-box' }}>
      {wrap ? wrap(field) : field}
    </div>,
  );
  const box = document.querySelector<HTMLElement>('[data-testid="box"]')!;
  return { box, input: box.querySelector<HTMLInputElement>('input')! };
}

/** Every slot at least 24 × 24 px and inside the container; nothing scrolls sideways; returns the number of rows. */
function expectFits(box: HTMLElement): number {
  const outer = box.getBoundingClientRect();
  const slots = [...box.querySelectorAll('[data-part="slot"]')].map((s) => s.getBoundingClientRect());
  expect(slots.length).toBeGreaterThan(0);
  for (const s of slots) {
    expect(s.width).toBeGreaterThanOrEqual(24);
    expect(s.height).toBeGreaterThanOrEqual(24);
    expect(s.left).toBeGreaterThanOrEqual(outer.left - 0.5);
    expect(s.right).toBeLessThanOrEqual(outer.right + 0.5);
  }
  for (const part of box.querySelectorAll<HTMLElement>('[data-part="separator"], [data-part="root"]')) {
    expect(part.getBoundingClientRect().right).toBeLessThanOrEqual(outer.right + 0.5);
  }
  for (const el of [box, ...box.querySelectorAll<HTMLElement>('[data-part="field"], [data-part="root"]')]) {
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
  }
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  // The one input still covers the whole field, so every slot is a tap target.
  const field = box.querySelector('[data-part="field"]')!.getBoundingClientRect();
  const input = box.querySelector('input')!.getBoundingClientRect();
  expect([input.left, input.top, input.width, input.height]).toEqual([field.left, field.top, field.width, field.height]);
  return new Set(slots.map((s) => Math.round(s.top))).size;
}

describe('OtpInput in narrow containers', () => {
  beforeEach(() => page.viewport(1280, 720));

  it('8 slots with a separator fit a 240 px container on a 1280 px page, in one row', async () => {
    const { box } = await inBox(240, EIGHT);
    expect(expectFits(box)).toBe(1);
  });

  it('6 slots fit a 200 px container on a 1280 px page, with or without a separator', async () => {
    const { box } = await inBox(200, SIX);
    expect(expectFits(box)).toBe(1);
    const sep = await inBox(200, { ...SIX, separatorAfter: 3 });
    expect(expectFits(sep.box)).toBe(1);
  });

  it('full-size slots (--vk-slot-size) when there is room, also inside a shrink-to-fit grid cell', async () => {
    const { box } = await inBox(600, SIX, (node) => <div style={{ display: 'grid', justifyItems: 'start' }}>{node}</div>);
    expect(expectFits(box)).toBe(1);
    const slots = [...box.querySelectorAll('[data-part="slot"]')].map((s) => s.getBoundingClientRect());
    expect(slots.map((s) => s.width)).toEqual(Array(6).fill(48));
    expect(slots[1]!.left - slots[0]!.right).toBe(8);
  });

  it('takes its full size in a dialog or popover whose width comes from its content, and fits the viewport there', async () => {
    const { box } = await inBox('100%', SIX, (node) => <div style={{ position: 'absolute' }}>{node}</div>);
    const root = box.querySelector('[data-part="root"]')!.getBoundingClientRect();
    expect(root.width).toBe(6 * 48 + 5 * 8);
    await page.viewport(200, 400);
    expect(expectFits(box.querySelector<HTMLElement>('[data-part="root"]')!.parentElement!)).toBe(1);
  });

  it('below 24 px slots the field wraps inside its container, and a click still lands on the slot under it', async () => {
    const { box, input } = await inBox(120, EIGHT);
    expect(expectFits(box)).toBeGreaterThan(1);
    const last = box.querySelectorAll('[data-part="slot"]')[7]!.getBoundingClientRect();
    expect(last.top).toBeGreaterThan(box.querySelectorAll('[data-part="slot"]')[0]!.getBoundingClientRect().top);
    await userEvent.click(input, { position: slotPoint(input, 6) });
    expect(selection(input)).toEqual([6, 7]);
    await userEvent.keyboard('Z');
    expect(input.value).toBe('AB12CDZ4');
  });

  it('fits a 320 px viewport', async () => {
    await page.viewport(320, 640);
    const { box } = await inBox('100%', EIGHT);
    expect(expectFits(box)).toBe(1);
    const six = await inBox('100%', SIX);
    expect(expectFits(six.box)).toBe(1);
  });

  it('fits at 200% zoom (a 1280 px window at 200% lays out 640 CSS px), also in a 240 px column', async () => {
    await page.viewport(640, 360);
    const { box } = await inBox('100%', EIGHT);
    expect(expectFits(box)).toBe(1);
    const column = await inBox(240, EIGHT);
    expect(expectFits(column.box)).toBe(1);
  });

  it('the Theming gallery lays every state out without overflow in a 360 px column', async () => {
    await render(
      <div data-testid="box" style={{ inlineSize: 360 }}>
        <PresetColumn name="light" theme={themePresets.light} />
      </div>,
    );
    const box = document.querySelector<HTMLElement>('[data-testid="box"]')!;
    await expect.poll(() => box.querySelectorAll('[data-scope="otp-input"]').length).toBe(6);
    for (const root of box.querySelectorAll<HTMLElement>('[data-scope="otp-input"]')) expectFits(root.parentElement!);
    const all = box.querySelectorAll('*');
    const outer = box.getBoundingClientRect();
    for (const el of all) if (el.getBoundingClientRect().width) expect(el.getBoundingClientRect().right).toBeLessThanOrEqual(outer.right + 0.5);
  });
});
