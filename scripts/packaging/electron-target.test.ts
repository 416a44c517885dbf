import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { electronLaunchTarget } from './electron-target.mjs';

const root = path.resolve('/repo');
const base = { root, platform: 'linux', mainEntry: path.join(root, 'out', 'main', 'index.js'), userDataDir: '/tmp/profile' };
const LINUX_SWITCHES = ['--user-data-dir=/tmp/profile', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const missing = { ok: false, expectedPath: path.join(root, 'node_modules', 'electron', 'dist', 'electron') };

describe('what the Electron e2e suite launches', () => {
  it('drives the packaged executable when ELECTRON_APP_PATH names one, without the main script', () => {
    const exe = path.join(root, 'release', 'linux-unpacked', 'gradient-lab');
    const target = electronLaunchTarget({ ...base, env: { ELECTRON_APP_PATH: exe }, check: missing, exists: (p) => p === exe });
    expect(target).toEqual({ kind: 'packaged', executablePath: exe, args: LINUX_SWITCHES, label: `packaged app ${exe}` });
  });

  it('fails, never skips, when ELECTRON_APP_PATH names nothing', () => {
    const target = electronLaunchTarget({ ...base, env: { ELECTRON_APP_PATH: 'release/nope' }, check: { ok: true, binaryPath: '/e' }, exists: () => false });
    expect(target).toEqual({ kind: 'error', message: `ELECTRON_APP_PATH names ${path.join(root, 'release', 'nope')}, which does not exist` });
  });

  it('runs out/main in the installed Electron otherwise', () => {
    const target = electronLaunchTarget({ ...base, env: {}, check: { ok: true, binaryPath: '/e/electron' }, exists: () => true });
    expect(target).toMatchObject({ kind: 'dev', executablePath: '/e/electron', args: [base.mainEntry, ...LINUX_SWITCHES] });
    const mac = electronLaunchTarget({ ...base, platform: 'darwin', env: {}, check: { ok: true, binaryPath: '/e/electron' }, exists: () => true });
    expect(mac).toMatchObject({ args: [base.mainEntry, '--user-data-dir=/tmp/profile', '--enable-unsafe-swiftshader'] });
  });

  it('says plainly why it is skipped where there is no Electron', () => {
    const target = electronLaunchTarget({ ...base, env: { ELECTRON_APP_PATH: '  ' }, check: missing, exists: () => false });
    expect(target.kind).toBe('skip');
    if (target.kind === 'skip') {
      expect(target.reason).toContain(`not installed at ${path.join('node_modules', 'electron', 'dist', 'electron')}`);
      expect(target.reason).toContain('npx install-electron');
      expect(target.reason).toContain('ELECTRON_APP_PATH');
    }
  });
});
