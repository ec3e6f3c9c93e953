import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // msw's service worker, for stories that run a real client against an emulated backend (OnSupabase).
  staticDirs: ['./public'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: {
    reactDocgen: 'react-docgen-typescript',
    // Prop tables come from the components in src/; without this the plugin also looks at
    // .storybook/preview.tsx and warns, on every start, that it skips it.
    reactDocgenTypescriptOptions: { include: ['src/**/*.tsx'] },
  },
};

export default config;
