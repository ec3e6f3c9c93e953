// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Secrets never reach the browser: the browser entries are built as `npm run build` builds them
 * (scripts/entries.mjs decides which entries are client ones) into a temporary folder, and scanned
 * for server-only code: provider credentials handling, token signing, upstream endpoints. A server
 * module pulled into a browser entry by a careless import would put these strings there.
 */
const FORBIDDEN = [
  'Bearer ', // sFOX / Logto M2M Authorization
  'x-api-key', // YCloud
  'client_credentials', // Logto M2M token request
  '/oidc/token',
  'send-verification', // sFOX endpoint
  'verificationChecks', // YCloud endpoint
  '/api/verification-codes', // Logto Management API
  'HMAC', // token signing lives on the server only
  'createVerificationHandler',
];

let outDir: string;
let files: { name: string; text: string }[] = [];

beforeAll(async () => {
  const { build } = await import('vite');
  const { entries } = (await import('../../../scripts/entries.mjs')) as { entries: () => { name: string; source: string; client: boolean }[] };
  const browser = entries().filter((e) => e.client);
  outDir = mkdtempSync(join(tmpdir(), 'verikit-browser-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: { entry: Object.fromEntries(browser.map((e) => [e.name, e.source])), formats: ['es'] },
      rolldownOptions: { external: (id: string) => /^(react|react-dom|libphonenumber-js)(\/|$)/.test(id) || id === 'react/jsx-runtime' },
    },
  });
  files = (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.js'))
    .map((name) => ({ name, text: readFileSync(join(outDir, name), 'utf8') }));
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('built browser entries', () => {
  it('include the Logto and http adapters (the scan looks at real output)', () => {
    const names = files.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['adapters/logto.js', 'adapters/http.js', 'adapters/memory.js']));
    expect(names).not.toContain('server.js');
    // The Logto adapter's own wire strings are there, so an empty or wrong build can't pass.
    expect(files.find((f) => f.name === 'adapters/logto.js')?.text).toContain('/api/experience/verification/verification-code');
  });

  it('carry no server-only code or credential handling', () => {
    for (const { name, text } of files) {
      for (const needle of FORBIDDEN) expect(text.includes(needle), `${needle} in ${name}`).toBe(false);
    }
  });
});
