import type { Decorator, Preview } from '@storybook/react-vite';
import { createMemoryAdapter } from '../src/adapters/memory';
import { localeDirection } from '../src/core/locale';
import { VerificationProvider } from '../src/react';
import { themePresets, themeStyle, type ThemePresetName } from '../src/theme';
import { storyLocales } from '../stories/support/locales';
import '../src/theme/styles.css';

// The storybook-dark test project sets this (test.env), so every story is also checked under the dark preset.
const initialTheme = (import.meta.env.VITE_VK_THEME as ThemePresetName | undefined) ?? 'light';

// Only for the outer provider that carries locale and theme; each story brings its own adapter.
const toolbarAdapter = createMemoryAdapter({ seed: 1 });

/**
 * Every story honours the theme and locale toolbars: an outer VerificationProvider carries the
 * catalog and tokens (inner providers inherit them), and a themed `vk` wrapper carries the
 * CSS variables and direction for components that don't read the provider, like OtpInput.
 */
const withThemeAndLocale: Decorator = (Story, context) => {
  const theme = themePresets[(context.globals.theme as ThemePresetName) ?? 'light'] ?? themePresets.light;
  const locale = (context.globals.locale as string) ?? 'en';
  const catalog = storyLocales[locale] ?? storyLocales.en!;
  return (
    <VerificationProvider adapter={toolbarAdapter} locale={locale} messages={catalog.messages} theme={theme}>
      <div
        className="vk"
        data-part="root"
        data-color-scheme={theme.colorScheme}
        dir={localeDirection(locale)}
        lang={locale}
        style={{ ...themeStyle(theme), padding: 16, minHeight: 120 }}
      >
        <Story />
      </div>
    </VerificationProvider>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withThemeAndLocale],
  globalTypes: {
    theme: {
      description: 'verikit theme preset',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.keys(themePresets).map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'verikit locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        // Every catalog in src/i18n/locales, by its native name (the registry globs the folder).
        items: Object.entries(storyLocales).map(([value, { label }]) => ({ value, title: label })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: initialTheme, locale: 'en' },
  parameters: {
    // Any axe violation fails the story's test, in the UI and in `npm test`.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i } },
  },
};

export default preview;
