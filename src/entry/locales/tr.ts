export { tr as default, tr } from '../../i18n/locales/tr';
