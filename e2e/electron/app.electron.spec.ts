/**
 * The desktop app end to end, in a real Electron. Two ways to run it:
 * - ELECTRON_APP_PATH=<packaged executable>: the release workflow's smoke test of the packaged
 *   app (electron-builder's output, fuses flipped; see scripts/packaging/packaged-app.mjs).
 * - otherwise the BUILT app (out/main/index.js, from `npm run build`) in node_modules' Electron.
 * Where neither exists — as on machines that cannot reach Electron's release host — the whole
 * suite reports itself as skipped, with the reason. It never pretends Electron ran.
 */
import { _electron as electron, test, expect } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkElectron } from '../../scripts/electron-check.mjs';
import { electronLaunchTarget } from '../../scripts/packaging/electron-target.mjs';
import type { GradientLabApi } from '../../electron/ipc/contract';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const mainEntry = path.join(root, 'out', 'main', 'index.js');
const check = checkElectron({ root, platform: process.platform, nodeVersion: process.version, env: process.env });
// A fresh profile per run (emptied before launch), so saved settings cannot change what the tests see.
const userDataDir = path.join(os.tmpdir(), 'gradient-lab-e2e-profile');
const target = electronLaunchTarget({ env: process.env, check, root, mainEntry, userDataDir, exists: existsSync });

/** The page's global object as the tests see it (the e2e tsconfig has no DOM types). */
type PageGlobal = {
  gradientLab?: GradientLabApi;
  require?: unknown;
  process?: unknown;
  location: { href: string; hash: string };
  open(url: string): unknown;
};
/** What the untyped payload tests send: the contract's methods called with anything. */
type LooseApi = Record<string, (payload: unknown) => Promise<unknown>>;

// The list reporter does not print skip reasons: say it once, plainly, in the test output.
if (target.kind === 'skip') console.log(`\n[electron suite] SKIPPED: ${target.reason}\n`);
else if (target.kind !== 'error') console.log(`\n[electron suite] running the ${target.label}\n`);

