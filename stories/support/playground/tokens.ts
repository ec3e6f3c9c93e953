import { themePresets, type Theme, type ThemePresetName } from '../../../src/theme';
import { COLOR_TOKENS, type ColorToken } from '../../../src/theme/contrast';

/** The playground's args: every token, and the preset the designer started from. */
export type PlaygroundArgs = Required<Pick<Theme, ColorToken>> & {
  preset: ThemePresetName;
  colorScheme: NonNullable<Theme['colorScheme']>;
  radius: number;
  spacing: number;
  slotSize: number;
  slotGap: number;
  fontSize: number;
  fontFamily: string;
};

export type SizeToken = 'radius' | 'spacing' | 'slotSize' | 'slotGap' | 'fontSize';
export const SIZE_TOKENS: readonly SizeToken[] = ['radius', 'spacing', 'slotSize', 'slotGap', 'fontSize'];

/**
 * What the skin uses when a preset leaves a size or the font unset: the fallbacks in
 * `src/theme/*.css` (test/unit/theme/playground-tokens.test.ts keeps the two in step).
 */
export const SKIN_DEFAULTS = {
  radius: 8,
  spacing: 8,
  slotSize: 48,
  slotGap: 8,
  fontSize: 16,
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
} as const;

/** Every token's value under a preset, unset ones filled with the skin's defaults. */
export function presetArgs(name: ThemePresetName): Omit<PlaygroundArgs, 'preset'> {
  const preset = themePresets[name];
  const sizes = Object.fromEntries(
    SIZE_TOKENS.map((token) => [token, typeof preset[token] === 'number' ? preset[token] : SKIN_DEFAULTS[token]]),
  ) as Record<SizeToken, number>;
  const colors = Object.fromEntries(COLOR_TOKENS.map((token) => [token, preset[token]])) as Record<ColorToken, string>;
  return {
    ...colors,
    ...sizes,
    fontFamily: preset.fontFamily ?? SKIN_DEFAULTS.fontFamily,
    colorScheme: preset.colorScheme ?? 'light',
  };
}

/** The theme the args describe. */
export function themeFromArgs({ preset: _preset, ...tokens }: PlaygroundArgs): Theme {
  return { ...tokens };
}

/** Only the tokens that differ from the preset the designer started from. */
export function changedTokens(args: PlaygroundArgs): Theme {
  const base = presetArgs(args.preset);
  const theme = themeFromArgs(args) as Record<string, unknown>;
  const changed: Record<string, string | number> = {};
  // In the preset's own token order, so the snippet reads the same however the args arrived.
  for (const [token, before] of Object.entries(base)) {
    const value = theme[token];
    if (value === undefined || value === '') continue;
    const same = typeof value === 'string' && typeof before === 'string' ? value.toLowerCase() === before.toLowerCase() : value === before;
    if (!same) changed[token] = value as string | number;
  }
  return changed as Theme;
}

/**
 * Args that came from a shared URL name a preset and only the tokens the sender changed; the story's
 * defaults fill the rest from another preset. Those defaults give way to the named preset's values.
 */
export function argsForSharedPreset(args: PlaygroundArgs, defaultPreset: ThemePresetName): Partial<PlaygroundArgs> {
  if (args.preset === defaultPreset) return {};
  const defaults = presetArgs(defaultPreset) as Record<string, unknown>;
  const target = presetArgs(args.preset) as Record<string, unknown>;
  const current = args as unknown as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(target).filter((token) => current[token] === defaults[token] && target[token] !== defaults[token]).map((token) => [token, target[token]]),
  ) as Partial<PlaygroundArgs>;
}

/**
 * The JSX attribute a designer pastes. From the light preset (the skin's own look) it is just the
 * changes: `theme={{ primary: '#0f766e', radius: 12 }}`; from another preset the changes go on top
 * of it, because the skin alone would not give that preset's other colours.
 */
export function themeSnippet(preset: ThemePresetName, changes: Theme): string {
  const entries = Object.entries(changes).map(
    ([token, value]) => `${token}: ${typeof value === 'number' ? value : `'${String(value).replace(/['\\]/g, '\\$&')}'`}`,
  );
  if (preset !== 'light') entries.unshift(`...${preset}Theme`);
  return entries.length === 0 ? 'theme={{}}' : `theme={{ ${entries.join(', ')} }}`;
}
