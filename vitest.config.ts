import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = fileURLToPath(new URL('.', import.meta.url));

// Tests import packages by name; resolve them to their TypeScript sources so unit tests need no build.
// (End-to-end tests spawn the built CLI, which is why `pnpm test` runs `tsc -b` first.)
const alias = [
  { find: /^@mlpack\/([a-z-]+)$/, replacement: `${here}packages/$1/src/index.ts` },
  { find: /^mlpack$/, replacement: `${here}packages/mlpack/src/index.ts` },
];

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
