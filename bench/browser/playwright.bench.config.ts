import { defineConfig } from '@playwright/test';

/**
 * Browser benchmarks (`npm run bench` runs them after the Node ones): the built web app in
 * Debian's Chromium, like the e2e web project, one test at a time so timings do not compete.
 * Each spec appends budget lines to bench/.partial/results.jsonl through bench/harness.ts.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
    cwd: '../..',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
