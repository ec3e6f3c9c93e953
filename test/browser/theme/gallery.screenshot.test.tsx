import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { themePresets, type ThemePresetName } from '../../../src/theme';
import { PresetColumn } from '../../../stories/support/Gallery';

// Visual regression for the skin: one screenshot per preset, compared with the committed
// baseline in __screenshots__/ with a small tolerance (anti-aliasing differs a little between runs).
describe('Theming gallery screenshots', () => {
  for (const name of Object.keys(themePresets) as ThemePresetName[]) {
    it(`${name} preset matches its baseline`, async () => {
      await page.viewport(1280, 2000);
      await render(
        <div style={{ inlineSize: 460 }}>
          <PresetColumn name={name} theme={themePresets[name]} />
        </div>,
      );
      const column = page.getByTestId(`gallery-${name}`);
      // Fonts and the lazily loaded phone metadata settle before the picture is taken.
      await document.fonts.ready;
      await expect.element(column.getByRole('combobox').first()).toBeVisible();
      await expect(column).toMatchScreenshot(`gallery-${name}`, {
        comparatorName: 'pixelmatch',
        comparatorOptions: { threshold: 0.2, allowedMismatchedPixelRatio: 0.01 },
        screenshotOptions: { animations: 'disabled', caret: 'hide' },
      });
    });
  }
});
