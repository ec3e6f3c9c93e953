// Layout in narrow columns (320 px and 420 px wide, on a wide page): nothing overflows the column,
// the country select shows its whole selected label, fields side by side line up, a link that
// starts a row lines up with the button above it, and a step change made with the pointer draws
// no focus ring on the new heading.
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory';
import { SendCode, VerificationWizard } from '../../../src/components';

const EMAIL = 'jane@example.com';
// Room Chromium's select keeps for its arrow, beside the padding.
const SELECT_ARROW = 20;

function box(el: Element) {
  return el.getBoundingClientRect();
}

/** Where the text of an element starts and ends on screen (not its padding box). */
function textBox(el: Element) {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect();
}

/** Every visible element inside the column stays inside it (visually hidden ones excepted). */
function expectNothingOverflows(column: HTMLElement) {
  const outer = box(column);
  const out: string[] = [];
  for (const el of column.querySelectorAll<HTMLElement>('*')) {
    const r = box(el);
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).clip !== 'auto' || el.closest('[data-part="announcer"]')) continue;
    if (r.left < outer.left - 0.5 || r.right > outer.right + 0.5) out.push(`${el.tagName}[data-part=${el.dataset.part}] ${r.left}–${r.right}`);
  }
  expect(out).toEqual([]);
}

async function column(width: number, ui: React.ReactNode) {
  await render(
    <div data-testid="column" style={{ inlineSize: width }}>
      {ui}
    </div>,
  );
  return page.getByTestId('column').element() as HTMLElement;
}

async function toPhoneStep(adapter: MemoryAdapter) {
  await userEvent.type(page.getByRole('textbox', { name: 'Email' }), EMAIL);
  await userEvent.click(page.getByRole('button', { name: 'Send code' }));
  const code = page.getByRole('textbox', { name: 'Verification code' });
  await expect.element(code).toBeInTheDocument();
  await userEvent.type(code, adapter.outbox.last(EMAIL)!.code);
  await expect.element(page.getByRole('heading', { name: 'Verify your phone number' })).toBeInTheDocument();
}

describe.each([320, 420])('in a %i px column', (width) => {
  it('the phone step: the whole country label shows, labels and fields line up, nothing overflows', async () => {
    const col = await column(width, <SendCode adapter={createMemoryAdapter({ seed: 1 })} channel={['sms']} defaultCountry="US" />);
    // The full list arrives with the phone library.
    await expect.poll(() => col.querySelectorAll('option').length).toBeGreaterThan(100);
    const select = col.querySelector('select')!;
    const style = getComputedStyle(select);
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const label = select.selectedOptions[0]!.text;
    expect(label).toBe('United States (+1)');
    const needed = canvas.measureText(label).width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + SELECT_ARROW;
    expect(select.clientWidth).toBeGreaterThanOrEqual(needed);

    const countryLabel = col.querySelector('[data-part="country"] label')!;
    const phoneLabel = col.querySelector('[data-part="number"] label')!;
    const phone = col.querySelector('input[type="tel"]')!;
    // Each label sits on one line, and the fields have one height.
    expect(box(countryLabel).height).toBe(box(phoneLabel).height);
    expect(box(select).height).toBe(box(phone).height);
    if (box(phone).top < box(select).bottom) {
      // Side by side: the same top for both labels and for both fields.
      expect(box(phoneLabel).top).toBe(box(countryLabel).top);
      expect(box(phone).top).toBe(box(select).top);
    } else {
      // Stacked: the same left edge and width.
      expect(box(phone).left).toBe(box(select).left);
      expect(box(phone).width).toBe(box(select).width);
    }
    if (width >= 420) expect(box(phone).top).toBeLessThan(box(select).bottom);
    expectNothingOverflows(col);
  });

  it('the wizard\'s phone step: "Change email" lines up with "Send code", nothing overflows', async () => {
    const adapter = createMemoryAdapter({ seed: 2 });
    const col = await column(width, <VerificationWizard adapter={adapter} persist={false} />);
    expectNothingOverflows(col);
    await toPhoneStep(adapter);
    await expect.poll(() => col.querySelectorAll('option').length).toBeGreaterThan(100);
    const send = page.getByRole('button', { name: 'Send code' }).element();
    const change = page.getByRole('button', { name: 'Change email' }).element();
    expect(Math.abs(textBox(change).left - box(send).left)).toBeLessThanOrEqual(1);
    expectNothingOverflows(col);
  });

  it('a step change made with the pointer draws no focus ring on the new heading', async () => {
    const adapter = createMemoryAdapter({ seed: 3 });
    await column(width, <VerificationWizard adapter={adapter} persist={false} />);
    await toPhoneStep(adapter);
    await userEvent.click(page.getByRole('button', { name: 'Change email' }));
    const heading = page.getByRole('heading', { name: 'Verify your email to create your account' });
    await expect.element(heading).toHaveFocus();
    expect(getComputedStyle(heading.element()).outlineStyle).toBe('none');
  });

  it('a step change made from the keyboard shows the ring on the new heading', async () => {
    const adapter = createMemoryAdapter({ seed: 4 });
    await column(width, <VerificationWizard adapter={adapter} persist={false} />);
    await toPhoneStep(adapter);
    const change = page.getByRole('button', { name: 'Change email' });
    for (let i = 0; i < 6 && document.activeElement !== change.element(); i += 1) await userEvent.tab();
    await expect.element(change).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const heading = page.getByRole('heading', { name: 'Verify your email to create your account' });
    await expect.element(heading).toHaveFocus();
    expect(getComputedStyle(heading.element()).outlineStyle).toBe('solid');
  });
});
