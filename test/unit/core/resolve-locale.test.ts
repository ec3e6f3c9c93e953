// @vitest-environment node
import { resolveLocale, SUPPORTED_LOCALES } from '../../../src/core/locale';

const shipped = [...SUPPORTED_LOCALES];

describe('resolveLocale', () => {
  it.each([
    ['es-MX', 'es-419'],
    ['es-US', 'es-419'],
    ['es-419', 'es-419'],
    ['es-ES', 'es'],
    ['es', 'es'],
    ['zh-TW', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh-Hant-HK', 'zh-HK'],
    ['zh-HK', 'zh-HK'],
    ['zh-MO', 'zh-HK'],
    ['zh', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['pt', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-PT'],
    ['pt-AO', 'pt-PT'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['en-GB', 'en'],
    ['no', 'nb'],
    ['nn', 'nb'],
    ['iw', 'he'],
    ['in', 'id'],
    ['fa-IR', 'fa'],
    ['ZH-tw', 'zh-TW'],
    ['zh_TW', 'zh-TW'],
  ])('%s → %s', (requested, expected) => {
    expect(resolveLocale(requested, shipped)).toBe(expected);
  });

  it('falls back for unknown or malformed tags, and takes the first match of a list', () => {
    expect(resolveLocale('xx', shipped)).toBe('en');
    expect(resolveLocale('not a locale!!', shipped)).toBe('en');
    expect(resolveLocale(undefined, shipped, 'de')).toBe('de');
    expect(resolveLocale(['xx', 'fr-CA', 'de'], shipped)).toBe('fr');
  });

  it('prefers any variety of the language to another language', () => {
    expect(resolveLocale('es-MX', ['en', 'es'])).toBe('es');
    expect(resolveLocale('pt-AO', ['en', 'pt-BR'])).toBe('pt-BR');
    expect(resolveLocale('zh-TW', ['en', 'zh-CN', 'zh-HK'])).toBe('zh-HK');
    expect(resolveLocale('zh-TW', ['en', 'zh-CN'])).toBe('zh-CN');
  });
});
