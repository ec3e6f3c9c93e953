import { expect, waitFor, within } from 'storybook/test';

/**
 * How long a play function waits for something to appear. It waits for behaviour and never
 * measures speed, so it is generous: on a loaded CI machine a lazy chunk or a demo send can take
 * seconds. The same limit is testing-library's default in the story tests (test/setup/storybook.ts).
 */
export const PLAY_TIMEOUT = 10_000;

/** The Demo outbox region of a story. */
export function outboxOf(canvasElement: HTMLElement) {
  return within(canvasElement).getByRole('region', { name: 'Demo outbox' });
}

/** Waits for message number `count` (1-based) in the outbox and returns its code. */
export async function waitForCode(canvasElement: HTMLElement, count = 1, timeout = PLAY_TIMEOUT): Promise<string> {
  let code = '';
  await waitFor(
    () => {
      const codes = outboxOf(canvasElement).querySelectorAll('[data-code]');
      expect(codes.length).toBeGreaterThanOrEqual(count);
      code = codes[count - 1]?.textContent ?? '';
      expect(code).toMatch(/^\d{4,8}$/);
    },
    { timeout },
  );
  return code;
}

/** The message `count` (1-based) in the outbox. */
export function outboxMessage(canvasElement: HTMLElement, count: number): HTMLElement {
  return outboxOf(canvasElement).querySelectorAll<HTMLElement>('li')[count - 1]!;
}

/** A code that is certainly wrong: every digit shifted by one. */
export function wrongCode(code: string): string {
  return code.replace(/\d/g, (d) => String((Number(d) + 1) % 10));
}
