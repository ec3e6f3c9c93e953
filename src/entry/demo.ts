// verikit/demo: what a demo page shows next to the components (never needed in production).
export { DemoOutbox } from '../components/demo-outbox';
export type { DemoOutboxProps } from '../components/demo-outbox';
export type { Outbox, OutboxMessage, OutboxListener } from '../core/demo';
