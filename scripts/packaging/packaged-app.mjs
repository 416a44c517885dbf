// The packaged app on a release runner, after `electron-builder` has run:
//   node scripts/packaging/packaged-app.mjs fuses --arch x64
//     reads the fuses back from the unpacked app the installers were made from and fails unless
//     they are exactly what scripts/after-pack.cjs sets.
//   node scripts/packaging/packaged-app.mjs smoke-copy --arch x64
//     copies that app to a temporary folder and re-enables ONE fuse in the copy,
//     EnableNodeCliInspectArguments, because Playwright's _electron.launch drives Electron through
//     the Node inspector and times out without it. Everything else — app.asar, main, preload,
//     protocol, CSP, the other fuses — is byte for byte what ships. Prints the copy's executable
//     and, on GitHub Actions, exports it as ELECTRON_APP_PATH for the Electron e2e suite.
import { appendFileSync, cpSync, existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WANTED_FUSES, checkPackagedFuses } from './fuses-check.mjs';

/**
 * Where electron-builder leaves the unpacked app for a platform/arch, and the paths inside it.
 * @param {{ releaseDir: string, platform: string, arch: string, productFilename: string, executableName: string }} input
 * @returns {{ appDir: string, executable: string, fuseTarget: string }}
 *   appDir: the folder electron-builder packs the installers from; executable: what to launch;
 *   fuseTarget: what @electron/fuses reads (the .app bundle on macOS)
 */
export function packagedAppPaths({ releaseDir, platform, arch, productFilename, executableName }) {
  // electron-builder names the folder <os>[-<arch>]-unpacked, the arch omitted for x64;
  // macOS has no "-unpacked" (mac, mac-arm64, mac-universal).
  const suffix = arch === 'x64' ? '' : `-${arch}`;
  switch (platform) {
    case 'linux': {
      const appDir = path.join(releaseDir, `linux${suffix}-unpacked`);
      const executable = path.join(appDir, executableName);
      return { appDir, executable, fuseTarget: executable };
    }
    case 'win32': {
      const appDir = path.join(releaseDir, `win${suffix}-unpacked`);
      const executable = path.join(appDir, `${productFilename}.exe`);
      return { appDir, executable, fuseTarget: executable };
    }
    case 'darwin': {
      const appDir = path.join(releaseDir, `mac${suffix}`);
      const bundle = path.join(appDir, `${productFilename}.app`);
      return { appDir, executable: path.join(bundle, 'Contents', 'MacOS', productFilename), fuseTarget: bundle };
    }
    default:
      throw new Error(`packaged-app: no packaged layout known for ${platform}`);
  }
}

/** The smoke copy's fuses: the shipped set with the inspector arguments allowed. */
export const SMOKE_FUSES = Object.freeze({ ...WANTED_FUSES, EnableNodeCliInspectArguments: true });

function parseArgs(argv) {
  const [command, ...rest] = argv;
  const options = { command, arch: process.arch };
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--arch') options.arch = rest[++i];
    else throw new Error(`packaged-app: unknown argument ${rest[i]}`);
  }
  return options;
}

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const { command, arch } = parseArgs(process.argv.slice(2));
  const { loadBuilderConfig } = await import('./asar-contents.mjs');
  const config = await loadBuilderConfig(root, path.join(root, 'electron-builder.yml'));
  const paths = packagedAppPaths({
    releaseDir: path.resolve(root, config.directories?.output ?? 'dist'),
    platform: process.platform,
    arch,
    productFilename: config.productName,
    executableName: config.linux?.executableName ?? config.productName,
  });
  if (!existsSync(paths.executable)) throw new Error(`packaged-app: no packaged app at ${paths.executable} (run electron-builder first)`);

  if (command === 'fuses') {
    const { problems, table } = await checkPackagedFuses(paths.fuseTarget);
    console.log(`fuses in ${path.relative(root, paths.fuseTarget)}:\n${table}`);
    if (problems.length > 0) throw new Error(`fuses differ from scripts/after-pack.cjs:\n  ${problems.join('\n  ')}`);
    console.log('fuses: as scripts/after-pack.cjs sets them');
    return;
  }
  if (command === 'smoke-copy') {
    const dest = path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'gradient-lab-smoke');
    rmSync(dest, { recursive: true, force: true });
    // verbatimSymlinks keeps the macOS framework symlinks as they are in the bundle.
    cpSync(paths.appDir, dest, { recursive: true, verbatimSymlinks: true });
    const copy = {
      executable: path.join(dest, path.relative(paths.appDir, paths.executable)),
      fuseTarget: path.join(dest, path.relative(paths.appDir, paths.fuseTarget)),
    };
    const fuses = await import('@electron/fuses');
    await fuses.flipFuses(copy.fuseTarget, {
      version: fuses.FuseVersion.V1,
      // Changing the binary invalidates its signature; macOS arm64 runs only signed code.
      resetAdHocDarwinSignature: process.platform === 'darwin',
      [fuses.FuseV1Options.EnableNodeCliInspectArguments]: true,
    });
    const { problems } = await checkPackagedFuses(copy.fuseTarget, SMOKE_FUSES);
    if (problems.length > 0) throw new Error(`smoke copy fuses:\n  ${problems.join('\n  ')}`);
    console.log(`smoke copy (inspector arguments allowed, all else as shipped): ${copy.executable}`);
    if (process.env.GITHUB_ENV) appendFileSync(process.env.GITHUB_ENV, `ELECTRON_APP_PATH=${copy.executable}\n`);
    return;
  }
  throw new Error(`packaged-app: unknown command ${String(command)} (fuses | smoke-copy)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
