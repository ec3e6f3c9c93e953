/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { mouseDrag, typeNative } from './test/setup/browser-commands.ts';
import { firefoxProvider } from './test/setup/engines/firefox.ts';
import { webkitProvider } from './test/setup/engines/webkit.ts';

const dirname = fileURLToPath(new URL('.', import.meta.url));

// A fresh browser config per project: sharing one object renames the instances.
function chromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
      // Real clipboard paste in tests needs these; nothing else is granted.
      contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
    }),
    commands: { mouseDrag },
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
    // Same size as Playwright's page, so the test iframe is not scaled and pointer positions are exact.
    viewport: { width: 1280, height: 720 },
  };
}

/**
 * The tests that also run in Firefox ESR and WebKitGTK: everything a browser decides for the
 * code field (typing, selection, paste, pointer), and the keyboard-only flows.
 */
const everyEngineTests = [
  'test/browser/otp-input/**/*.test.{ts,tsx}',
  'test/browser/components/wizard-keyboard.test.tsx',
  'test/browser/components/send-code-keyboard.test.tsx',
  'test/browser/engines/**/*.test.{ts,tsx}',
];

// Firefox ESR through Playwright over WebDriver BiDi (test/setup/engines/firefox.ts).
function firefox() {
  return {
    enabled: true,
    headless: true,
    provider: firefoxProvider(),
    commands: { mouseDrag, typeNative },
    instances: [{ browser: 'firefox' as const }],
    screenshotFailures: false,
    viewport: { width: 1280, height: 720 },
  };
}

// WebKitGTK's MiniBrowser through WebKitWebDriver (test/setup/engines/webkit*.ts). It has no
// headless mode: it runs on the private Xvfb display that the project's globalSetup starts.
function webkit() {
  return {
    enabled: true,
    headless: false,
    // Never Vitest's UI, which is on by default outside CI: it sizes the test iframe itself, so
    // a local run took another path than CI's (where MiniBrowser's window sets the size).
    ui: false,
    provider: webkitProvider(),
    commands: { mouseDrag },
    instances: [{ browser: 'safari' as const }],
    screenshotFailures: false,
    viewport: { width: 1280, height: 720 },
  };
}

export default defineConfig({
  plugins: [react()],
  // The library build lives in scripts/build.mjs; this file configures dev, Storybook and tests.
  test: {
    // Generous limits: CI runs three projects at once on two cores. Nothing here asserts speed.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}', 'test/node/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/unit.ts'],
          globals: true,
        },
      },
      {
        extends: true,
        // verikit/server runs in the page in some tests (its phone policy loads the `max` metadata):
        // pre-bundled up front, so Vite doesn't reload a test the first time it sees it.
        optimizeDeps: { include: ['libphonenumber-js/max'] },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/browser.ts'],
          globalSetup: ['test/setup/browser-global.ts'],
          globals: true,
          browser: chromium(),
        },
      },
      {
        extends: true,
        test: {
          name: 'browser-firefox',
          include: everyEngineTests,
          setupFiles: ['test/setup/browser.ts', 'test/setup/firefox.ts'],
          globals: true,
          // Over BiDi a second test file in a fresh iframe fails with "Cannot find vitest-iframe";
          // sharing one iframe works. One file at a time also keeps it steady on two cores.
          isolate: false,
          fileParallelism: false,
          // After the Chromium projects, beside WebKit: five browsers at once flake on two cores.
          sequence: { groupOrder: 1 },
          browser: firefox(),
        },
      },
      {
        extends: true,
        test: {
          name: 'browser-webkit',
          include: everyEngineTests,
          setupFiles: ['test/setup/browser.ts'],
          globalSetup: ['test/setup/engines/webkit-global.ts'],
          globals: true,
          // One file at a time, as in Firefox: MiniBrowser windows on one Xvfb display share one
          // keyboard focus, so parallel files on a many-core machine would steal it from each other.
          // (Vitest also refuses two projects in one group with different worker counts.)
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          browser: webkit(),
        },
      },
      {
        extends: true,
        test: {
          name: 'package',
          environment: 'node',
          // These build, bundle and import the whole package: 30 s is too short on a loaded machine
          // (measured: an import of every entry took over 30 s with 16 workers on 2 cores).
          testTimeout: 120_000,
          include: ['test/package/**/*.test.ts'],
          globalSetup: ['test/setup/package-build.ts'],
          globals: true,
        },
      },
      // Storybook's own UI (Controls panel, shared URLs) on a real build, driven in Chromium.
      {
        extends: true,
        test: {
          name: 'storybook-ui',
          environment: 'node',
          // Each test loads the built Storybook's manager and preview in Chromium; waits inside go up to 30 s.
          testTimeout: 120_000,
          include: ['test/storybook-ui/**/*.test.ts'],
          globalSetup: ['test/setup/storybook-static.ts'],
          globals: true,
        },
      },
      // Every story runs as a test (play function + axe), once under the light preset…
      {
        extends: true,
        plugins: [storybookTest({ configDir: `${dirname}.storybook` })],
        test: {
          name: 'storybook',
          setupFiles: ['test/setup/storybook.ts'],
          browser: chromium(),
        },
      },
      // …and once under the dark preset, so colour contrast is checked in both.
      {
        extends: true,
        plugins: [storybookTest({ configDir: `${dirname}.storybook` })],
        test: {
          name: 'storybook-dark',
          env: { VITE_VK_THEME: 'dark' },
          setupFiles: ['test/setup/storybook.ts'],
          browser: chromium(),
        },
      },
    ],
  },
});
