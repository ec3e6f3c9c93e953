export { sv as default, sv } from '../../i18n/locales/sv';
