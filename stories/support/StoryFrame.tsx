import { useState, type ReactNode } from 'react';
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory';
import { VerificationProvider } from '../../src/react';
import { DemoOutbox } from '../../src/entry/demo';

export interface StoryFrameProps {
  /**
   * The story's id (`context.id`). Storage is cleared when a different story mounts, not when
   * the same one mounts again after a browser reload (F5), so ResumeAfterReload resumes.
   */
  storyId?: string;
  /** Options for this story's memory backend (a fresh one per render, so stories share nothing). */
  adapterOptions?: MemoryAdapterOptions;
  /** Runs once on the new adapter, e.g. to queue a failure with `failNext`. */
  prepare?: (adapter: MemoryAdapter) => void;
  children: ReactNode | ((adapter: MemoryAdapter) => ReactNode);
}

const STORY_KEY = 'verikit:story';

/**
 * Clears what an earlier story persisted (flows, the demo backend), so each story starts from
 * the beginning; keeps it when this same story mounts again, which is what a reload does.
 */
export function forgetOtherStories(storyId?: string) {
  try {
    if (storyId && sessionStorage.getItem(STORY_KEY) === storyId) return;
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('verikit:')) sessionStorage.removeItem(key);
    if (storyId) sessionStorage.setItem(STORY_KEY, storyId);
  } catch {
    // Storage may be off; nothing to forget then.
  }
}

/** A story's component next to the demo outbox of its own seeded memory backend. */
export function StoryFrame({ storyId, adapterOptions, prepare, children }: StoryFrameProps) {
  const [adapter] = useState(() => {
    forgetOtherStories(storyId);
    const created = createMemoryAdapter({ seed: 42, latencyMs: [80, 160], ...adapterOptions });
    prepare?.(created);
    return created;
  });
  return (
    <VerificationProvider adapter={adapter}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' }}>
        <div style={{ flex: '1 1 320px', maxInlineSize: 440, minInlineSize: 0 }}>{typeof children === 'function' ? children(adapter) : children}</div>
        <div style={{ flex: '1 1 260px', maxInlineSize: 420, minInlineSize: 0 }}>
          <DemoOutbox outbox={adapter.outbox} />
        </div>
      </div>
    </VerificationProvider>
  );
}

/** Clears what an earlier story persisted, so each story starts from the beginning. */
export function forgetPersistedFlows() {
  forgetOtherStories();
}
