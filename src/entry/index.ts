// The root entry: components, hooks, the provider, the core and English. Adapters, the server
// and other locales are separate subpaths so a page only bundles what it imports.
export * from './otp-input';
export * from '../core';
export * from '../react';
export * from '../i18n';
export * from '../theme';
