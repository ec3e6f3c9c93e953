import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { themePresets } from '../src/theme';
import { Gallery } from './support/Gallery';

const meta = {
  title: 'Theming/Gallery',
  component: Gallery,
  parameters: {
    layout: 'fullscreen',
    // The gallery repeats the same forms once per preset on purpose, so their landmarks share
    // names; every other rule, colour contrast included, still runs.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
} satisfies Meta<typeof Gallery>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every component state under every preset (light, dark and two brands), side by side. */
export const Gallery_: Story = {
  name: 'Gallery',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const name of Object.keys(themePresets)) {
      const column = canvas.getByRole('region', { name: `${name} preset` });
      await expect(column).toHaveAttribute('data-color-scheme', themePresets[name as keyof typeof themePresets].colorScheme);
      // Each column holds the same states, themed by its own tokens.
      await expect(within(column).getAllByRole('textbox').length).toBeGreaterThanOrEqual(7);
      const slot = column.querySelector('[data-part="slot"]')!;
      await expect(getComputedStyle(slot).borderTopColor).not.toBe('');
    }
    const light = canvas.getByRole('region', { name: 'light preset' });
    const dark = canvas.getByRole('region', { name: 'dark preset' });
    await expect(getComputedStyle(light).backgroundColor).not.toBe(getComputedStyle(dark).backgroundColor);
  },
};
