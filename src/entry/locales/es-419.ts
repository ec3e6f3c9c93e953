export { es419 as default, es419 } from '../../i18n/locales/es-419';
