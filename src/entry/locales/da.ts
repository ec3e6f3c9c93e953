export { da as default, da } from '../../i18n/locales/da';
