// @vitest-environment node
import { storyLocales } from '../../../stories/support/locales';
import { en } from '../../../src/i18n/en';

const files = Object.keys(import.meta.glob('../../../src/i18n/locales/*.ts')).map((path) => path.replace(/^.*\/(.+)\.ts$/, '$1'));

describe('Storybook locale toolbar', () => {
  it('lists English and every catalog file, each with its catalog and a native name', () => {
    expect(Object.keys(storyLocales).sort()).toEqual(['en', ...files].sort());
    expect(Object.keys(storyLocales)[0]).toBe('en');
    expect(storyLocales.en!.messages).toBe(en);
    for (const [code, { label, messages }] of Object.entries(storyLocales)) {
      expect(label, code).not.toBe(code);
      expect(messages.status.codeSent, code).toMatch(/\{to\}/);
    }
    expect(storyLocales.de!.label).toBe('Deutsch');
    expect(storyLocales.ar!.label).toBe('العربية');
    expect(storyLocales['zh-HK']!.label).toBe('繁體中文（香港）');
  });
});
