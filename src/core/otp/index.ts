export * from './rules';
export * from './sanitize';
export * from './edit';
