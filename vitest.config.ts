import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@tipwatch/core': fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)),
      '@tipwatch/storage': fileURLToPath(new URL('./packages/storage/src/index.ts', import.meta.url)),
      '@tipwatch/server': fileURLToPath(new URL('./packages/server/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
