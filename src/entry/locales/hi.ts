export { hi as default, hi } from '../../i18n/locales/hi';