test.describe('Electron app', () => {
  test.skip(target.kind === 'skip', target.kind === 'skip' ? target.reason : '');

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    if (target.kind === 'skip') return;
    if (target.kind === 'error') throw new Error(target.message);
    // `npm test` builds only the web renderer; the desktop bundle is built here when it can run.
    if (target.kind === 'dev' && !existsSync(mainEntry)) {
      const build = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
      expect(build.status, 'electron-vite build').toBe(0);
    }
    rmSync(userDataDir, { recursive: true, force: true });
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
    app = await electron.launch({ executablePath: target.executablePath, args: target.args, cwd: root, env, timeout: 60_000 });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    if (app === undefined) return;
    // Closing with unsaved changes asks in a native box Playwright cannot click: answer Don't Save.
    await app.evaluate(({ dialog }) => {
      Object.defineProperty(dialog, 'showMessageBox', { configurable: true, writable: true, value: async () => ({ response: 1, checkboxChecked: false }) });
    });
    await app.close();
  });

  test('opens the window on app:// with the first chapter', async () => {
    expect(page.url()).toMatch(/^app:\/\/gradient-lab\//);
    await expect(page.locator('[data-testid="app"]')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    expect(await page.title()).toBe('Gradient Lab');
    expect(new URL(page.url()).hash).toBe('#/limits');
  });

  test('renders the 3D surface on the descent chapter', async () => {
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobal).location.hash = '#/descent';
    });
    const canvas = page.locator('[data-testid="surface-canvas"]');
    await expect(canvas).toBeVisible({ timeout: 30_000 });
    await expect(canvas).toHaveAttribute('data-triangles', /^[1-9]\d*$/, { timeout: 30_000 });
    await expect.poll(async () => Number(await canvas.getAttribute('data-frames')), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
  });

  test('is the app it claims to be: packaged when launched from a package', async () => {
    const packaged = await app.evaluate(({ app: electronApp }) => electronApp.isPackaged);
    expect(packaged).toBe(target.kind === 'packaged');
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
    const results = await page.evaluate(async () => {
      const api = (globalThis as unknown as { gradientLab: LooseApi }).gradientLab;
      return [
        await api.openExternal!({ url: 'file:///etc/passwd' }),
        await api.openExternal!({ url: 42 }),
        await api.openExternal!('https://example.org/'),
      ];
    });
    for (const result of results) expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  test.describe('documents', () => {
    const docDir = path.join(os.tmpdir(), 'gradient-lab-e2e-documents');
    const file = path.join(docDir, 'lecture.gradlab');

    test.beforeAll(async () => {
      if (target.kind === 'skip') return;
      rmSync(docDir, { recursive: true, force: true });
      mkdirSync(docDir, { recursive: true });
      // Playwright cannot click native dialogs: answer them in the main process with our file.
      await app.evaluate(({ dialog }, filePath) => {
        Object.defineProperty(dialog, 'showSaveDialog', { configurable: true, writable: true, value: async () => ({ canceled: false, filePath }) });
        Object.defineProperty(dialog, 'showOpenDialog', { configurable: true, writable: true, value: async () => ({ canceled: false, filePaths: [filePath] }) });
      }, file);
    });

    const windowTitle = () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');

    test('File ▸ Save As… writes the document atomically and the title names it', async () => {
      await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('file-save-as')?.click());
      await expect.poll(() => existsSync(file), { timeout: 15_000 }).toBe(true);
      const text = readFileSync(file, 'utf8');
      expect(() => JSON.parse(text) as unknown).not.toThrow();
      await expect.poll(windowTitle).toBe('lecture.gradlab — Gradient Lab');
    });

    test('the saved file reopens with exactly the saved text (Open Recent and File ▸ Open)', async () => {
      const saved = readFileSync(file, 'utf8');
      const reopened = await page.evaluate((p) => (globalThis as unknown as PageGlobal).gradientLab?.openRecentDocument({ path: p }), file);
      expect(reopened).toEqual({ ok: true, value: { name: 'lecture.gradlab', path: file, text: saved } });
      await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('file-open')?.click());
      await expect.poll(windowTitle).toBe('lecture.gradlab — Gradient Lab');
      // Saving again over the same file (no dialog) keeps the previous version as .bak.
      await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('file-save')?.click());
      await expect.poll(() => existsSync(`${file}.bak`), { timeout: 15_000 }).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(saved);
    });

    test('the bridge refuses to read a path that is not on the recent list', async () => {
      const result = await page.evaluate(() => (globalThis as unknown as PageGlobal).gradientLab?.openRecentDocument({ path: '/etc/hostname' }));
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    });
  });
});

test.describe('Electron app started by double-clicking a document', () => {
  test.skip(target.kind === 'skip', target.kind === 'skip' ? target.reason : '');

  const docDir = path.join(os.tmpdir(), 'gradient-lab-e2e-launch');
  const file = path.join(docDir, '第三讲.gradlab');
  let app: ElectronApplication | undefined;

  test.afterAll(async () => {
    await app?.close();
  });

  test('opens the document named on the command line, in its chapter, with its name in the title', async () => {
    if (target.kind === 'skip') return;
    if (target.kind === 'error') throw new Error(target.message);
    rmSync(docDir, { recursive: true, force: true });
    mkdirSync(docDir, { recursive: true });
    writeFileSync(file, JSON.stringify({ format: 'gradient-lab', version: 1, chapter: 'derivatives', scenes: {} }));
    const profile = `${userDataDir}-launch`;
    rmSync(profile, { recursive: true, force: true });
    const args = target.args.map((a) => (a.startsWith('--user-data-dir=') ? `--user-data-dir=${profile}` : a));
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
    // What a file manager does on Windows and Linux: the document's path is the last argument.
    app = await electron.launch({ executablePath: target.executablePath, args: [...args, file], cwd: root, env, timeout: 60_000 });
    const page = await app.firstWindow();
    await expect(page.locator('[data-testid="app"]')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    const launched = app;
    await expect.poll(() => launched.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '')).toBe('第三讲.gradlab — Gradient Lab');
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\/derivatives/);
  });
});
