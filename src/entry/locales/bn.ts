export { bn as default, bn } from '../../i18n/locales/bn';
