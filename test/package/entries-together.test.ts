// @vitest-environment node
// Issue 14: `verikit/send-code` and `verikit/wizard` each work alone with the provider from
// `verikit/react`. Each entry is a separate file of dist/, so this checks that they share one
// context (one copy of src/react/context.ts in a shared chunk, not one per entry): with two copies
// the component would not find the provider and would throw.
import { pathToFileURL } from 'node:url';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const load = (name: string) => import(pathToFileURL(`dist/${name}.js`).href);

describe('the subpath entries together', () => {
  it('<SendCode> from verikit/send-code renders inside <VerificationProvider> from verikit/react', async () => {
    const [{ VerificationProvider }, { SendCode }, { createMemoryAdapter }] = await Promise.all([load('react'), load('send-code'), load('adapters/memory')]);
    const html = renderToString(createElement(VerificationProvider, { adapter: createMemoryAdapter() }, createElement(SendCode, { event: 'SignIn' })));
    expect(html).toContain('data-scope="send-code"');
    expect(html).toContain('Email address');
  }, 120_000);

  it('<VerificationWizard> from verikit/wizard renders inside <VerificationProvider> from verikit/react', async () => {
    const [{ VerificationProvider }, { VerificationWizard }, { createMemoryAdapter }] = await Promise.all([load('react'), load('wizard'), load('adapters/memory')]);
    const html = renderToString(createElement(VerificationProvider, { adapter: createMemoryAdapter() }, createElement(VerificationWizard, { persist: false })));
    expect(html).toContain('data-scope="wizard"');
    expect(html).toContain('Step 1 of 2');
  }, 120_000);

  it('without the provider, the component says what is missing', async () => {
    const { SendCode } = await load('send-code');
    expect(() => renderToString(createElement(SendCode, { event: 'SignIn' }))).toThrow(/inside <VerificationProvider/);
  }, 120_000);
});
