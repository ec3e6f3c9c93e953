export { th as default, th } from '../../i18n/locales/th';
