export { zhTW as default, zhTW } from '../../i18n/locales/zh-TW';
