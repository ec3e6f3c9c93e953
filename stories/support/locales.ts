import type { Messages } from '../../src/i18n/messages';
import { en } from '../../src/i18n/en';
import { ar } from '../../src/i18n/locales/ar';
import { de } from '../../src/i18n/locales/de';
import { es } from '../../src/i18n/locales/es';
import { fr } from '../../src/i18n/locales/fr';
import { id } from '../../src/i18n/locales/id';
import { it } from '../../src/i18n/locales/it';
import { ptBR } from '../../src/i18n/locales/pt-BR';
import { ru } from '../../src/i18n/locales/ru';
import { tr } from '../../src/i18n/locales/tr';
import { vi } from '../../src/i18n/locales/vi';
import { zhCN } from '../../src/i18n/locales/zh-CN';
import { zhHK } from '../../src/i18n/locales/zh-HK';

/**
 * Every catalog, for Storybook's locale toolbar only. Apps import just the ones they use
 * (`import de from 'verikit/locales/de'`), so this registry never ships in the package.
 * Labels are each language's own name for itself.
 */
export const storyLocales: Record<string, { label: string; messages: Messages }> = {
  en: { label: 'English', messages: en },
  ar: { label: 'العربية', messages: ar },
  de: { label: 'Deutsch', messages: de },
  es: { label: 'Español', messages: es },
  fr: { label: 'Français', messages: fr },
  id: { label: 'Bahasa Indonesia', messages: id },
  it: { label: 'Italiano', messages: it },
  'pt-BR': { label: 'Português (Brasil)', messages: ptBR },
  ru: { label: 'Русский', messages: ru },
  tr: { label: 'Türkçe', messages: tr },
  vi: { label: 'Tiếng Việt', messages: vi },
  'zh-CN': { label: '简体中文', messages: zhCN },
  'zh-HK': { label: '繁體中文（香港）', messages: zhHK },
};
