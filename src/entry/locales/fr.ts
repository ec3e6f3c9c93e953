export { fr as default, fr } from '../../i18n/locales/fr';
