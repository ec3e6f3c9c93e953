export * from './messages';
export * from './en';
export { registerLocales, registeredLocales } from './registry';
