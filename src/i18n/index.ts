export * from './messages';
export * from './en';
