export { DemoOutbox } from './DemoOutbox';
export type { DemoOutboxProps } from './DemoOutbox';
