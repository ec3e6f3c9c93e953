export * from './unit';
export * from './ordering';
export * from './state';
export * from './reducer';
export * from './selectors';
export * from './persist';
