import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests. The web project drives the built renderer (`vite build` → dist-web, served by
 * `vite preview`) in Debian's Chromium — never a downloaded browser. The electron project runs the
 * packaged-app suite where an Electron binary exists and reports itself skipped where it does not.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'node_modules/.bin/vite preview --strictPort --host 127.0.0.1 --port 4173',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    { name: 'web', testDir: 'e2e/web' },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
});
