import { defineConfig } from 'vitest/config';

/** `npm run bench`: benchmark files only, one at a time so timings do not compete for the 2 cores. */
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300000,
  },
});
