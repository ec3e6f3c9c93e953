// publint on the packed package, and @arethetypeswrong/cli (ESM-only profile) where it runs.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;
let ok = run('npx', ['publint', '--strict', '--pack', 'npm']);
// styles.css is a stylesheet, not a module: attw has nothing to resolve there.
ok = run('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', 'styles.css']) && ok;
process.exit(ok ? 0 : 1);
