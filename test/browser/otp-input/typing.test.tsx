import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { engine, typeText } from '../../setup/engine';
import { ControlledOtp, ProfiledOtp, renderOtp, selection } from './helpers';

describe(`OtpInput typing (${engine})`, () => {
  it('takes digits, drops letters without moving the caret, and completes once', async () => {
    const { input, onComplete, onChange } = await renderOtp();
    await userEvent.click(input);
    await userEvent.keyboard('12');
    await userEvent.keyboard('x');
    expect(input.value).toBe('12');
    expect(selection(input)).toEqual([2, 2]);
    await userEvent.keyboard('3456');
    expect(input.value).toBe('123456');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith('123456');
    expect(onChange).toHaveBeenLastCalledWith('123456');
  });

  it('normalises full-width digits', async () => {
    const { input } = await renderOtp();
    await userEvent.click(input);
    // Not userEvent.keyboard: in Firefox, Playwright would set these straight into the value.
    await typeText('１２３');
    expect(input.value).toBe('123');
  });

  it('keeps the last slot selected when full, so a new character replaces it', async () => {
    const { input, onComplete } = await renderOtp();
    await userEvent.click(input);
    await userEvent.keyboard('123456');
    expect(selection(input)).toEqual([5, 6]);
    await userEvent.keyboard('7');
    expect(input.value).toBe('123457');
    expect(onComplete).toHaveBeenCalledTimes(2);
    expect(onComplete).toHaveBeenLastCalledWith('123457');
  });

  it('moves the selected slot with the arrows and extends it with Shift', async () => {
    const { input } = await renderOtp({ defaultValue: '123456' });
    await userEvent.click(input);
    await userEvent.keyboard('{End}');
    expect(selection(input)).toEqual([5, 6]);
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(selection(input)).toEqual([3, 4]);
    await userEvent.keyboard('9');
    expect(input.value).toBe('123956');
    await userEvent.keyboard('{ArrowRight}');
    expect(selection(input)).toEqual([5, 6]);
    await userEvent.keyboard('{Home}');
    expect(selection(input)).toEqual([0, 1]);
    await userEvent.keyboard('{Shift>}{ArrowRight}{ArrowRight}{/Shift}');
    expect(selection(input)).toEqual([0, 3]);
  });

  it('edits like a text field: Backspace, Delete, Home/End, select-all and Ctrl+Backspace', async () => {
    const { input } = await renderOtp();
    await userEvent.click(input);
    await userEvent.keyboard('1234');
    await userEvent.keyboard('{Backspace}');
    expect(input.value).toBe('123');
    await userEvent.keyboard('{Home}{Delete}');
    expect(input.value).toBe('23');
    await userEvent.keyboard('{End}5');
    expect(input.value).toBe('235');
    await userEvent.keyboard('{Control>}a{/Control}9');
    expect(input.value).toBe('9');
    await userEvent.keyboard('876');
    await userEvent.keyboard('{Control>}{Backspace}{/Control}');
    expect(input.value).toBe('');
  });

  it('works controlled', async () => {
    await render(<ControlledOtp />);
    const input = document.querySelector<HTMLInputElement>('[data-testid="otp"]')!;
    await userEvent.click(input);
    await userEvent.keyboard('12b34');
    expect(input.value).toBe('1234');
    expect(selection(input)).toEqual([4, 4]);
  });

  it('makes one React commit per keystroke', async () => {
    let commits = 0;
    await render(<ProfiledOtp onCommit={() => (commits += 1)} />);
    const input = document.querySelector<HTMLInputElement>('[data-testid="otp"]')!;
    await userEvent.click(input);
    // Let focus and selection settle before counting.
    await new Promise((r) => setTimeout(r, 50));
    const perKey: number[] = [];
    for (const key of '123456') {
      const before = commits;
      await userEvent.keyboard(key);
      await new Promise((r) => setTimeout(r, 30));
      perKey.push(commits - before);
    }
    expect(input.value).toBe('123456');
    expect(perKey).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('reads left to right inside dir="rtl"', async () => {
    await render(
      <div dir="rtl">
        <ControlledOtp />
      </div>,
    );
    const input = document.querySelector<HTMLInputElement>('[data-testid="otp"]')!;
    await userEvent.click(input);
    await userEvent.keyboard('12');
    const slots = [...document.querySelectorAll('[data-part="slot"]')];
    expect(slots[0]!.textContent).toBe('1');
    expect(slots[0]!.getBoundingClientRect().left).toBeLessThan(slots[1]!.getBoundingClientRect().left);
    expect(getComputedStyle(input).direction).toBe('ltr');
  });
});

describe(`OtpInput focus and clearing (${engine})`, () => {
  // WebKit: webdriverio's clear is WebDriver's Element Clear, which resets the field from the
  // driver (no focus, no selection, no key press) and leaves it at '123456' here. The path this
  // test is about, Playwright's fill('') (focus, select all, delete), doesn't exist there; select
  // all + Delete by keyboard is the next test.
  it.skipIf(engine === 'webkit')('clears a full field the way Playwright and select-all-then-Delete do', async () => {
    const { input, onChange } = await renderOtp({ defaultValue: '123456' });
    // Not focused yet: fill('') focuses, selects everything and deletes it.
    await userEvent.clear(input);
    expect(input.value).toBe('');
    expect(onChange).toHaveBeenLastCalledWith('');
    await userEvent.keyboard('654321');
    expect(input.value).toBe('654321');
  });

  it('keeps a range that select() made when it focuses the field', async () => {
    const { input } = await renderOtp({ defaultValue: '123456' });
    input.select();
    await expect.poll(() => document.activeElement).toBe(input);
    expect(selection(input)).toEqual([0, 6]);
    await userEvent.keyboard('{Delete}');
    expect(input.value).toBe('');
  });

  it('Tab into an empty field puts the caret at the first slot', async () => {
    await render(
      <>
        <button type="button">before</button>
        <ControlledOtp />
      </>,
    );
    const input = document.querySelector<HTMLInputElement>('[data-testid="otp"]')!;
    (document.querySelector('button') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(input);
    expect(selection(input)).toEqual([0, 0]);
    await userEvent.keyboard('12');
    expect(input.value).toBe('12');
  });
});
