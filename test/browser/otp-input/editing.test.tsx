import { renderOtp, pasteText, press, selection } from './helpers';

// The editing model of issue #18, with the issue's own inputs and outputs. Plain keyboard and
// paste only, so these run unchanged in every engine of the harness.
const CTRL_LEFT = '{Control>}{ArrowLeft}{/Control}';
const CTRL_RIGHT = '{Control>}{ArrowRight}{/Control}';
const SHIFT_LEFT = '{Shift>}{ArrowLeft}{/Shift}';

async function typedField(text: string) {
  const field = await renderOtp();
  field.input.focus();
  await press(text);
  expect(field.input.value).toBe(text);
  return field;
}

const activeSlots = () =>
  [...document.querySelectorAll('[data-part="slot"]')].flatMap((slot, i) => (slot.hasAttribute('data-active') ? [i] : []));

describe('OtpInput editing model: slots are replaced, not inserted', () => {
  it('123, ←, 1 → 121', async () => {
    const { input } = await typedField('123');
    await press('{ArrowLeft}');
    expect(selection(input)).toEqual([2, 3]);
    expect(activeSlots()).toEqual([2]);
    await press('1');
    expect(input.value).toBe('121');
  });

  it('123, ←, ←, 9 → 193', async () => {
    const { input } = await typedField('123');
    await press('{ArrowLeft}', '{ArrowLeft}', '9');
    expect(input.value).toBe('193');
    // Typing moved on to the next slot, which stays selected because it is filled.
    expect(selection(input)).toEqual([2, 3]);
  });

  it('123456, Shift+← ×2, 1 → 1231', async () => {
    const { input } = await typedField('123456');
    await press(SHIFT_LEFT, SHIFT_LEFT);
    expect(selection(input)).toEqual([3, 6]);
    expect(activeSlots()).toEqual([3, 4, 5]);
    await press('1');
    expect(input.value).toBe('1231');
  });

  it('12, Home, paste 1111 → 1111', async () => {
    const { input, onChange } = await typedField('12');
    await press('{Home}');
    await pasteText(input, '1111');
    await expect.poll(() => input.value).toBe('1111');
    expect(onChange).toHaveBeenLastCalledWith('1111');
  });

  it('a paste over a full field overwrites from the selected slot and truncates', async () => {
    const { input } = await typedField('123456');
    await press('{ArrowLeft}', '{ArrowLeft}', '{ArrowLeft}');
    await pasteText(input, '98765');
    await expect.poll(() => input.value).toBe('129876');
  });

  it('123456, Ctrl+←, 9 → 923456; Ctrl+→ reaches the last slot', async () => {
    const { input } = await typedField('123456');
    await press(CTRL_LEFT);
    expect(selection(input)).toEqual([0, 1]);
    await press('9');
    expect(input.value).toBe('923456');
    await press(CTRL_RIGHT);
    expect(selection(input)).toEqual([5, 6]);
    await press('0');
    expect(input.value).toBe('923450');
  });

  it('Home and End reach the first and last slot; Ctrl+Shift+← selects to the first', async () => {
    const { input } = await typedField('123456');
    await press('{Home}');
    expect(selection(input)).toEqual([0, 1]);
    await press('{End}');
    expect(selection(input)).toEqual([5, 6]);
    await press('{Control>}{Shift>}{ArrowLeft}{/Shift}{/Control}');
    expect(selection(input)).toEqual([0, 6]);
  });

  it('arrows move one selected slot on a partly filled field and stop at its ends', async () => {
    const { input } = await typedField('1234');
    await press('{ArrowLeft}', '{ArrowLeft}', '{ArrowLeft}', '{ArrowLeft}', '{ArrowLeft}');
    expect(selection(input)).toEqual([0, 1]);
    await press('{ArrowRight}', '{ArrowRight}', '{ArrowRight}');
    expect(selection(input)).toEqual([3, 4]);
    // Past the last character the caret waits where the next one goes.
    await press('{ArrowRight}');
    expect(selection(input)).toEqual([4, 4]);
    await press('5');
    expect(input.value).toBe('12345');
  });

  it('Backspace on a selected slot clears it, closes the gap and walks left; Delete takes the next', async () => {
    const { input } = await typedField('123456');
    await press('{ArrowLeft}', '{ArrowLeft}', '{ArrowLeft}');
    expect(selection(input)).toEqual([2, 3]);
    await press('{Backspace}');
    expect(input.value).toBe('12456');
    expect(selection(input)).toEqual([1, 2]);
    await press('{Delete}');
    expect(input.value).toBe('1456');
    expect(selection(input)).toEqual([1, 2]);
    await press('{End}', '{Backspace}', '7');
    expect(input.value).toBe('1457');
  });

  it('Shift+→ shrinks a Shift+← selection back towards its anchor', async () => {
    const { input } = await typedField('123456');
    await press('{ArrowLeft}', SHIFT_LEFT, SHIFT_LEFT);
    expect(selection(input)).toEqual([2, 5]);
    expect(input.selectionDirection).toBe('backward');
    await press('{Shift>}{ArrowRight}{/Shift}');
    expect(selection(input)).toEqual([3, 5]);
    await press('0');
    expect(input.value).toBe('12306');
  });
});
