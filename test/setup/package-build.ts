import { spawnSync } from 'node:child_process';

// The package project checks what we ship, so it builds dist/ first: the full build, JavaScript and
// .d.ts files, as `npm run build` and `prepack` make it (the tarball tests type-check against it).
export default function setup() {
  const result = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('verikit: the library build failed; see the output above.');
}
