import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const zodClassic = { name: 'zod', message: "Use zod/mini (import * as z from 'zod/mini'): classic zod slows every process's start-up." };

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/lib/**', '**/dist/**', 'coverage/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: '@actions/core', message: 'Packages take a Logger; only actions/*/src/main.ts talks to @actions/core.' }, zodClassic] }],
    },
  },
  {
    // CommonJS modules that frameworks load themselves (jest's testRunner).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['actions/*/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [zodClassic] }] },
  },
  {
    // Tests reshape webhook payloads and API bodies freely.
    files: ['test/**/*.ts', '**/test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
