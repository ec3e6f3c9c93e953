import { useState, useSyncExternalStore } from 'react';
import { srOnlyStyle } from './shared';

interface Announcement {
  text: string;
  id: number;
}

/**
 * A tiny store behind the live region. Announcing goes through it instead of component
 * state, so "code sent" re-renders only the region, not the form around it.
 */
export interface Announcer {
  announce(text: string): void;
  subscribe(listener: () => void): () => void;
  get(): Announcement;
}

export function createAnnouncer(): Announcer {
  let current: Announcement = { text: '', id: 0 };
  const listeners = new Set<() => void>();
  return {
    announce(text) {
      current = { text, id: current.id + 1 };
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => current,
  };
}

export function useAnnouncer(): Announcer {
  return useState(createAnnouncer)[0];
}

/**
 * The polite live region. It is in the page from the first render (regions added later are
 * often not read), and each announcement is a new child node, so the same sentence twice
 * ("We sent a code…" after a resend) is read twice.
 */
export function LiveRegion({ announcer, className }: { announcer: Announcer; className?: string }) {
  const { text, id } = useSyncExternalStore(announcer.subscribe, announcer.get, announcer.get);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-part="announcer" className={className} style={srOnlyStyle}>
      {text ? <span key={id}>{text}</span> : null}
    </div>
  );
}
