export * from './tokens';
export * from './presets';
