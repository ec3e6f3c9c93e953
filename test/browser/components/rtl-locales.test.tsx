import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createMemoryAdapter } from '../../../src/adapters/memory';
import { createManualClock } from '../../../src/core/clock';
import { SendCode } from '../../../src/components';
import { en } from '../../../src/i18n/en';
import type { Messages } from '../../../src/i18n/messages';
import { registerLocales } from '../../../src/i18n';
import { VerificationProvider } from '../../../src/react';

// The shipped catalogs, registered the way an app would; a locale whose catalog has not landed
// yet shows English text, and its layout must still be right to left (direction follows the locale).
const modules = import.meta.glob<{ default: Messages }>('../../../src/entry/locales/*.ts', { eager: true });
const catalogs = Object.fromEntries(Object.entries(modules).map(([path, mod]) => [path.replace(/^.*\/(.+)\.ts$/, '$1'), mod.default]));
registerLocales(catalogs);

/** Left edges of the characters at `indices` of an element's text, as the browser laid them out. */
function characterLefts(element: Element, indices: number[]): number[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return indices.map((index) => {
    let offset = index;
    for (const node of nodes) {
      if (offset < node.length) {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect().left;
      }
      offset -= node.length;
    }
    throw new Error(`no character ${index}`);
  });
}

describe.each(['ar', 'he', 'fa'])('%s: the flow lays out right to left, codes, emails and numbers left to right', (locale) => {
  const messages = catalogs[locale] ?? en;

  it('sends and verifies a code in an RTL layout', async () => {
    const clock = createManualClock(Date.UTC(2026, 0, 1));
    const adapter = createMemoryAdapter({ seed: 7, clock, cooldownMs: 45_000 });
    await page.viewport(480, 900);
    // locale alone: the provider finds the registered catalog.
    await render(
      <VerificationProvider adapter={adapter} locale={locale} clock={clock}>
        <SendCode event="Register" />
      </VerificationProvider>,
    );
    const root = document.querySelector<HTMLElement>('[data-scope="send-code"]')!;
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', locale);
    expect(getComputedStyle(root).direction).toBe('rtl');
    await expect.element(page.getByRole('heading', { name: messages.templates.Register.title })).toBeVisible();
    // The heading starts at the right edge of the component.
    const heading = document.querySelector('[data-part="title"]')!.getBoundingClientRect();
    const rootBox = root.getBoundingClientRect();
    expect(rootBox.right - heading.right).toBeLessThan(rootBox.width / 4);

    // The email field reads left to right, and what is typed keeps its order.
    const email = page.getByRole('textbox', { name: messages.fields.email, exact: true });
    expect(getComputedStyle(email.element()).direction).toBe('ltr');
    await userEvent.type(email, 'jane@example.com');
    await userEvent.click(page.getByRole('button', { name: messages.templates.Register.send, exact: true }));
    const code = page.getByRole('textbox', { name: messages.fields.code, exact: true });
    await expect.element(code).toBeInTheDocument();

    // The masked address sits in an LTR isolate inside the sentence, so "j•••@example.com" is not reordered.
    const description = document.querySelector('[data-part="description"]')!;
    expect(description.textContent).toContain('\u2066j•••@example.com\u2069');
    const text = description.textContent!;
    const [at, dot] = characterLefts(description, [text.indexOf('@'), text.indexOf('.com')]);
    expect(dot!).toBeGreaterThan(at!);

    // The code slots run left to right.
    const slots = () => [...root.querySelectorAll('[data-part="slot"]')].map((s) => s.getBoundingClientRect().left);
    await expect.poll(() => slots()[1]! - slots()[0]!).toBeGreaterThan(0);

    // The countdown's number reads "45", not "54": Latin digits, laid out left to right in RTL text.
    const resend = root.querySelector('[data-action="resend"]')!;
    const label = resend.textContent!;
    const digits = /4\D?5/.exec(label);
    expect(digits, label).not.toBeNull();
    const [four, five] = characterLefts(resend, [digits!.index, digits!.index + digits![0].length - 1]);
    expect(five!).toBeGreaterThan(four!);

    // The code typed on the keyboard verifies.
    await userEvent.type(code, adapter.outbox.last('jane@example.com')!.code);
    await expect.element(page.getByRole('heading', { name: messages.status.emailVerified })).toBeVisible();
  });
});
