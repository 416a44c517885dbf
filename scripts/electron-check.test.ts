import { afterEach, beforeEach, describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkElectron, localeFromEnv, missingElectronMessage, nodeAtLeast, platformBinaryPath } from './electron-check.mjs';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'gl-electron-check-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const pkgDir = () => path.join(root, 'node_modules', 'electron');

async function fakePackage(opts: { pathTxt?: string; binary?: string }) {
  await mkdir(pkgDir(), { recursive: true });
  await writeFile(path.join(pkgDir(), 'package.json'), '{"name":"electron","version":"45.5.0"}');
  if (opts.pathTxt !== undefined) await writeFile(path.join(pkgDir(), 'path.txt'), opts.pathTxt);
  if (opts.binary !== undefined) {
    const bin = path.join(pkgDir(), 'dist', opts.binary);
    await mkdir(path.dirname(bin), { recursive: true });
    await writeFile(bin, '#!/bin/sh\n');
  }
}

const NODE_20 = 'v20.20.2';
const NODE_22 = 'v22.12.0';

describe('checkElectron', () => {
  it('reports a missing electron package', () => {
    const r = checkElectron({ root, platform: 'linux', nodeVersion: NODE_22 });
    expect(r).toMatchObject({ ok: false, reason: 'missing-package' });
  });

  it('reports a missing binary when the package was installed without its download (this machine)', async () => {
    await fakePackage({});
    const r = checkElectron({ root, platform: 'linux', nodeVersion: NODE_20 });
    expect(r).toMatchObject({ ok: false, reason: 'missing-binary', nodeOkForInstaller: false });
    if (!r.ok) expect(r.expectedPath).toBe(path.join(pkgDir(), 'dist', 'electron'));
  });

  it('reports a missing binary when path.txt points at nothing', async () => {
    await fakePackage({ pathTxt: 'electron' });
    expect(checkElectron({ root, platform: 'linux', nodeVersion: NODE_22 })).toMatchObject({ ok: false, reason: 'missing-binary', nodeOkForInstaller: true });
  });

  it('does not accept a directory in place of the executable', async () => {
    await fakePackage({ pathTxt: 'electron' });
    await mkdir(path.join(pkgDir(), 'dist', 'electron'), { recursive: true });
    expect(checkElectron({ root, platform: 'linux', nodeVersion: NODE_22 }).ok).toBe(false);
  });

  it.each([
    ['linux', 'electron'],
    ['win32', 'electron.exe'],
    ['darwin', 'Electron.app/Contents/MacOS/Electron'],
  ])('finds the installed binary on %s', async (platform, binary) => {
    await fakePackage({ pathTxt: binary, binary });
    const r = checkElectron({ root, platform, nodeVersion: NODE_20 });
    expect(r).toMatchObject({ ok: true, binaryPath: path.join(pkgDir(), 'dist', binary) });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron/index.js does', async () => {
    await fakePackage({});
    const dist = path.join(root, 'custom-dist');
    await mkdir(dist);
    await writeFile(path.join(dist, 'electron'), '');
    expect(checkElectron({ root, platform: 'linux', nodeVersion: NODE_20, env: { ELECTRON_OVERRIDE_DIST_PATH: dist } })).toMatchObject({
      ok: true,
      binaryPath: path.join(dist, 'electron'),
    });
  });

  it('refuses unsupported platforms', async () => {
    await fakePackage({});
    expect(checkElectron({ root, platform: 'aix', nodeVersion: NODE_22 })).toMatchObject({ ok: false, reason: 'unsupported-platform' });
    expect(platformBinaryPath('sunos')).toBeNull();
  });
});

describe('nodeAtLeast', () => {
  it.each([
    ['v22.12.0', true],
    ['v22.12.1', true],
    ['v22.13.0', true],
    ['v24.0.0', true],
    ['v22.11.9', false],
    ['v20.20.2', false],
    ['v21.99.99', false],
  ])('%s ≥ 22.12.0 is %s', (v, expected) => {
    expect(nodeAtLeast(v, [22, 12, 0])).toBe(expected);
  });
});

describe('missingElectronMessage', () => {
  const check = { ok: false as const, reason: 'missing-binary' as const, expectedPath: '/x/node_modules/electron/dist/electron', nodeVersion: NODE_20, nodeOkForInstaller: false, packageDir: '/x' };

  it('is one paragraph that says what, why, how to fix, and the web alternative', () => {
    const m = missingElectronMessage(check, 'en');
    expect(m).not.toContain('\n');
    expect(m).toContain('Electron binary is not installed');
    expect(m).toContain('npx install-electron');
    expect(m).toContain('22.12');
    expect(m).toContain(NODE_20);
    expect(m).toContain('npm run web');
    expect(m).toContain('http://127.0.0.1:4173');
  });

  it('does not blame Node when Node is recent enough', () => {
    expect(missingElectronMessage({ ...check, nodeVersion: NODE_22, nodeOkForInstaller: true }, 'en')).not.toContain('this is v');
  });

  it('has a Chinese version chosen from the locale variables', () => {
    const m = missingElectronMessage(check, 'zh-CN');
    expect(m).not.toContain('\n');
    expect(m).toContain('npm run web');
    expect(m).toContain('http://127.0.0.1:4173');
    expect(m).toContain('Electron 可执行文件');
    expect(localeFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(localeFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(localeFromEnv({ LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US' })).toBe('zh-CN');
    expect(localeFromEnv({})).toBe('en');
  });
});

describe('npm start on this machine', () => {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const binaryInstalled = checkElectron({ root: repo, platform: process.platform, nodeVersion: process.version, env: process.env }).ok;

  it('exits 1 with the explanation and no stack trace when the binary is missing', () => {
    // Where a binary exists, start.mjs would launch the real app; that is the e2e suite's job.
    expect(existsSync(path.join(repo, 'scripts', 'start.mjs'))).toBe(true);
    if (binaryInstalled) return;
    const run = spawnSync(process.execPath, [path.join(repo, 'scripts', 'start.mjs')], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' },
      timeout: 15000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Electron binary is not installed');
    expect(run.stderr).toContain('npm run web');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
