import { defineConfig } from '@playwright/test';
import { chromiumUse, previewServer } from '../../playwright.shared';

/**
 * Browser benchmarks (`npm run bench` runs them after the Node ones): the built web app in
 * Debian's Chromium, like the e2e web project, one test at a time so timings do not compete.
 * Each spec appends budget lines to bench/.partial/results.jsonl through bench/harness.ts.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.bench.spec.ts',
  outputDir: '../../test-results/bench',
  timeout: 180_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: chromiumUse,
  webServer: previewServer('../..'),
});
