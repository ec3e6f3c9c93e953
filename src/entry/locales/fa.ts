export { fa as default, fa } from '../../i18n/locales/fa';
