import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    storybookUrl: string;
  }
}

// The storybook-ui project drives Storybook's own manager UI (the Controls panel, the URL), which only
// a real Storybook build has: build it once into a temporary folder and serve it on loopback.
export default async function setup(project: TestProject) {
  const out = mkdtempSync(join(tmpdir(), 'verikit-storybook-'));
  const build = spawnSync('npx', ['storybook', 'build', '-o', out, '--quiet'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('verikit: storybook build failed; see the output above.');
  const server = await serveStatic(out);
  project.provide('storybookUrl', server.url);
  return async () => {
    await server.close();
    rmSync(out, { recursive: true, force: true });
  };
}
