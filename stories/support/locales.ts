import type { Messages } from '../../src/i18n/messages';
import { en } from '../../src/i18n/en';

/**
 * Every catalog, for Storybook's locale toolbar only. Apps import just the ones they use
 * (`import de from 'verikit/locales/de'`), so this registry never ships in the package.
 */
export const storyLocales: Record<string, { label: string; messages: Messages }> = {
  en: { label: 'English', messages: en },
};
