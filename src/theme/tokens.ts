import type { CSSProperties } from 'react';

/**
 * Design tokens. Each becomes a `--vk-*` CSS variable on the component root (camelCase →
 * kebab-case: `mutedText` → `--vk-muted-text`), which `verikit/styles.css` reads. Numbers are
 * pixels. Every token is optional: unset ones fall back to the skin's light or dark preset.
 */
export interface Theme {
  primary?: string;
  primaryText?: string;
  background?: string;
  surface?: string;
  text?: string;
  mutedText?: string;
  border?: string;
  danger?: string;
  success?: string;
  focusRing?: string;
  radius?: number | string;
  fontFamily?: string;
  fontSize?: number | string;
  spacing?: number | string;
  slotSize?: number | string;
  slotGap?: number | string;
  /** `'system'` follows the user's OS setting. @default 'light' (the skin's light preset) */
  colorScheme?: 'light' | 'dark' | 'system';
}

export type ThemeToken = Exclude<keyof Theme, 'colorScheme'>;

// Colours first: contrast.ts's COLOR_TOKENS is this list up to 'radius'.
export const THEME_TOKENS: readonly ThemeToken[] = [
  'primary',
  'primaryText',
  'background',
  'surface',
  'text',
  'mutedText',
  'border',
  'danger',
  'success',
  'focusRing',
  'radius',
  'fontFamily',
  'fontSize',
  'spacing',
  'slotSize',
  'slotGap',
];

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** The CSS variable for a token: `cssVar('mutedText')` is `--vk-muted-text`. */
export function cssVar(token: ThemeToken): string {
  return '--vk-' + kebab(token);
}

/**
 * Inline style carrying a theme as CSS variables: nothing runs at style time, it is SSR-safe
 * and needs no CSP nonce. Values that could break out of a declaration are dropped.
 */
export function themeStyle(theme: Theme | undefined, style?: CSSProperties): CSSProperties | undefined {
  if (!theme) return style;
  const vars: Record<string, string> = {};
  // Walk the theme itself rather than a token list, so OtpInput's bundle carries no list.
  for (const [token, value] of Object.entries(theme)) {
    const text = typeof value == 'number' ? value + 'px' : String(value ?? '');
    if (token != 'colorScheme' && text && !/[;{}]/.test(text)) vars[cssVar(token as ThemeToken)] = text;
  }
  return { ...vars, ...style } as CSSProperties;
}

/** Root attributes for a theme: the variables, and the colour scheme the skin switches on. */
export function themeAttributes(theme: Theme | undefined, style?: CSSProperties) {
  return { style: themeStyle(theme, style), 'data-color-scheme': theme?.colorScheme };
}

/** Merges themes left to right (provider first, then the component's own). */
export function mergeThemes(...themes: Array<Theme | undefined>): Theme | undefined {
  const defined = themes.filter(Boolean) as Theme[];
  return defined.length ? Object.assign({}, ...defined) : undefined;
}
