export * from './email';
export * from './phone';
export * from './mask';
export * from './validate';
