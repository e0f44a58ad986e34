import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Database and browser suites share services; keep files from stepping on each other's throwaway databases.
    pool: 'forks',
  },
});
