export { nl as default, nl } from '../../i18n/locales/nl';
