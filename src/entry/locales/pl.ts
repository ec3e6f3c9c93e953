export { pl as default, pl } from '../../i18n/locales/pl';
