export * from './messages';
export { en } from './en';
export { registerLocales, registeredLocales } from './registry';
