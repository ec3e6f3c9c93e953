import { lightTheme, darkTheme } from './presets';
import { THEME_TOKENS, type Theme, type ThemeToken } from './tokens';

/** A colour token the skin paints with. */
export type ColorToken = Extract<
  ThemeToken,
  'primary' | 'primaryText' | 'background' | 'surface' | 'text' | 'mutedText' | 'border' | 'danger' | 'success' | 'focusRing'
>;

/**
 * The colour tokens, in THEME_TOKENS' order: that list holds them first, then the sizes and the
 * font. Taken from it rather than repeated; tokens.ts itself stays a plain literal (a list built
 * there by a spread or a call would stay in every bundle that imports tokens.ts, OtpInput's too).
 */
export const COLOR_TOKENS = THEME_TOKENS.slice(0, THEME_TOKENS.indexOf('radius')) as readonly ColorToken[];

/** One foreground/background pair the skin draws, and the WCAG 2.2 AA ratio it needs. */
export interface ContrastPair {
  fg: ColorToken;
  bg: ColorToken;
  /** 'text' needs 4.5:1 (SC 1.4.3); 'ui' (borders, focus rings) needs 3:1 (SC 1.4.11). */
  kind: 'text' | 'ui';
  /** Where the skin draws it, for people reading a report. */
  usage: string;
}

/**
 * Every pair `verikit/styles.css` draws. Kept next to the skin's tokens so a new pairing in the
 * stylesheet gets a row here, and the preset test and the Storybook playground check the same list.
 */
export const SKIN_CONTRAST_PAIRS: readonly ContrastPair[] = [
  { fg: 'text', bg: 'background', kind: 'text', usage: 'headings, labels and typed text' },
  { fg: 'text', bg: 'surface', kind: 'text', usage: 'code digits in the slots' },
  { fg: 'mutedText', bg: 'background', kind: 'text', usage: 'descriptions and hints' },
  { fg: 'mutedText', bg: 'surface', kind: 'text', usage: 'hints on a surface' },
  { fg: 'primaryText', bg: 'primary', kind: 'text', usage: 'the Send and Verify buttons' },
  { fg: 'primary', bg: 'background', kind: 'text', usage: 'link buttons (Change email, Resend)' },
  { fg: 'danger', bg: 'background', kind: 'text', usage: 'error messages' },
  { fg: 'success', bg: 'background', kind: 'text', usage: 'verified and complete messages' },
  { fg: 'border', bg: 'background', kind: 'ui', usage: 'field and slot borders' },
  { fg: 'focusRing', bg: 'background', kind: 'ui', usage: 'the focus ring' },
  { fg: 'danger', bg: 'surface', kind: 'ui', usage: 'an invalid slot’s border' },
];

/** WCAG 2.2 AA minimum for a pair kind. */
export const AA_MINIMUM: Readonly<Record<ContrastPair['kind'], number>> = { text: 4.5, ui: 3 };

/**
 * `#rgb`, `#rrggbb` (alpha forms ignored) or `rgb(r, g, b)` as 0–255 channels; `null` for anything
 * else (a named colour, `var(...)`), which a report shows as unknown rather than guessing.
 */
export function parseColor(value: string | undefined): [number, number, number] | null {
  const text = (value ?? '').trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex.slice(0, 3)].map((c) => c + c).join('') : hex.slice(0, 6);
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})/.exec(text);
  if (rgb) {
    const channels = rgb.slice(1, 4).map(Number);
    return channels.every((c) => c <= 255) ? (channels as [number, number, number]) : null;
  }
  return null;
}

/** Relative luminance (WCAG 2.x definition) of 0–255 sRGB channels. */
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two colours (1–21), or `null` when either can't be parsed. */
export function contrastRatio(a: string | undefined, b: string | undefined): number | null {
  const ca = parseColor(a);
  const cb = parseColor(b);
  if (!ca || !cb) return null;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface ContrastResult extends ContrastPair {
  fgColor: string;
  bgColor: string;
  /** Rounded to two decimals, as WCAG tools show it; `null` when a colour can't be parsed. */
  ratio: number | null;
  required: number;
  /** AA pass; an unparseable colour never passes. */
  pass: boolean;
}

/**
 * The contrast of every pair the skin draws under `theme`. Unset tokens fall back to what the skin
 * would use: the dark preset for `colorScheme: 'dark'`, else the light preset.
 */
export function contrastReport(theme: Theme, pairs: readonly ContrastPair[] = SKIN_CONTRAST_PAIRS): ContrastResult[] {
  const fallback = theme.colorScheme === 'dark' ? darkTheme : lightTheme;
  const color = (token: ColorToken) => (theme[token] ?? fallback[token]) as string;
  return pairs.map((pair) => {
    const fgColor = color(pair.fg);
    const bgColor = color(pair.bg);
    const exact = contrastRatio(fgColor, bgColor);
    const required = AA_MINIMUM[pair.kind];
    return {
      ...pair,
      fgColor,
      bgColor,
      ratio: exact === null ? null : Math.round(exact * 100) / 100,
      required,
      // Compare the exact ratio: rounding 4.496 up to 4.5 must not turn a fail into a pass.
      pass: exact !== null && exact >= required,
    };
  });
}
