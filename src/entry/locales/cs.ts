export { cs as default, cs } from '../../i18n/locales/cs';
