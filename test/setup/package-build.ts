import { spawnSync } from 'node:child_process';

// The package project checks what we ship, so it builds dist/ (JavaScript only) first.
export default function setup() {
  const result = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('verikit: the library build failed; see the output above.');
}
