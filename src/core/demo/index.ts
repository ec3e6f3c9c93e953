export * from './engine';
export * from './outbox';
export * from './prng';
export * from './templates';
