export { ar as default, ar } from '../../i18n/locales/ar';
