export { de as default, de } from '../../i18n/locales/de';
