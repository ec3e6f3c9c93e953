export { zhCN as default, zhCN } from '../../i18n/locales/zh-CN';
