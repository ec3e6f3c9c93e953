// @vitest-environment node
import { SUPPORTED_LOCALES } from '../../../src/core/locale';
import { YCLOUD_LANGUAGES, ycloudLanguage } from '../../../src/server/providers/ycloud';

// YCloud Verify speaks 13 languages (contracts/ycloud: VerificationSendRequest.language). Each of
// verikit's 35 locales sends the YCloud language that fits it, or none (YCloud then uses English).
const EXPECTED: Record<(typeof SUPPORTED_LOCALES)[number], string | undefined> = {
  ar: 'ar', de: 'de', en: 'en', es: 'es', 'es-419': 'es', fr: 'fr', id: 'id', it: 'it', 'pt-BR': 'pt_BR', 'pt-PT': 'pt_BR', ru: 'ru', tr: 'tr',
  vi: 'vi', 'zh-CN': 'zh_CN', 'zh-HK': 'zh_HK', 'zh-TW': 'zh_HK',
  bn: undefined, cs: undefined, da: undefined, el: undefined, fa: undefined, fi: undefined, he: undefined, hi: undefined, hu: undefined,
  ja: undefined, ko: undefined, ms: undefined, nb: undefined, nl: undefined, pl: undefined, ro: undefined, sv: undefined, th: undefined, uk: undefined,
};

describe('YCloud language for every verikit locale', () => {
  it.each(SUPPORTED_LOCALES.map((locale) => [locale, EXPECTED[locale]] as const))('%s → %s', (locale, language) => {
    expect(ycloudLanguage(locale)).toBe(language);
  });

  it('uses every YCloud language', () => {
    expect(new Set(Object.values(EXPECTED).filter(Boolean))).toEqual(new Set(YCLOUD_LANGUAGES));
  });
});
