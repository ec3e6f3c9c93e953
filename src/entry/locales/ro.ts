export { ro as default, ro } from '../../i18n/locales/ro';
