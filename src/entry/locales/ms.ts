export { ms as default, ms } from '../../i18n/locales/ms';
