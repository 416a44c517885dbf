// What the Electron e2e suite launches. On release runners ELECTRON_APP_PATH names the packaged
// executable (the smoke copy made by packaged-app.mjs): the suite drives that and nothing else,
// and a missing file is an error, never a skip. Without it, the suite runs the built out/main in
// the Electron binary from node_modules — or, where that binary is not installed, is skipped with
// the reason said plainly.
import path from 'node:path';

/**
 * Chromium switches for a test machine without a GPU (hosted runners, Xvfb): current Chromium
 * WebGL falls back to the SwiftShader software renderer only when allowed to, and on Linux ANGLE
 * is pointed at it directly — the same settings the web suite gives Debian's Chromium. They change
 * how pixels are drawn, not what the app does.
 */
export function softwareGlSwitches(platform) {
  return platform === 'linux' ? ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] : ['--enable-unsafe-swiftshader'];
}

/**
 * @param {{ env: Record<string, string | undefined>, platform?: string, check: { ok: boolean, binaryPath?: string, expectedPath?: string | null }, root: string, mainEntry: string, userDataDir: string, exists: (p: string) => boolean }} input
 */
export function electronLaunchTarget({ env, platform = process.platform, check, root, mainEntry, userDataDir, exists }) {
  const packaged = env.ELECTRON_APP_PATH?.trim();
  const switches = [`--user-data-dir=${userDataDir}`, ...softwareGlSwitches(platform)];
  if (packaged) {
    const executablePath = path.resolve(root, packaged);
    if (!exists(executablePath)) {
      return { kind: 'error', message: `ELECTRON_APP_PATH names ${executablePath}, which does not exist` };
    }
    return { kind: 'packaged', executablePath, args: switches, label: `packaged app ${executablePath}` };
  }
  if (check.ok && check.binaryPath) {
    return { kind: 'dev', executablePath: check.binaryPath, args: [mainEntry, ...switches], label: `out/main in ${check.binaryPath}` };
  }
  const where = path.relative(root, check.expectedPath ?? path.join(root, 'node_modules', 'electron', 'dist')) || 'node_modules/electron/dist';
  return {
    kind: 'skip',
    reason:
      `Electron binary not installed at ${where} ` +
      "(it is downloaded from Electron's release host, which this machine cannot reach; run `npx install-electron` on a networked machine, " +
      'or set ELECTRON_APP_PATH to a packaged app)',
  };
}
