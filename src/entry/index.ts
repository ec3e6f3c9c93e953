// The root entry: components, hooks, the provider, the flow core and English. The demo backend,
// adapters, the server and other locales are separate subpaths, so a page bundles only what it imports.
export * from '../components/otp-input';
export * from '../core/types';
export * from '../core/errors';
export * from '../core/otp';
export * from '../core/clock';
export * from '../core/timing';
export * from '../core/format';
export * from '../core/identifiers';
export * from '../core/flow';
export * from '../core/locale';
export * from '../core/numerals';
export * from '../core/duration';
export * from '../react';
export * from '../i18n';
export * from '../theme';
export * from '../components';
