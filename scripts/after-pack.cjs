// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, before
// electron-builder signs it (fuses change the binary, so they must come first).
// Disables the ways to turn the app into a general-purpose Node runtime or debugger, and makes
// Electron load only the (integrity-checked) app.asar.
'use strict';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- electron-builder loads hooks as CommonJS
const path = require('node:path');

/** Fuse name (FuseV1Options key) → wanted state. */
const FUSES = Object.freeze({
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  OnlyLoadAppFromAsar: true,
  // Checked on macOS and Windows (Linux has no OS integrity layer; the fuse is inert there).
  EnableEmbeddedAsarIntegrityValidation: true,
  EnableCookieEncryption: true,
  GrantFileProtocolExtraPrivileges: false,
});

/**
 * The path @electron/fuses expects for this platform's packaged app: the .app bundle on macOS,
 * the .exe on Windows, the executable on Linux.
 * @param {{ appOutDir: string, electronPlatformName: string, packager: { appInfo: { productFilename: string }, executableName?: string } }} context
 */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      // The Linux packager names the executable after `executableName` (lower-case by default).
      return path.join(appOutDir, packager.executableName ?? packager.appInfo.productFilename);
    default:
      throw new Error(`after-pack: no fuse target for platform ${electronPlatformName}`);
  }
}

/**
 * The @electron/fuses config for FUSES.
 * @param {{ FuseVersion: { V1: string }, FuseV1Options: Record<string, number> }} fuses the module
 * @param {string} platform electronPlatformName
 */
function fuseConfig(fuses, platform) {
  const config = {
    version: fuses.FuseVersion.V1,
    // Flipping fuses invalidates the ad-hoc signature arm64 macOS requires; re-sign ad hoc.
    resetAdHocDarwinSignature: platform === 'darwin' || platform === 'mas',
  };
  for (const [name, value] of Object.entries(FUSES)) {
    const index = fuses.FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`after-pack: this @electron/fuses has no fuse ${name}`);
    config[index] = value;
  }
  return config;
}

/** The hook itself (electron-builder calls the default export with its AfterPackContext). */
async function afterPack(context) {
  // @electron/fuses is ESM-only.
  const fuses = await import('@electron/fuses');
  const target = electronBinaryPath(context);
  await fuses.flipFuses(target, fuseConfig(fuses, context.electronPlatformName));
  console.log(`  • flipped Electron fuses in ${target}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
module.exports.electronBinaryPath = electronBinaryPath;
module.exports.fuseConfig = fuseConfig;
