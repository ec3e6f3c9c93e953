// @vitest-environment node
// `npm install && npm start` must print nothing a new user can't act on: no npm install-scripts
// note, no Vite note about the config, no Storybook docgen note about its own preview file.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { createFilter, createLogger, loadConfigFromFile } from 'vite';
import storybookMain from '../../.storybook/main';

describe('npm install && npm start, without warnings', () => {
  it('every dependency with an install script is approved or denied in allowScripts', () => {
    const out = execFileSync('npm', ['install-scripts', 'ls'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toContain('No packages with unreviewed install scripts');
  });

  it("vite.config.ts loads with no configLoader: 'native' warning", async () => {
    const warnings: string[] = [];
    const logger = createLogger('warn');
    logger.warn = (message) => void warnings.push(message);
    logger.warnOnce = (message) => void warnings.push(message);
    await loadConfigFromFile({ command: 'serve', mode: 'development' }, 'vite.config.ts', process.cwd(), 'warn', logger);
    expect(warnings).toEqual([]);
  });

  it('Storybook runs docgen on src/ components only, so it never skips .storybook/preview.tsx with a warning', () => {
    // The docgen plugin warns for any file its include/exclude filter passes but the TS project
    // doesn't list; the filter is built exactly like this from the options in main.ts.
    const typescript = storybookMain.typescript as { reactDocgenTypescriptOptions?: { include?: string[]; exclude?: string[] } };
    const options = typescript.reactDocgenTypescriptOptions ?? {};
    const filter = createFilter(options.include ?? ['**/*.tsx'], options.exclude ?? ['**/*.stories.tsx']);
    expect(filter(resolve('.storybook/preview.tsx'))).toBe(false);
    expect(filter(resolve('src/components/send-code/SendCode.tsx'))).toBe(true);
    expect(filter(resolve('src/components/otp-input/OtpInput.tsx'))).toBe(true);
  });
});
