export { zhHK as default, zhHK } from '../../i18n/locales/zh-HK';
