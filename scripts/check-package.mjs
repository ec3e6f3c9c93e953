// publint on the packed package, and @arethetypeswrong/cli (ESM-only profile) where it runs.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;
let ok = run('npx', ['publint', '--strict', '--pack', 'npm']);
ok = run('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--ignore-rules', 'cjs-resolves-to-esm']) && ok;
process.exit(ok ? 0 : 1);
