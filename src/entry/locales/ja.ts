export { ja as default, ja } from '../../i18n/locales/ja';
