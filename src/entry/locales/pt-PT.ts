export { ptPT as default, ptPT } from '../../i18n/locales/pt-PT';
