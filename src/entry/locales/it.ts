export { it as default, it } from '../../i18n/locales/it';
