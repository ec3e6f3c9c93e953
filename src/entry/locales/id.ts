export { id as default, id } from '../../i18n/locales/id';
