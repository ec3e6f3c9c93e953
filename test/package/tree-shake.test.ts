// @vitest-environment node
// One name imported from the root entry must cost what the same name costs from its own subpath,
// with esbuild and with Vite (Rolldown): the root re-exports everything, and package.json
// `sideEffects` lets a bundler drop every module the name doesn't reach. Built against dist/
// through a node_modules/verikit link, as an app would resolve the package.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONSUMER_BUILD, EXTERNAL } from '../../bench/lib/bytes.mjs';
import { entries } from '../../scripts/entries.mjs';

const root = resolve('.');
const app = mkdtempSync(join(tmpdir(), 'verikit-tree-shake-'));
mkdirSync(join(app, 'node_modules'));
symlinkSync(root, join(app, 'node_modules', 'verikit'), 'dir');
afterAll(() => rmSync(app, { recursive: true, force: true }));

const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).byteLength;
const peer = (id: string) => EXTERNAL.some((name) => id === name || id.startsWith(`${name}/`));
/** Which shipped chunks a build kept, as paths inside dist/ (the entry files are only re-exports). */
const shipped = (ids: string[]) =>
  ids
    .map((id) => relative(root, id.replace(/^.*node_modules\/verikit\//, `${root}/`)))
    .filter((id) => id.startsWith('dist/chunks/'))
    .sort();

interface Measured {
  modules: string[];
  minified: number;
  gzip: number;
}

function entryFile(name: string, from: string): string {
  const file = join(app, `${name}-${from.replace(/\W/g, '_')}.js`);
  // Used, not just re-exported, as in an app.
  writeFileSync(file, `import { ${name} } from '${from}';\nglobalThis.__used = ${name};\n`);
  return file;
}

async function withEsbuild(file: string): Promise<Measured> {
  const result = await esbuild({ ...CONSUMER_BUILD, entryPoints: [file], absWorkingDir: app, write: false, metafile: true, logLevel: 'silent' });
  const code = result.outputFiles[0]!.contents;
  const output = Object.values(result.metafile.outputs)[0]!;
  const kept = Object.entries(output.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([id]) => resolve(app, id));
  return { modules: shipped(kept), minified: code.byteLength, gzip: gzip(code) };
}

async function withVite(file: string): Promise<Measured> {
  const result = await vite({
    configFile: false,
    root: app,
    logLevel: 'silent',
    mode: 'production',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: { input: file, external: peer },
    },
  });
  const output = (Array.isArray(result) ? result[0]! : result) as { output: { type: string; code?: string; modules?: Record<string, { renderedLength: number }> }[] };
  // Every JS chunk the page can load (the entry and the lazy phone chunk), summed.
  const chunks = output.output.filter((o) => o.type === 'chunk');
  const kept = chunks.flatMap((c) => Object.entries(c.modules ?? {}).filter(([, m]) => m.renderedLength > 0).map(([id]) => id));
  const codes = chunks.map((c) => Buffer.from(c.code ?? ''));
  return { modules: shipped(kept), minified: codes.reduce((n, c) => n + c.byteLength, 0), gzip: codes.reduce((n, c) => n + gzip(c), 0) };
}

// The modules kept must be the very same, and the minified bytes within 0.5 %. gzip may differ a
// little more: the root entry imports the shared chunks in another order, so the bundle lists the
// same modules in another order, which renames minified identifiers and moves gzip's
// back-references (measured: up to 203 B gzip on the wizard's 20.2 kB with Vite, 1.0 %; 120 B with
// esbuild). Without `sideEffects` the root costs up to 4.5 kB more per name.
const MINIFIED_TOLERANCE = (bytes: number) => Math.max(64, Math.ceil(bytes * 0.005));
const GZIP_TOLERANCE = (bytes: number) => Math.max(64, Math.ceil(bytes * 0.015));

const cases: [name: string, subpath: string][] = [
  ['SendCode', 'verikit/send-code'],
  ['VerificationWizard', 'verikit/wizard'],
  ['OtpInput', 'verikit/otp-input'],
  ['VerificationProvider', 'verikit/react'],
  ['useVerificationFlow', 'verikit/react'],
  ['VerificationError', 'verikit/core'],
];

describe.each([
  ['esbuild', withEsbuild],
  ['Vite (Rolldown)', withVite],
] as const)('%s: one name from the root costs what it costs from its subpath', (_bundler, bundle) => {
  it.each(cases)("%s from 'verikit' vs '%s'", async (name, subpath) => {
    const fromRoot = await bundle(entryFile(name, 'verikit'));
    const fromSubpath = await bundle(entryFile(name, subpath));
    expect(fromRoot.modules).toEqual(fromSubpath.modules);
    expect(Math.abs(fromRoot.minified - fromSubpath.minified)).toBeLessThanOrEqual(MINIFIED_TOLERANCE(fromSubpath.minified));
    expect(Math.abs(fromRoot.gzip - fromSubpath.gzip)).toBeLessThanOrEqual(GZIP_TOLERANCE(fromSubpath.gzip));
  });
});

// A shared chunk imported only for its effects (`import './chunks/x.js'`) is dropped by bundlers
// under `sideEffects`, and esbuild says so with an "ignored-bare-import" warning on every build of
// the app. Each name, imported alone as an app would, must bundle without any warning.
describe('esbuild bundles every export of every entry without a warning', () => {
  const jsEntries = entries().filter((e) => !e.name.startsWith('locales/') || e.name === 'locales/fr');
  it.each(jsEntries.map((e) => [e.key.replace(/^\./, 'verikit'), e.name] as const))(
    '%s',
    async (specifier, name) => {
      const names = Object.keys(await import(resolve(root, `dist/${name}.js`)));
      expect(names.length).toBeGreaterThan(0);
      // One app file per export, bundled in one esbuild call (each file is its own entry point).
      const files = names.map((exported) => {
        const file = join(app, `warn-${name.replace(/\W/g, '_')}-${exported}.js`);
        const binding = exported === 'default' ? 'value' : exported;
        const clause = exported === 'default' ? binding : `{ ${exported} }`;
        writeFileSync(file, `import ${clause} from '${specifier}';\nglobalThis.__used = ${binding};\n`);
        return file;
      });
      const out = join(app, `warn-out-${name.replace(/\W/g, '_')}`);
      const result = await esbuild({ ...CONSUMER_BUILD, entryPoints: files, outdir: out, absWorkingDir: app, write: false, logLevel: 'silent' });
      expect(result.warnings.map((w) => `${w.id} ${w.text}`)).toEqual([]);
    },
    // Bundling every export of the root is real work; on a loaded machine it takes a while.
    120_000,
  );
});

describe('package.json sideEffects', () => {
  it('names exactly the stylesheet, the one file with an effect on import', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { sideEffects: unknown };
    expect(pkg.sideEffects).toEqual(['./dist/styles.css']);
  });

  it("keeps `import 'verikit/styles.css'` in esbuild and Vite builds", async () => {
    const file = join(app, 'styles-entry.js');
    writeFileSync(file, "import 'verikit/styles.css';\n");
    const es = await esbuild({ ...CONSUMER_BUILD, entryPoints: [file], absWorkingDir: app, outdir: join(app, 'out'), write: false, logLevel: 'silent' });
    const css = es.outputFiles.find((f) => f.path.endsWith('.css'));
    expect(css?.text).toContain('--vk-');
    const built = (await vite({ configFile: false, root: app, logLevel: 'silent', build: { write: false, rolldownOptions: { input: file } } })) as { output: { fileName: string; source?: string | Uint8Array }[] };
    const asset = built.output.find((o) => o.fileName.endsWith('.css'));
    expect(String(asset?.source ?? '')).toContain('--vk-');
  });

  it('is true to the code: importing every JS entry adds nothing to the global scope', async () => {
    const before = new Set(Reflect.ownKeys(globalThis));
    const { entries } = await import('../../scripts/entries.mjs');
    for (const { name } of entries()) await import(/* @vite-ignore */ `${root}/dist/${name}.js`);
    expect(Reflect.ownKeys(globalThis).filter((k) => !before.has(k))).toEqual([]);
  });
});
