// `import en from 'verikit/locales/en'`: English is built in, but importable like every locale.
export { en as default, en } from '../../i18n/en';
