import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef } from 'react';
import { useArgs } from 'storybook/preview-api';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { themePresets, type ThemePresetName } from '../src/theme';
import { COLOR_TOKENS } from '../src/theme/contrast';
import { ThemePlayground } from './support/playground/ThemePlayground';
import { argsForSharedPreset, presetArgs, type PlaygroundArgs } from './support/playground/tokens';
import { waitForCode, wrongCode, PLAY_TIMEOUT } from './support/play';

const range = (min: number, max: number, step = 1) => ({ control: { type: 'range' as const, min, max, step } });

const meta = {
  title: 'Theming/Playground',
  parameters: {
    layout: 'fullscreen',
    docs: { description: { component: 'Tune every theme token next to every state of the real components, check contrast live, and copy the `theme` object. Share a theme by sharing the URL: Storybook keeps the args in it.' } },
    // The preview repeats SendCode forms on purpose, so their landmarks share names.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
  argTypes: {
    preset: { control: 'select', options: Object.keys(themePresets), description: 'The preset to start from; choosing one resets every token to it.' },
    ...Object.fromEntries(COLOR_TOKENS.map((token) => [token, { control: 'color', table: { category: 'Colours' } }])),
    radius: { ...range(0, 32), table: { category: 'Sizes' } },
    spacing: { ...range(4, 24), table: { category: 'Sizes' } },
    slotSize: { ...range(32, 72), table: { category: 'Sizes' } },
    slotGap: { ...range(0, 24), table: { category: 'Sizes' } },
    fontSize: { ...range(12, 24), table: { category: 'Sizes' } },
    fontFamily: { control: 'text', table: { category: 'Type' } },
    colorScheme: { control: 'select', options: ['light', 'dark', 'system'] },
  },
} satisfies Meta<PlaygroundArgs>;

export default meta;
type Story = StoryObj<PlaygroundArgs>;

/** Follows the toolbar's theme when the story opens, so the dark test project checks the dark preset. */
const startPreset = ((import.meta.env.VITE_VK_THEME as ThemePresetName | undefined) ?? 'light') satisfies ThemePresetName;

const EMAIL = 'designer@example.com';

/** Every theme token as a control, beside every state of the components. */
export const Playground: Story = {
  args: { preset: startPreset, ...presetArgs(startPreset) },
  render: function Render(args) {
    const [, updateArgs] = useArgs<PlaygroundArgs>();
    const preset = useRef(args.preset);
    const primary = useRef(args.primary);
    // The focus ring follows the brand colour until the designer sets it apart, as most brand
    // themes want: a ring still in the old primary looks like a bug.
    useEffect(() => {
      const before = primary.current;
      primary.current = args.primary;
      if (before !== args.primary && args.focusRing.toLowerCase() === before.toLowerCase()) updateArgs({ focusRing: args.primary });
    }, [args.primary, args.focusRing, updateArgs]);
    // A new preset replaces every token (that is what "start from" means); a token edit leaves the
    // preset alone. Only a change after mount resets: args from a shared URL must survive loading.
    // Once, on load: a shared link names its preset and only the tokens changed from it.
    useEffect(() => {
      const fill = argsForSharedPreset(args, startPreset);
      if (Object.keys(fill).length > 0) updateArgs(fill);
      // eslint-disable-next-line react-hooks/exhaustive-deps -- on load only; later changes are the designer's own
    }, []);
    useEffect(() => {
      if (preset.current === args.preset) return;
      preset.current = args.preset;
      updateArgs(presetArgs(args.preset));
    }, [args.preset, updateArgs]);
    return <ThemePlayground args={args} />;
  },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const tile = (name: string) => within(canvas.getByRole('region', { name }));

    await step('code step', async () => {
      const t = tile('Send code: code step');
      await userEvent.type(t.getByLabelText('Email address'), EMAIL);
      await userEvent.click(t.getByRole('button', { name: 'Send code' }));
      await expect(await t.findByLabelText('Verification code', {}, { timeout: PLAY_TIMEOUT })).toBeInTheDocument();
    });
    await step('error state: a wrong code', async () => {
      const t = tile('Error');
      await userEvent.type(t.getByLabelText('Email address'), `error.${EMAIL}`);
      await userEvent.click(t.getByRole('button', { name: 'Send code' }));
      const input = await t.findByLabelText('Verification code', {}, { timeout: PLAY_TIMEOUT });
      const code = await waitForCode(canvasElement, 2);
      await userEvent.click(input);
      await userEvent.keyboard(wrongCode(code));
      await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'), { timeout: PLAY_TIMEOUT });
    });
    await step('success state', async () => {
      const t = tile('Success');
      await userEvent.type(t.getByLabelText('Email address'), `ok.${EMAIL}`);
      await userEvent.click(t.getByRole('button', { name: 'Send code' }));
      const input = await t.findByLabelText('Verification code', {}, { timeout: PLAY_TIMEOUT });
      const code = await waitForCode(canvasElement, 3);
      await userEvent.click(input);
      await userEvent.keyboard(code);
      await waitFor(() => expect(canvas.getByRole('region', { name: 'Success' }).querySelector('[data-state="done"]')).not.toBeNull(), { timeout: PLAY_TIMEOUT });
    });
    await step('the report and the snippet start clean', async () => {
      await expect(canvas.getByTestId('contrast-summary')).toHaveTextContent('Every pair passes AA.');
      await expect(canvas.getByTestId('theme-snippet')).toHaveTextContent(startPreset === 'light' ? 'theme={{}}' : `theme={{ ...${startPreset}Theme }}`);
    });
  },
};
