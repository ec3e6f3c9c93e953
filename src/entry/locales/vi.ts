export { vi as default, vi } from '../../i18n/locales/vi';
