import type { Channel, InteractionEvent } from '../types';

/** A message the demo backend "sent": what would have arrived by email, SMS, call or WhatsApp. */
export interface OutboxMessage {
  /** Unique within the outbox, in sending order. */
  id: string;
  channel: Channel;
  to: string;
  /** Email subject; absent for phone channels. */
  subject?: string;
  /** The message body, with the code in it. */
  text: string;
  /** The code on its own, for demos and tests that type it in. */
  code: string;
  /** The template, from the event the code was sent for. */
  template: InteractionEvent;
  /** The locale the sender asked for, `'en'` when it asked for none. */
  locale: string;
  /** Epoch ms, on the engine's clock. */
  sentAt: number;
}

/**
 * Called with the new message and all messages after each send, and with `null` and an empty
 * list after `clear()`, so a UI built on the outbox never shows messages that are gone.
 */
export type OutboxListener = (message: OutboxMessage | null, messages: readonly OutboxMessage[]) => void;

export interface Outbox {
  /**
   * Every message so far, oldest first. A new array after each message, so it can be handed
   * to `useSyncExternalStore` or compared by reference.
   */
  readonly messages: readonly OutboxMessage[];
  /** Called after each new message and after `clear()`. Returns the unsubscribe function. */
  subscribe(listener: OutboxListener): () => void;
  /** The newest message, or the newest to `to`. */
  last(to?: string): OutboxMessage | undefined;
  /** Empties the outbox and tells the listeners (they stay subscribed). */
  clear(): void;
}

/** The outbox plus the `push` only the engine may call. */
export interface WritableOutbox extends Outbox {
  push(message: Omit<OutboxMessage, 'id'>): OutboxMessage;
}

/** `initial`: messages of a restored demo backend, oldest first. */
export function createOutbox(initial: readonly OutboxMessage[] = []): WritableOutbox {
  let messages: readonly OutboxMessage[] = [...initial];
  let counter = initial.length;
  const listeners = new Set<OutboxListener>();
  return {
    get messages() {
      return messages;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    last(to) {
      for (let i = messages.length - 1; i >= 0; i -= 1) {
        const message = messages[i];
        if (message && (to === undefined || message.to === to)) return message;
      }
      return undefined;
    },
    clear() {
      messages = [];
      for (const listener of [...listeners]) listener(null, messages);
    },
    push(input) {
      counter += 1;
      const message: OutboxMessage = { ...input, id: `msg_${counter}` };
      messages = [...messages, message];
      // A copy, so a listener that unsubscribes while being called doesn't skip its neighbour.
      for (const listener of [...listeners]) listener(message, messages);
      return message;
    },
  };
}
