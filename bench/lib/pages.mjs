// What a page pays: each bench/pages/*.jsx is built as a minimal Vite app (production, minified,
// nothing external) against the package snapshot, imported as `verikit` through node_modules the
// way an app resolves it. Sizes are per file, gzip level 9, as a browser downloads them.
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const pagesDir = path.join(repo, 'bench', 'pages');

/** The pages, in report order: [file stem, label, what it stands for]. */
export const PAGES = [
  ['react-only', 'React only (baseline)', 'baseline'],
  ['send-code-email', 'verikit: email-only SendCode page', 'verikit'],
  ['wizard', 'verikit: VerificationWizard page', 'verikit'],
  ['otp-input', 'verikit: OtpInput page', 'verikit'],
  ['input-otp', 'input-otp 1.5.0', 'anchor'],
  ['react-otp-input', 'react-otp-input 3.1.1', 'anchor'],
  ['supabase-auth-ui', '@supabase/auth-ui-react 0.4.7 + supabase-js', 'anchor'],
];

/** React and the packages verikit's components force in; external in the "verikit's own part" builds. */
const PEERS = ['react', 'react-dom', 'scheduler', 'react-hook-form', '@tanstack/react-query', '@tanstack/query-core', 'libphonenumber-js'];

const gzip = (text) => gzipSync(typeof text === 'string' ? Buffer.from(text) : text, { level: 9 }).byteLength;

/** The package a module belongs to: the name after its last node_modules/, or verikit for the snapshot. */
function packageOf(id, packageDir) {
  const clean = id.replace(/^\0/, '').split('?')[0];
  if (clean.startsWith(packageDir + path.sep)) return 'verikit';
  const at = clean.lastIndexOf(`node_modules${path.sep}`);
  // The page's own file, or a virtual module (Vite's preload helper).
  if (at === -1) return 'page';
  const rest = clean.slice(at + 'node_modules/'.length).split(path.sep);
  return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}

/**
 * An app directory whose node_modules holds the repo's packages (links) and `verikit` (a link to
 * the snapshot, with package.json, so its `exports` and `sideEffects` apply).
 */
function appDir(tmp, distDir) {
  const packageDir = path.dirname(distDir);
  if (!existsSync(path.join(packageDir, 'package.json'))) cpSync(path.join(repo, 'package.json'), path.join(packageDir, 'package.json'));
  const app = path.join(tmp, 'pages-app');
  const modules = path.join(app, 'node_modules');
  if (!existsSync(modules)) {
    mkdirSync(modules, { recursive: true });
    for (const name of readdirSync(path.join(repo, 'node_modules'))) {
      if (name.startsWith('.') || name === 'verikit') continue;
      symlinkSync(path.join(repo, 'node_modules', name), path.join(modules, name), 'dir');
    }
    symlinkSync(packageDir, path.join(modules, 'verikit'), 'dir');
  }
  return { app, packageDir };
}

/**
 * Builds one page and returns its files, split into what loads up front (the entry chunk and its
 * static imports, and the stylesheet) and what loads later (dynamic imports, e.g. phone support).
 */
async function buildOne(stem, app, packageDir, { external = false } = {}) {
  const root = path.join(app, external ? `${stem}-external` : stem);
  mkdirSync(root, { recursive: true });
  cpSync(path.join(pagesDir, `${stem}.jsx`), path.join(root, 'main.jsx'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>\n');
  process.env.NODE_ENV = 'production';
  const result = await build({
    configFile: false,
    root,
    base: './',
    mode: 'production',
    logLevel: 'error',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      target: 'es2022',
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: external ? { external: (id) => PEERS.some((name) => id === name || id.startsWith(`${name}/`)) } : {},
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  const chunks = output.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const upFront = new Set();
  const visit = (chunk) => {
    if (upFront.has(chunk.fileName)) return;
    upFront.add(chunk.fileName);
    for (const name of chunk.imports) if (byName.has(name)) visit(byName.get(name));
  };
  for (const c of chunks.filter((c) => c.isEntry)) visit(c);
  const files = [];
  for (const c of chunks) {
    // Which packages the chunk carries (names only: a gzip split by module would be a guess).
    const packages = [...new Set(Object.keys(c.modules).map((id) => packageOf(id, packageDir)))].filter((p) => p !== 'page').sort();
    files.push({ file: c.fileName, kind: upFront.has(c.fileName) ? 'js' : 'lazy-js', gzip: gzip(c.code), minified: Buffer.byteLength(c.code), packages });
  }
  for (const a of output.filter((o) => o.type === 'asset' && o.fileName.endsWith('.css'))) {
    files.push({ file: a.fileName, kind: 'css', gzip: gzip(a.source), minified: Buffer.byteLength(a.source), packages: [] });
  }
  const sum = (kind, key = 'gzip') => files.filter((f) => f.kind === kind).reduce((n, f) => n + f[key], 0);
  return { js: sum('js'), css: sum('css'), lazy: sum('lazy-js'), jsMinified: sum('js', 'minified'), files };
}

/**
 * Builds every page; returns them in PAGES order, each with `overBaseline` (JS up front minus the
 * React-only page). verikit pages are built a second time with React and the peers external:
 * that build minus the React-only page built alike is `verikitPart`, and the rest of
 * `overBaseline` is `peersPart` (react-hook-form, query-core, and React's own growth).
 */
export async function measurePages({ tmp, distDir, only } = {}) {
  const { app, packageDir } = appDir(tmp, distDir);
  const pages = [];
  let baselineExternal = null;
  for (const [stem, label, group] of PAGES) {
    if (only && stem !== 'react-only' && !only.includes(stem)) continue;
    try {
      const page = { page: stem, label, group, ...(await buildOne(stem, app, packageDir)) };
      if (stem === 'react-only') baselineExternal = await buildOne(stem, app, packageDir, { external: true });
      if (group === 'verikit') page.own = await buildOne(stem, app, packageDir, { external: true });
      pages.push(page);
    } catch (error) {
      pages.push({ page: stem, label, group, error: String(error?.message ?? error).split('\n')[0] });
    }
  }
  const baseline = pages.find((p) => p.page === 'react-only');
  for (const p of pages) {
    if (p.error || !baseline || baseline.error) continue;
    p.overBaseline = p.js - baseline.js;
    if (p.own && baselineExternal) {
      p.verikitPart = p.own.js - baselineExternal.js;
      p.peersPart = p.overBaseline - p.verikitPart;
      p.own = { js: p.own.js, lazy: p.own.lazy };
    }
  }
  return pages;
}
