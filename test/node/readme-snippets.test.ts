// @vitest-environment node
// The README's TypeScript examples type-check against verikit's public entries, exactly as
// written: a wrong prop (say `kind=` on <SendCode>) fails here before a user copies it.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve('.');
const out = join(root, 'test-results', 'readme-snippets');

// What the snippets leave to the reader's app.
const prelude = `
declare const app: { use(...args: unknown[]): void; all(path: string, h: (c: { req: { raw: Request } }) => unknown): void };
declare const fastify: { addHook(name: 'onRequest', hook: (request: { url: string; raw: import('node:http').IncomingMessage }, reply: { hijack(): void; raw: import('node:http').ServerResponse }, done: () => void) => void): void };
declare const provider: import('verikit/server').VerificationProvider;
declare const secret: string;
declare const getSubject: (request: Request) => string | null;
declare function signIn(verified: { channel: string; to: string; proof?: string }): void;
// email is optional: a phone-only wizard (steps={['phone']}) reports none.
declare function createAccount(result: { email?: string; phone?: string; proofs: { email?: string; phone?: string } }): void;
declare function verify(code: string): void;
declare function sessionUserId(request: Request): string;
`;

function snippets(): { lang: string; code: string; line: number }[] {
  const text = readFileSync('README.md', 'utf8');
  return [...text.matchAll(/```(tsx|ts)\n([\s\S]*?)```/g)].map((m) => ({
    lang: m[1]!,
    code: m[2]!,
    line: text.slice(0, m.index).split('\n').length + 1,
  }));
}

describe('README examples', () => {
  it('type-check against the public entries', () => {
    const blocks = snippets();
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const files = blocks
      // A snippet that imports a sibling file of the reader's app can't stand alone.
      .filter((b) => !/from '\.\//.test(b.code))
      .map((b) => {
        const file = join(out, `readme-line-${b.line}.${b.lang}`);
        // Directives stay first; every snippet becomes a module with the reader's app declared around it.
        const directive = /^'use client';.*\n/.exec(b.code)?.[0] ?? '';
        writeFileSync(file, `${directive}export {};\n${prelude}\n${b.code.slice(directive.length)}`);
        return file;
      });
    expect(files.length).toBeGreaterThanOrEqual(5);
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      jsx: ts.JsxEmit.ReactJSX,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: ['node'],
      typeRoots: [join(root, 'node_modules', '@types')],
      allowImportingTsExtensions: true,
      paths: {
        'verikit/styles.css': [join(root, 'src/theme/styles.css')],
        'verikit/locales/*': [join(root, 'src/entry/locales/*')],
        'verikit/*': [join(root, 'src/entry/*')],
        verikit: [join(root, 'src/entry/index.ts')],
      },
    };
    const program = ts.createProgram([...files, join(root, 'test', 'setup', 'assets.d.ts')], options);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${d.file.fileName.replace(`${out}/`, '')}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(diagnostics).toEqual([]);
    // A whole TypeScript program over src/: seconds alone, far more on a loaded CI machine.
  }, 180_000);
});
