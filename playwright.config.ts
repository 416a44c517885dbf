import { defineConfig } from '@playwright/test';
import { chromiumUse, previewServer } from './playwright.shared';

/**
 * End-to-end tests. The web project drives the built renderer (`vite build` → dist-web, served by
 * `vite preview`) in Debian's Chromium. The electron project runs the packaged-app suite where an
 * Electron binary exists and reports itself skipped, with the reason, where it does not.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: chromiumUse,
  webServer: previewServer(),
  projects: [
    { name: 'web', testDir: 'e2e/web' },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
});
