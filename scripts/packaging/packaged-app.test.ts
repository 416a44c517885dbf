import { describe, it, expect } from 'vitest';
import { createRequire } from 'node:module';
import path from 'node:path';
import { packagedAppPaths } from './packaged-app.mjs';

// electron-builder's own naming of the unpacked folder (PlatformPackager.computeAppOutDir):
// <buildConfigurationKey><getArchSuffix(arch)>, plus "-unpacked" except on macOS.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
const builderUtil = fromBuilder('builder-util') as { Arch: Record<string, number>; getArchSuffix(arch: number, defaultArch?: string): string };

const base = { releaseDir: '/r', productFilename: 'Gradient Lab', executableName: 'gradient-lab' };
const builderDir = (key: string, arch: string) => `${key}${builderUtil.getArchSuffix(builderUtil.Arch[arch]!)}${key === 'mac' ? '' : '-unpacked'}`;

describe('packaged app paths', () => {
  for (const arch of ['x64', 'arm64']) {
    it(`names electron-builder's output folders for ${arch}`, () => {
      expect(packagedAppPaths({ ...base, platform: 'linux', arch }).appDir).toBe(path.join('/r', builderDir('linux', arch)));
      expect(packagedAppPaths({ ...base, platform: 'win32', arch }).appDir).toBe(path.join('/r', builderDir('win', arch)));
      expect(packagedAppPaths({ ...base, platform: 'darwin', arch }).appDir).toBe(path.join('/r', builderDir('mac', arch)));
    });
  }

  it('launches the executable and reads fuses from the bundle on macOS', () => {
    expect(packagedAppPaths({ ...base, platform: 'linux', arch: 'x64' })).toEqual({
      appDir: path.join('/r', 'linux-unpacked'),
      executable: path.join('/r', 'linux-unpacked', 'gradient-lab'),
      fuseTarget: path.join('/r', 'linux-unpacked', 'gradient-lab'),
    });
    expect(packagedAppPaths({ ...base, platform: 'win32', arch: 'x64' }).executable).toBe(path.join('/r', 'win-unpacked', 'Gradient Lab.exe'));
    expect(packagedAppPaths({ ...base, platform: 'darwin', arch: 'arm64' })).toEqual({
      appDir: path.join('/r', 'mac-arm64'),
      executable: path.join('/r', 'mac-arm64', 'Gradient Lab.app', 'Contents', 'MacOS', 'Gradient Lab'),
      fuseTarget: path.join('/r', 'mac-arm64', 'Gradient Lab.app'),
    });
    expect(() => packagedAppPaths({ ...base, platform: 'aix', arch: 'x64' })).toThrow(/aix/);
  });
});
