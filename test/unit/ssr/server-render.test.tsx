// @vitest-environment node
// The server render: no DOM, no layout effects, exactly what Next.js prerendering runs.
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../../src/adapters/memory';
import { SendCode, VerificationWizard } from '../../../src/components';
import { en } from '../../../src/i18n';

afterEach(() => vi.restoreAllMocks());

function serverRender(node: React.ReactNode) {
  const error = vi.spyOn(console, 'error');
  const warn = vi.spyOn(console, 'warn');
  const html = renderToString(node);
  expect(error).not.toHaveBeenCalled();
  expect(warn).not.toHaveBeenCalled();
  return html;
}

/** The first match of an element pattern in the HTML, or undefined. */
function element(html: string, pattern: RegExp): string | undefined {
  return pattern.exec(html)?.[0];
}

describe('server rendering', () => {
  it('SendCode renders its first step: heading, description, email field and Send code button', () => {
    expect(typeof document).toBe('undefined');
    const html = serverRender(<SendCode adapter={createMemoryAdapter()} />);
    expect(element(html, /<h2[^>]*data-part="title"[^>]*>Sign in<\/h2>/)).toBeDefined();
    expect(html).toContain(en.templates.SignIn.description);
    const input = element(html, /<input[^>]*type="email"[^>]*>/);
    expect(input).toBeDefined();
    expect(input).toMatch(/autocomplete="email"/i);
    const id = /id="([^"]+)"/.exec(input ?? '')?.[1];
    expect(html).toContain(`<label for="${id}"`);
    expect(element(html, /<button type="button"[^>]*data-part="button"[^>]*>Send code<\/button>/)).toBeDefined();
    // Whether a host form is around is unknown here: the step is a group, never a nested form.
    expect(html).not.toContain('<form');
    expect(html).toContain('role="group"');
  });

  it('SendCode with phone channels renders the country select and phone field', () => {
    const html = serverRender(<SendCode adapter={createMemoryAdapter()} channel={['sms']} defaultCountry="DE" />);
    expect(html).toContain('Sign in with your phone');
    expect(element(html, /<select[^>]*>/)).toBeDefined();
    expect(element(html, /<input[^>]*type="tel"[^>]*>/)).toBeDefined();
    expect(element(html, /<button[^>]*>Send code<\/button>/)).toBeDefined();
  });

  it('the wizard renders its step indicator and the email step', () => {
    const html = serverRender(<VerificationWizard adapter={createMemoryAdapter()} />);
    expect(html).toContain('Step 1 of 2');
    expect(element(html, new RegExp(`<h2[^>]*>${en.templates.Register.title}</h2>`))).toBeDefined();
    expect(html).toContain(en.templates.Register.description);
    expect(element(html, /<input[^>]*type="email"[^>]*>/)).toBeDefined();
    expect(element(html, /<button type="button"[^>]*>Send code<\/button>/)).toBeDefined();
    expect(html).not.toContain('<form');
  });
});
