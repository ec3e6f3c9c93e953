export { hu as default, hu } from '../../i18n/locales/hu';
