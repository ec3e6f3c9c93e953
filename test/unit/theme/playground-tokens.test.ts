// @vitest-environment node
import { readFileSync } from 'node:fs';
import { argsForSharedPreset, changedTokens, presetArgs, SKIN_DEFAULTS, themeSnippet } from '../../../stories/support/playground/tokens';
import { cssVar } from '../../../src/theme';

describe('theme playground tokens', () => {
  it('its skin defaults are the stylesheet’s own fallbacks', () => {
    const css = ['base', 'otp-input', 'send-code', 'wizard'].map((f) => readFileSync(`src/theme/${f}.css`, 'utf8')).join('\n');
    for (const [token, value] of Object.entries(SKIN_DEFAULTS)) {
      const expected = typeof value === 'number' ? `${value}px` : value;
      const fallbacks = [...css.matchAll(new RegExp(`var\\(${cssVar(token as keyof typeof SKIN_DEFAULTS)}, ([^)]+)\\)`, 'g'))].map((m) => m[1]);
      expect(fallbacks.length, token).toBeGreaterThan(0);
      expect(new Set(fallbacks), token).toEqual(new Set([expected]));
    }
  });

  it('copies only what changed from the chosen preset, in token order, case-insensitively for colours', () => {
    const args = { preset: 'light' as const, ...presetArgs('light'), radius: 12, primary: '#0F766E', text: '#0F172A' };
    expect(changedTokens(args)).toEqual({ primary: '#0F766E', radius: 12 });
    expect(themeSnippet('light', changedTokens(args))).toBe("theme={{ primary: '#0F766E', radius: 12 }}");
    expect(themeSnippet('light', {})).toBe('theme={{}}');
    expect(themeSnippet('sunset', { radius: 4 })).toBe('theme={{ ...sunsetTheme, radius: 4 }}');
    expect(themeSnippet('light', { fontFamily: "'Inter', sans-serif" })).toBe("theme={{ fontFamily: '\\'Inter\\', sans-serif' }}");
  });

  it('a shared link’s preset fills the tokens it did not set, and keeps those it did', () => {
    const args = { ...presetArgs('light'), preset: 'ocean' as const, primary: '#115e59', radius: 16 };
    const fill = argsForSharedPreset(args, 'light');
    expect(fill).not.toHaveProperty('primary');
    expect(fill).not.toHaveProperty('radius');
    expect(fill).toMatchObject({ background: '#f0fdfa', fontFamily: presetArgs('ocean').fontFamily });
    expect(argsForSharedPreset({ preset: 'light', ...presetArgs('light') }, 'light')).toEqual({});
  });
});
