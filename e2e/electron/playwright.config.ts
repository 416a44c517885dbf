import { defineConfig } from '@playwright/test';

/**
 * The Electron suite alone, for the release runners' smoke test of the packaged app
 * (ELECTRON_APP_PATH): no web preview server and no browser, only the app itself.
 *   npx playwright test -c e2e/electron/playwright.config.ts
 * `npm test` runs the same spec through the root playwright.config.ts (project "electron").
 */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/electron',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
