import type { Preview } from '@storybook/react-vite';
import '../src/theme/styles.css';

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Any axe violation fails the story's test, in the UI and in `npm test`.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i } },
  },
};

export default preview;
