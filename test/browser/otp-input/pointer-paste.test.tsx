import { commands, userEvent } from 'vitest/browser';
import { engine, paste } from '../../setup/engine';
import { renderOtp, selection, slotPoint } from './helpers';

describe(`OtpInput pointer, paste and autofill (${engine})`, () => {
  it('click-to-slot: a click puts the caret on that slot and the next character replaces it', async () => {
    const { input } = await renderOtp({ defaultValue: '123456' });
    await userEvent.click(input, { position: slotPoint(input, 2) });
    expect(document.activeElement).toBe(input);
    expect(selection(input)).toEqual([2, 3]);
    await userEvent.keyboard('9');
    expect(input.value).toBe('129456');
  });

  it('click on an empty slot puts the caret after the value', async () => {
    const { input } = await renderOtp({ defaultValue: '12' });
    await userEvent.click(input, { position: slotPoint(input, 5) });
    expect(selection(input)).toEqual([2, 2]);
    await userEvent.click(input, { position: slotPoint(input, 0) });
    expect(selection(input)).toEqual([0, 1]);
    await userEvent.keyboard('7');
    expect(input.value).toBe('72');
  });

  it('dragging across slots selects a range', async () => {
    const { input } = await renderOtp({ defaultValue: '123456' });
    await commands.mouseDrag('[data-testid="otp"]', slotPoint(input, 1), slotPoint(input, 3));
    expect(selection(input)).toEqual([1, 4]);
    await userEvent.keyboard('0');
    expect(input.value).toBe('1056');
  });

  it('a double click selects everything', async () => {
    const { input } = await renderOtp({ defaultValue: '1234' });
    await userEvent.dblClick(input, { position: slotPoint(input, 0) });
    expect(selection(input)).toEqual([0, 4]);
  });

  it.each([
    ['123 456', '123456'],
    ['123-456', '123456'],
    ['Your code: 123456', '123456'],
    ['１２３４５６', '123456'],
  ])('a clipboard paste of %j gives %s', async (text, expected) => {
    const { input, onComplete } = await renderOtp();
    await userEvent.click(input);
    await paste(text);
    expect(input.value).toBe(expected);
    expect(onComplete).toHaveBeenCalledWith(expected);
  });

  it('pastes at the caret and truncates to the length', async () => {
    const { input } = await renderOtp({ defaultValue: '12' });
    await userEvent.click(input, { position: slotPoint(input, 0) });
    await paste('9999999');
    // The paste replaced the selected first slot and the rest was cut at 6.
    expect(input.value).toBe('999999');
  });

  it('accepts a value set the way browser autofill sets it', async () => {
    const { input, onComplete } = await renderOtp();
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, 'Your code: 654321');
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
    await expect.poll(() => input.value).toBe('654321');
    expect(onComplete).toHaveBeenCalledWith('654321');
  });

  it('survives a 10 KB paste, emoji, RTL marks and zero-width characters without losing text', async () => {
    const { input } = await renderOtp({ defaultValue: '12' });
    await userEvent.click(input);
    await userEvent.keyboard('{End}');
    await paste('😀‏​'.repeat(2000));
    expect(input.value).toBe('12');
    await paste('x'.repeat(10_240));
    expect(input.value).toBe('12');
    await userEvent.keyboard('3');
    expect(input.value).toBe('123');
  });
});
