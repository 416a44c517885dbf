// Can `npm start` run Electron here? Answers from the files on disk only: requiring the
// `electron` package would try to download the binary (node_modules/electron/index.js).
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** electron@45's installer (@electron/get) refuses to run on older Node. */
export const INSTALLER_MIN_NODE = [22, 12, 0];

/** Where electron's install.js puts the executable, per platform (mirrors its getPlatformPath). */
export function platformBinaryPath(platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return 'electron';
    default:
      return null;
  }
}

/** True if `version` (e.g. "v20.20.2") is at least `min` ([major, minor, patch]). */
export function nodeAtLeast(version, min) {
  const parts = String(version).replace(/^v/, '').split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < 3; i++) {
    const a = parts[i] ?? 0;
    const b = min[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The executable's path inside dist/ as written by electron's installer, if it ever ran. */
function readRecordedPath(packageDir) {
  try {
    return readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim() || null;
  } catch {
    return null;
  }
}

/**
 * Looks for the Electron executable the way node_modules/electron/index.js would, without
 * triggering its download.
 * @param {{ root: string, platform: string, nodeVersion: string, env?: Record<string, string | undefined> }} input
 */
export function checkElectron({ root, platform, nodeVersion, env = {} }) {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const nodeOkForInstaller = nodeAtLeast(nodeVersion, INSTALLER_MIN_NODE);
  const expected = platformBinaryPath(platform);
  const base = { nodeVersion, nodeOkForInstaller, packageDir };
  if (!existsSync(path.join(packageDir, 'package.json'))) {
    return { ...base, ok: false, reason: 'missing-package', expectedPath: path.join(packageDir, 'dist', expected ?? 'electron') };
  }
  if (expected === null) return { ...base, ok: false, reason: 'unsupported-platform', expectedPath: null };

  const recorded = readRecordedPath(packageDir);
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const binaryPath = override
    ? path.join(override, recorded ?? expected)
    : path.join(packageDir, 'dist', recorded ?? expected);
  if (!isFile(binaryPath)) return { ...base, ok: false, reason: 'missing-binary', expectedPath: binaryPath };
  return { ...base, ok: true, binaryPath };
}

/** Picks the message language from the usual locale variables (zh* → Chinese). */
export function localeFromEnv(env) {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(tag) ? 'zh-CN' : 'en';
}

/**
 * The one paragraph `npm start` prints when Electron cannot run (no stack trace).
 * @param {ReturnType<typeof checkElectron>} check a failed check
 * @param {'en' | 'zh-CN'} locale
 */
export function missingElectronMessage(check, locale = 'en') {
  const where = check.expectedPath ? path.relative(process.cwd(), check.expectedPath) || check.expectedPath : 'node_modules/electron/dist';
  const web = 'npm run web';
  const url = 'http://127.0.0.1:4173';
  if (locale === 'zh-CN') {
    const node = check.nodeOkForInstaller ? '' : `，而且它的安装程序需要 Node.js ≥ 22.12（当前为 ${check.nodeVersion}）`;
    const what =
      check.reason === 'missing-package'
        ? '没有安装 electron 软件包（请先运行 npm ci）'
        : check.reason === 'unsupported-platform'
          ? `Electron 不支持此平台（${process.platform}）`
          : `没有安装 Electron 可执行文件（应位于 ${where}）。npm 只安装 electron 软件包，可执行文件要在首次运行或安装时从 Electron 的发布服务器（GitHub）下载，这需要联网${node}`;
    return `无法启动 Gradient Lab 桌面版：${what}。解决方法：在能联网的电脑上用 Node.js ≥ 22.12 在本目录运行 \`npx install-electron\`（在中国大陆可先设置环境变量 ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/），然后再运行 \`npm start\`。在此之前，\`${web}\` 会在 ${url} 提供同样的应用，可用任意浏览器打开。`;
  }
  const node = check.nodeOkForInstaller ? '' : `, and its installer needs Node.js >= 22.12 (this is ${check.nodeVersion})`;
  const what =
    check.reason === 'missing-package'
      ? 'the electron package is not installed (run `npm ci` first)'
      : check.reason === 'unsupported-platform'
        ? `Electron has no build for this platform (${process.platform})`
        : `the Electron binary is not installed (expected at ${where}). npm installs only the electron package; the binary itself is downloaded from Electron's release host (GitHub) on first run or installation, which needs internet access${node}`;
  return `Gradient Lab cannot start the desktop app: ${what}. To fix it, on a machine with internet access and Node.js >= 22.12, run \`npx install-electron\` in this folder (in mainland China, set ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ first), then \`npm start\` again. Meanwhile, \`${web}\` serves the same app at ${url} for any browser.`;
}
