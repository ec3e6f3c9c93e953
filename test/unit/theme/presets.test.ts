// @vitest-environment node
import { readFileSync } from 'node:fs';
import { cssVar, darkTheme, lightTheme, themePresets, themeStyle, mergeThemes, type Theme, type ThemeToken } from '../../../src/theme';

function luminance(hex: string): number {
  const n = hex.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(n.slice(i, i + 2), 16) / 255).map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// Text needs 4.5:1 (WCAG AA); borders, focus rings and other UI parts need 3:1.
const TEXT_PAIRS: Array<[ThemeToken, ThemeToken]> = [
  ['text', 'background'],
  ['text', 'surface'],
  ['mutedText', 'background'],
  ['mutedText', 'surface'],
  ['primaryText', 'primary'],
  ['danger', 'background'],
  ['success', 'background'],
  ['primary', 'background'],
];
const UI_PAIRS: Array<[ThemeToken, ThemeToken]> = [
  ['border', 'background'],
  ['focusRing', 'background'],
];

describe('theme presets', () => {
  for (const [name, theme] of Object.entries(themePresets)) {
    it(`${name}: every text pair reaches 4.5:1 and every UI pair 3:1`, () => {
      for (const [fg, bg] of TEXT_PAIRS) {
        expect(contrast(theme[fg] as string, theme[bg] as string), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      for (const [fg, bg] of UI_PAIRS) {
        expect(contrast(theme[fg] as string, theme[bg] as string), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('the skin falls back to exactly the light preset, and its dark block is exactly the dark preset', () => {
    const css = readFileSync('src/theme/base.css', 'utf8') + readFileSync('src/theme/otp-input.css', 'utf8');
    const colors: ThemeToken[] = ['primary', 'primaryText', 'background', 'surface', 'text', 'mutedText', 'border', 'danger', 'success', 'focusRing'];
    const darkBlock = css.slice(css.indexOf("[data-color-scheme='dark']"), css.indexOf('@media (prefers-color-scheme: dark)'));
    for (const token of colors) {
      expect(darkBlock, token).toContain(`${cssVar(token)}: ${darkTheme[token]};`);
      // Wherever the skin reads a colour token, its fallback is the light preset's value.
      for (const match of css.matchAll(new RegExp(`var\\(${cssVar(token)}, ([^)]+)\\)`, 'g'))) {
        expect(match[1], token).toBe(lightTheme[token]);
      }
    }
  });

  it('themeStyle turns tokens into --vk-* variables, numbers into px, and drops unsafe values', () => {
    const style = themeStyle({ primary: '#123456', slotSize: 40, mutedText: 'red;}body{color:red', colorScheme: 'dark' }) as Record<string, string>;
    expect(style['--vk-primary']).toBe('#123456');
    expect(style['--vk-slot-size']).toBe('40px');
    expect(style).not.toHaveProperty('--vk-muted-text');
    expect(Object.keys(style).some((k) => k.includes('scheme'))).toBe(false);
    expect(themeStyle(undefined, { color: 'red' })).toEqual({ color: 'red' });
  });

  it('mergeThemes lets later themes win, token by token', () => {
    const merged = mergeThemes({ primary: '#111111', radius: 4 } as Theme, undefined, { radius: 12 });
    expect(merged).toEqual({ primary: '#111111', radius: 12 });
    expect(mergeThemes(undefined, undefined)).toBeUndefined();
  });
});
