/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { mouseDrag } from './test/setup/browser-commands.ts';

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
          name: 'package',
          environment: 'node',
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
          browser: chromium(),
        },
      },
    ],
  },
});
