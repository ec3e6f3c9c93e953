import type { Theme } from './tokens';

// Contrast-checked against WCAG AA (4.5:1 for text, 3:1 for borders and focus rings);
// test/unit/theme/contrast.test.ts recomputes every pair, so a tweak that breaks AA fails.

/** The default look, also what the skin uses when no theme is set. */
export const lightTheme: Theme = {
  colorScheme: 'light',
  primary: '#4338ca',
  primaryText: '#ffffff',
  background: '#ffffff',
  surface: '#f8fafc',
  text: '#0f172a',
  mutedText: '#475569',
  border: '#64748b',
  danger: '#b91c1c',
  success: '#15803d',
  focusRing: '#4338ca',
};

/** Dark preset: what `colorScheme: 'dark'` (or 'system' at night) gives. */
export const darkTheme: Theme = {
  colorScheme: 'dark',
  primary: '#a5b4fc',
  primaryText: '#111827',
  background: '#111827',
  surface: '#1f2937',
  text: '#f9fafb',
  mutedText: '#cbd5e1',
  border: '#94a3b8',
  danger: '#fca5a5',
  success: '#86efac',
  focusRing: '#a5b4fc',
};

/** Brand example: a teal fintech look with square-ish corners. */
export const oceanTheme: Theme = {
  colorScheme: 'light',
  primary: '#0f766e',
  primaryText: '#ffffff',
  background: '#f0fdfa',
  surface: '#ffffff',
  text: '#134e4a',
  mutedText: '#115e59',
  border: '#0f766e',
  danger: '#b91c1c',
  success: '#166534',
  focusRing: '#0f766e',
  radius: 4,
  fontFamily: 'Georgia, "Times New Roman", serif',
};

/** Brand example: a warm consumer look with round slots. */
export const sunsetTheme: Theme = {
  colorScheme: 'light',
  primary: '#c2410c',
  primaryText: '#ffffff',
  background: '#fffbeb',
  surface: '#ffffff',
  text: '#431407',
  mutedText: '#7c2d12',
  border: '#9a3412',
  danger: '#b91c1c',
  success: '#166534',
  focusRing: '#c2410c',
  radius: 999,
  slotGap: 12,
};

export const themePresets = { light: lightTheme, dark: darkTheme, ocean: oceanTheme, sunset: sunsetTheme } as const;
export type ThemePresetName = keyof typeof themePresets;
