export { uk as default, uk } from '../../i18n/locales/uk';
