/**
 * The desktop app end to end: launches the BUILT app (out/main/index.js, from `npm run build`)
 * in a real Electron. Where the Electron binary is not installed — as on machines that cannot
 * reach Electron's release host — the whole suite reports itself as skipped, with the reason.
 */
import { _electron as electron, test, expect } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkElectron } from '../../scripts/electron-check.mjs';
import type { GradientLabApi } from '../../electron/ipc/contract';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const mainEntry = path.join(root, 'out', 'main', 'index.js');
const check = checkElectron({ root, platform: process.platform, nodeVersion: process.version, env: process.env });

/** The page's global object as the tests see it (the e2e tsconfig has no DOM types). */
type PageGlobal = {
  gradientLab?: GradientLabApi;
  require?: unknown;
  process?: unknown;
  location: { href: string };
  open(url: string): unknown;
};

const skipReason = check.ok
  ? ''
  : `Electron binary not installed at ${path.relative(root, check.expectedPath ?? 'node_modules/electron/dist')} ` +
    "(it is downloaded from Electron's release host, which this machine cannot reach; run `npx install-electron` on a networked machine)";
// The list reporter does not print skip reasons: say it once, plainly, in the test output.
if (!check.ok) console.log(`\n[electron suite] SKIPPED: ${skipReason}\n`);

test.describe('Electron app', () => {
  test.skip(!check.ok, skipReason);

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    if (!check.ok) return;
    // `npm test` builds only the web renderer; the desktop bundle is built here when it can run.
    if (!existsSync(mainEntry)) {
      const build = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
      expect(build.status, 'electron-vite build').toBe(0);
    }
    // A fresh profile per run, so saved settings cannot change what the tests see.
    const userData = path.join(root, 'test-results', 'electron-user-data');
    app = await electron.launch({
      executablePath: check.binaryPath,
      args: [mainEntry, `--user-data-dir=${userData}`],
      cwd: root,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '' },
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('opens the window on app:// and renders the surface', async () => {
    expect(page.url()).toMatch(/^app:\/\/gradient-lab\//);
    await expect(page.locator('[data-testid="surface-canvas"]')).toBeVisible({ timeout: 20_000 });
    expect(await page.title()).toBe('Gradient Lab');
  });

  test('exposes window.gradientLab and appInfo answers', async () => {
    const info = await page.evaluate(() => (globalThis as unknown as PageGlobal).gradientLab?.appInfo());
    expect(info).toMatchObject({ ok: true, value: { electron: true, platform: process.platform } });
  });

  test('gives the page no Node: require and process are undefined', async () => {
    const globals = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobal;
      return { require: typeof g.require, process: typeof g.process };
    });
    expect(globals).toEqual({ require: 'undefined', process: 'undefined' });
  });

  test('refuses navigation to an external URL and window.open', async () => {
    const before = page.url();
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobal).location.href = 'https://example.org/';
    });
    await page.waitForTimeout(1000);
    expect(page.url()).toBe(before);
    const opened = await page.evaluate(() => (globalThis as unknown as PageGlobal).open('app://gradient-lab/index.html'));
    expect(opened).toBeNull();
    expect(app.windows()).toHaveLength(1);
  });

  test('refuses IPC payloads outside the contract with an error value', async () => {
    const result = await page.evaluate(() =>
      (globalThis as unknown as PageGlobal).gradientLab?.openExternal({ url: 'file:///etc/passwd' }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
