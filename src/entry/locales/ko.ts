export { ko as default, ko } from '../../i18n/locales/ko';
