export { el as default, el } from '../../i18n/locales/el';
