// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

/** shared/ is the pure core used by both processes: no platform or rendering imports allowed. */
const sharedForbidden = [
  { group: ['node:*'], message: 'shared/ is pure TypeScript: no Node built-ins.' },
  { group: ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'worker_threads'], message: 'shared/ is pure TypeScript: no Node built-ins.' },
  { group: ['electron', 'electron/*'], message: 'shared/ must not import Electron.' },
  { group: ['three', 'three/*'], message: 'shared/ must not import three (rendering lives in renderer/).' },
  { group: ['svelte', 'svelte/*', '@xyflow/*', '*.svelte'], message: 'shared/ must not import Svelte.' },
  { group: ['katex', 'katex/*'], message: 'shared/ produces LaTeX strings; rendering them is the renderer\'s job.' },
  { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not reach into the app layers.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'dist-web/', 'release/', 'test-results/', 'playwright-report/', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.svelte', 'renderer/**/*.svelte.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: sharedForbidden }],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'shared/ has no DOM.' },
        { name: 'document', message: 'shared/ has no DOM.' },
        { name: 'process', message: 'shared/ has no Node process.' },
        { name: 'require', message: 'shared/ is ESM and pure.' },
        { name: 'Buffer', message: 'shared/ has no Node Buffer.' },
      ],
    },
  },
);
