// What the button rule is for: on a 320 px wide phone, in every language, no button's text runs
// out of the button or breaks onto a second line, and the component never scrolls sideways, on the email form, on the code
// step with its live countdown, and on the phone code step with its "Call me instead" and
// WhatsApp alternatives.
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createMemoryAdapter } from '../../../src/adapters/memory';
import { SendCode } from '../../../src/components';
import type { Messages } from '../../../src/i18n/messages';
import { VerificationProvider } from '../../../src/react';

const modules = import.meta.glob<{ default: Messages }>('../../../src/entry/locales/*.ts', { eager: true });
const catalogs = Object.fromEntries(Object.entries(modules).map(([path, mod]) => [path.replace(/^.*\/(.+)\.ts$/, '$1'), mod.default])) as Record<string, Messages>;
const locales = Object.keys(catalogs).sort();

const WIDTH = 320;

/** How many lines a button's label takes. */
function lines(button: HTMLButtonElement): number {
  const range = document.createRange();
  range.selectNodeContents(button);
  return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
}

/**
 * Buttons whose content is wider than the button or whose label breaks onto a second line, and a
 * root or page that scrolls sideways.
 */
function overflows(root: HTMLElement, where: string): string[] {
  const out: string[] = [];
  for (const button of root.querySelectorAll('button')) {
    if (button.scrollWidth > button.clientWidth) out.push(`${where}: "${button.textContent}" needs ${button.scrollWidth} px in ${button.clientWidth} px`);
    if (lines(button) > 1) out.push(`${where}: "${button.textContent}" breaks onto ${lines(button)} lines`);
  }
  if (root.scrollWidth > root.clientWidth) out.push(`${where}: the component scrolls (${root.scrollWidth} px in ${root.clientWidth} px)`);
  const html = document.documentElement;
  if (html.scrollWidth > html.clientWidth) out.push(`${where}: the page scrolls (${html.scrollWidth} px in ${html.clientWidth} px)`);
  return out;
}

function buttonsOf(root: HTMLElement): string[] {
  return [...root.querySelectorAll('button')].map((button) => button.textContent ?? '');
}

describe.each(locales)(`%s at ${WIDTH} px`, (locale) => {
  const messages = catalogs[locale]!;

  beforeEach(async () => {
    await page.viewport(WIDTH, 800);
  });

  it('the email form and the code step with its countdown: every button label on one line, nothing scrolls sideways', async () => {
    const adapter = createMemoryAdapter({ seed: 320 });
    await render(
      <VerificationProvider adapter={adapter} locale={locale} messages={messages}>
        <SendCode event="ForgotPassword" />
      </VerificationProvider>,
    );
    const root = document.querySelector<HTMLElement>('[data-scope="send-code"]')!;
    const send = page.getByRole('button', { name: messages.templates.ForgotPassword.send, exact: true });
    await expect.element(send).toBeVisible();
    const problems = overflows(root, 'email form');

    await userEvent.type(page.getByRole('textbox', { name: messages.fields.email, exact: true }), 'jane@example.com');
    await userEvent.click(send);
    await expect.element(page.getByRole('button', { name: messages.templates.ForgotPassword.verify, exact: true })).toBeVisible();
    // Resend counts down ("Resend code in 30 sec"), Change is beside it.
    await expect.poll(() => root.querySelector('[data-action="resend"]')?.hasAttribute('data-counting')).toBe(true);
    expect(buttonsOf(root)).toContain(messages.actions.changeEmail);
    problems.push(...overflows(root, 'code step'));
    expect(problems).toEqual([]);
  });

  it('the phone code step with the call and WhatsApp alternatives: every button label on one line, nothing scrolls sideways', async () => {
    // Phone alone, as an app that verifies no email first.
    const adapter = createMemoryAdapter({ seed: 321, ordering: 'none' });
    await render(
      <VerificationProvider adapter={adapter} locale={locale} messages={messages}>
        <SendCode event="SignIn" channel={['sms', 'voice', 'whatsapp']} defaultCountry="US" />
      </VerificationProvider>,
    );
    const root = document.querySelector<HTMLElement>('[data-scope="send-code"]')!;
    // The whole country list arrives with the phone library.
    await expect.poll(() => root.querySelectorAll('option').length).toBeGreaterThan(100);
    const problems = overflows(root, 'phone form');

    await userEvent.type(page.getByRole('textbox', { name: messages.fields.phone, exact: true }), '2015550123');
    await userEvent.click(page.getByRole('button', { name: messages.templates.SignIn.send, exact: true }));
    await expect.element(page.getByRole('button', { name: messages.templates.SignIn.verify, exact: true })).toBeVisible();
    await expect.poll(() => root.querySelector('[data-action="resend"]')?.hasAttribute('data-counting')).toBe(true);
    expect(buttonsOf(root)).toEqual(expect.arrayContaining([messages.actions.callInstead, messages.actions.whatsappInstead, messages.actions.changePhone]));
    problems.push(...overflows(root, 'phone code step'));
    expect(problems).toEqual([]);
  });
});

describe(`a label too long for any line, at ${WIDTH} px`, () => {
  it('breaks inside its button, which the check reports, and the component does not scroll sideways', async () => {
    await page.viewport(WIDTH, 800);
    const adapter = createMemoryAdapter({ seed: 322 });
    const word = 'Passwortzurücksetzungsbestätigungscodeanforderung';
    await render(
      <VerificationProvider adapter={adapter} messages={{ templates: { ForgotPassword: { send: word } } }}>
        <SendCode event="ForgotPassword" />
      </VerificationProvider>,
    );
    await expect.element(page.getByRole('button', { name: word })).toBeVisible();
    const root = document.querySelector<HTMLElement>('[data-scope="send-code"]')!;
    const problems = overflows(root, 'email form');
    expect(problems).toEqual([expect.stringMatching(/^email form: "Passwort\S+" breaks onto [2-9] lines$/)]);
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(WIDTH);
  });
});
