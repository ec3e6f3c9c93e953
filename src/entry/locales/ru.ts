export { ru as default, ru } from '../../i18n/locales/ru';
