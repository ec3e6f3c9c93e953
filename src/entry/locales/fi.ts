export { fi as default, fi } from '../../i18n/locales/fi';
