export { nb as default, nb } from '../../i18n/locales/nb';
