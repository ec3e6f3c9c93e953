// @vitest-environment node
import { readFileSync } from 'node:fs';
import { cssVar, darkTheme, lightTheme, themePresets, themeStyle, mergeThemes, type Theme, type ThemeToken } from '../../../src/theme';
import { contrastReport } from '../../../src/theme/contrast';

describe('theme presets', () => {
  for (const [name, theme] of Object.entries(themePresets)) {
    it(`${name}: every pair the skin draws reaches WCAG AA (4.5:1 text, 3:1 UI)`, () => {
      // The same function the Storybook playground's live report uses.
      const failing = contrastReport(theme).filter((r) => !r.pass).map((r) => `${r.fg} on ${r.bg}: ${r.ratio}`);
      expect(failing).toEqual([]);
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
