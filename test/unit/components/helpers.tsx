import { render } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { expect } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapters/memory';
import { createManualClock } from '../../../src/core/clock';
import { VerificationProvider } from '../../../src/react';

export const EMAIL = 'jane@example.com';
export const PHONE = '+14155550132';
export const START = Date.UTC(2026, 0, 1);

/** A fresh memory backend on a manual clock, and a render inside a provider on both. */
export function setup(ui: ReactElement, options: MemoryAdapterOptions = {}) {
  const clock = createManualClock(START);
  const adapter = createMemoryAdapter({ seed: 7, clock, ...options });
  const rendered = render(
    <VerificationProvider adapter={adapter} clock={clock}>
      {ui}
    </VerificationProvider>,
  );
  return { adapter, clock, ...rendered };
}

/** The code the backend last sent to `to`. */
export function codeFor(adapter: MemoryAdapter, to: string): string {
  const message = adapter.outbox.last(to);
  if (!message) throw new Error(`No message to ${to} in the outbox`);
  return message.code;
}

/** A code that is certainly wrong: every digit shifted by one. */
export function wrong(code: string): string {
  return code.replace(/\d/g, (d) => String((Number(d) + 1) % 10));
}

/** axe on the rendered tree; colour contrast needs a canvas, so the Chromium runs check that. */
export async function expectNoAxeViolations(container: HTMLElement) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`)).toEqual([]);
}
