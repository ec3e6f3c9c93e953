export { he as default, he } from '../../i18n/locales/he';
