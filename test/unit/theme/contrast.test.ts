// @vitest-environment node
import { COLOR_TOKENS, contrastRatio, contrastReport, parseColor, SKIN_CONTRAST_PAIRS } from '../../../src/theme/contrast';
import { lightTheme } from '../../../src/theme';

describe('contrast', () => {
  it('COLOR_TOKENS are exactly the colours a preset sets, in the documented order', () => {
    expect(COLOR_TOKENS).toEqual(['primary', 'primaryText', 'background', 'surface', 'text', 'mutedText', 'border', 'danger', 'success', 'focusRing']);
    expect(COLOR_TOKENS).toEqual(Object.keys(lightTheme).filter((key) => key !== 'colorScheme'));
  });

  it('parses #rgb, #rrggbb, alpha hex forms and rgb(); refuses what it cannot know', () => {
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('#4338CA')).toEqual([67, 56, 202]);
    expect(parseColor('#4338caff')).toEqual([67, 56, 202]);
    expect(parseColor('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseColor('rgb(1 2 3)')).toEqual([1, 2, 3]);
    expect(parseColor('rgb(300, 0, 0)')).toBeNull();
    expect(parseColor('red')).toBeNull();
    expect(parseColor('var(--x)')).toBeNull();
    expect(parseColor(undefined)).toBeNull();
  });

  it('computes WCAG ratios: black on white is 21, a colour on itself is 1, order does not matter', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#4338ca', '#4338ca')).toBe(1);
    // Known pairs from WebAIM's checker.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('red', '#fff')).toBeNull();
  });

  it('reports every skin pair with its AA minimum, and flags a low-contrast choice', () => {
    const ok = contrastReport(lightTheme);
    expect(ok).toHaveLength(SKIN_CONTRAST_PAIRS.length);
    expect(ok.every((r) => r.pass)).toBe(true);
    const low = contrastReport({ ...lightTheme, primary: '#ffff00' });
    const button = low.find((r) => r.fg === 'primaryText' && r.bg === 'primary')!;
    expect(button).toMatchObject({ required: 4.5, pass: false, fgColor: '#ffffff', bgColor: '#ffff00' });
    expect(button.ratio).toBeCloseTo(1.07, 2);
    expect(low.find((r) => r.fg === 'focusRing')!.pass).toBe(true);
  });

  it('does not round a fail into a pass, and an unknown colour never passes', () => {
    // #777777 on white is 4.48: rounds to 4.48, and must fail 4.5.
    const near = contrastReport({ ...lightTheme, text: '#777777' }).find((r) => r.fg === 'text' && r.bg === 'background')!;
    expect(near.pass).toBe(false);
    const unknown = contrastReport({ ...lightTheme, text: 'tomato' }).find((r) => r.fg === 'text' && r.bg === 'background')!;
    expect(unknown).toMatchObject({ ratio: null, pass: false });
  });

  it('falls back to the dark preset for unset tokens under colorScheme dark', () => {
    const dark = contrastReport({ colorScheme: 'dark' });
    expect(dark.find((r) => r.fg === 'text' && r.bg === 'background')!.bgColor).toBe('#111827');
  });
});
