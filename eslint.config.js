import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layer direction (see ARCHITECTURE.md): core ← adapters ← react ← components; server uses core only.
const reactImports = [
  { name: 'react', message: 'This layer must not depend on React.' },
  { name: 'react-dom', message: 'This layer must not depend on React.' },
];
const reactPatterns = ['react/*', 'react-dom/*', '@tanstack/*', 'react-hook-form'];
const domGlobals = ['window', 'document', 'navigator', 'HTMLElement', 'Element', 'localStorage', 'sessionStorage'].map(
  (name) => ({ name, message: 'src/core must not touch the DOM; inject what you need.' }),
);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'storybook-static',
      'node_modules',
      'coverage',
      'test-results',
      'bench/results',
      '!.storybook',
      // msw's generated service worker for the Supabase story.
      '.storybook/public',
      // The examples' own builds and installs (their sources are linted like the rest).
      'examples/*/.next',
      'examples/*/dist',
      'examples/*/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render raw HTML.' },
      ],
    },
  },
  {
    files: ['src/core/**'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: reactImports, patterns: [...reactPatterns, '../adapters/*', '../react/*', '../components/*', '../server/*', '../theme/*', '../i18n/*'] },
      ],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['src/adapters/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: reactImports, patterns: [...reactPatterns, '../../react/*', '../../components/*', '../../server/*', '../react/*', '../components/*', '../server/*'] },
      ],
    },
  },
  {
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // verikit/server/redis takes the app's own client: no Redis package is ever imported.
          paths: [...reactImports, { name: 'redis', message: 'Take the client as an argument' }, { name: 'ioredis', message: 'Take the client as an argument' }],
          patterns: [...reactPatterns, '../adapters/*', '../react/*', '../components/*', '../../adapters/*', '../../react/*', '../../components/*'],
        },
      ],
    },
  },
  {
    files: ['src/react/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['../components/*', '../../components/*', '../server/*', '../../server/*'] }],
    },
  },
);
