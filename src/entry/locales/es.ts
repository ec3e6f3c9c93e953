export { es as default, es } from '../../i18n/locales/es';
