// Lint: typescript-eslint's type-aware recommended rules over every source and test file (one
// program: tsconfig.tests.json covers packages/*/src and test/). Generated code, build output and
// plain JS scripts are skipped.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/generated/**', '**/node_modules/**', 'samples/**', '.bench/**', 'out/**', 'release/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { project: ['./tsconfig.tests.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Unused names are errors, except `_`-prefixed ones (deliberately ignored parameters).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Async methods without await are how Promise-returning interfaces (TensorSource, Runner) are
      // implemented over synchronous work; requiring an await there would only add noise.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests read what the CLI and the runtimes print as JSON (`JSON.parse` → any) and poke at
    // loosely typed third-party objects on purpose; the product code is held to the full rule set.
    files: ['**/*.test.ts', 'test/**/*.ts', '**/__fixtures__/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
