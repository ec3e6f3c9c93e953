// @vitest-environment node
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { entries } from '../../scripts/entries.mjs';

const built = entries() as Array<{ key: string; name: string; client: boolean }>;

describe('the built package', () => {
  it.each(built)('$key is built, and carries a "use client" banner exactly when it is a client entry', ({ name, client }) => {
    const code = readFileSync(`dist/${name}.js`, 'utf8');
    expect(code.startsWith("'use client';") || code.startsWith('"use client";')).toBe(client);
  });

  it.each(built)('$key imports in plain Node without touching window', async ({ name }) => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const mod = await import(pathToFileURL(`dist/${name}.js`).href);
    expect(Object.keys(mod).length).toBeGreaterThan(0);
  });

  it('keeps react, react-dom and libphonenumber-js external', () => {
    const code = readFileSync('dist/otp-input.js', 'utf8');
    expect(code).toMatch(/from\s*["']react["']/);
    expect(code).not.toContain('__SECRET_INTERNALS');
  });
});
