import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { page, userEvent } from 'vitest/browser';
import { createMemoryAdapter } from '../../../src/adapters/memory';
import { SendCode, VerificationWizard } from '../../../src/components';
import { createFlowState, flowReducer, serializeFlowState } from '../../../src/core/flow';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

interface Hydrated {
  container: HTMLElement;
  root: Root;
  /** Every element's box, keyed by the element, before hydration. */
  before: Map<Element, DOMRect>;
  logs: string[];
  recoverable: unknown[];
}

let mounted: Hydrated | null = null;

afterEach(() => {
  mounted?.root.unmount();
  mounted?.container.remove();
  mounted = null;
  vi.restoreAllMocks();
  sessionStorage.clear();
});

/**
 * Puts the server HTML into the page (inside `wrap`, e.g. a host form), measures every element,
 * hydrates the same tree and waits for effects to settle. Console errors and warnings and
 * React's recoverable errors (a mismatch is one) are collected.
 */
async function serverRenderThenHydrate(node: ReactNode, wrap?: 'form', beforeHydrate?: () => void): Promise<Hydrated> {
  const html = renderToString(node);
  beforeHydrate?.();
  const outer = document.createElement(wrap ?? 'div');
  outer.style.width = '420px';
  const container = document.createElement('div');
  outer.appendChild(container);
  document.body.appendChild(outer);
  container.innerHTML = html;
  const before = new Map<Element, DOMRect>();
  for (const el of container.querySelectorAll('*')) before.set(el, el.getBoundingClientRect());

  const logs: string[] = [];
  const recoverable: unknown[] = [];
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logs.push(`${level}: ${args.map(String).join(' ')}`));
  }
  let root!: Root;
  flushSync(() => {
    root = hydrateRoot(container, node, { onRecoverableError: (error) => void recoverable.push(error) });
  });
  await nextFrame();
  await nextFrame();
  mounted = { container: outer, root, before, logs, recoverable };
  return mounted;
}

function expectNothingMoved({ container, before }: Hydrated) {
  expect(before.size).toBeGreaterThan(10);
  for (const [el, box] of before) {
    // Hydration adopts the server's nodes: the same elements are still in the page…
    expect(container.contains(el), `${el.outerHTML.slice(0, 80)} was replaced`).toBe(true);
    // …at the same place and size.
    const now = el.getBoundingClientRect();
    expect({ el: el.outerHTML.slice(0, 60), x: now.x, y: now.y, w: now.width, h: now.height }).toEqual({
      el: el.outerHTML.slice(0, 60),
      x: box.x,
      y: box.y,
      w: box.width,
      h: box.height,
    });
  }
}

describe('server render, then hydrate in Chromium', () => {
  it('SendCode: no warning, no mismatch, nothing moves, and the hydrated step sends', async () => {
    const adapter = createMemoryAdapter({ seed: 1 });
    const hydrated = await serverRenderThenHydrate(<SendCode adapter={adapter} />);
    expect(hydrated.logs).toEqual([]);
    expect(hydrated.recoverable).toEqual([]);
    expectNothingMoved(hydrated);
    // The server's button now works: Enter in the email field sends.
    await userEvent.type(page.getByRole('textbox', { name: 'Email' }), 'jane@example.com{Enter}');
    await expect.element(page.getByRole('textbox', { name: 'Verification code' })).toBeInTheDocument();
    expect(adapter.outbox.messages).toHaveLength(1);
  });

  it('the wizard: no warning, no mismatch, nothing moves', async () => {
    const hydrated = await serverRenderThenHydrate(<VerificationWizard adapter={createMemoryAdapter({ seed: 2 })} />);
    expect(hydrated.logs).toEqual([]);
    expect(hydrated.recoverable).toEqual([]);
    expectNothingMoved(hydrated);
    await expect.element(page.getByRole('heading', { name: 'Verify your email to create your account' })).toBeVisible();
  });

  it('the wizard hydrates the first step from the server, then resumes the flow this tab persisted (no mismatch)', async () => {
    const now = Date.now();
    const start = flowReducer(createFlowState({ accountType: 'individual', event: 'Register' }), { type: 'identifier/set', kind: 'email', to: 'jane@example.com' });
    const sent = flowReducer(start, {
      type: 'send/success',
      kind: 'email',
      to: 'jane@example.com',
      sent: { requestId: 'r1', channel: 'email', to: 'jane@example.com', codeLength: 6, expiresAt: now + 600_000, resendAvailableAt: now + 30_000 },
      now,
    });
    // The server had no sessionStorage; the browser has this tab's flow, at the code step.
    const hydrated = await serverRenderThenHydrate(<VerificationWizard adapter={createMemoryAdapter({ seed: 6 })} />, undefined, () =>
      sessionStorage.setItem('verikit:flow:Register', serializeFlowState(sent)),
    );
    expect(hydrated.logs).toEqual([]);
    expect(hydrated.recoverable).toEqual([]);
    await expect.element(page.getByText('We sent a code to j•••@example.com')).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: 'Verification code' })).toBeInTheDocument();
  });

  it('inside a host form the same markup hydrates, and sending never submits the host form', async () => {
    const adapter = createMemoryAdapter({ seed: 3 });
    const hydrated = await serverRenderThenHydrate(<SendCode adapter={adapter} />, 'form');
    expect(hydrated.logs).toEqual([]);
    expect(hydrated.recoverable).toEqual([]);
    expectNothingMoved(hydrated);
    const host = hydrated.container as HTMLFormElement;
    const submitted = vi.fn((event: Event) => event.preventDefault());
    host.addEventListener('submit', submitted);
    expect(host.querySelectorAll('form')).toHaveLength(0);
    await expect.poll(() => host.querySelector('[data-scope="send-code"]')?.hasAttribute('data-in-form')).toBe(true);
    await userEvent.type(page.getByRole('textbox', { name: 'Email' }), 'jane@example.com{Enter}');
    await expect.element(page.getByRole('textbox', { name: 'Verification code' })).toBeInTheDocument();
    expect(submitted).not.toHaveBeenCalled();
  });
});
