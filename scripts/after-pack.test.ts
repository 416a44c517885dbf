import { describe, it, expect } from 'vitest';
import { createRequire } from 'node:module';
import path from 'node:path';

interface AfterPackModule {
  FUSES: Record<string, boolean>;
  electronBinaryPath(context: {
    appOutDir: string;
    electronPlatformName: string;
    packager: { appInfo: { productFilename: string }; executableName?: string };
  }): string;
  fuseConfig(fuses: { FuseVersion: { V1: string }; FuseV1Options: Record<string, number> }, platform: string): Record<string, unknown>;
}

const require = createRequire(import.meta.url);
const hook = require('./after-pack.cjs') as AfterPackModule & ((context: unknown) => Promise<void>);

describe('after-pack fuses', () => {
  it('switches off every Node/debug entry point and locks the app to its asar', () => {
    expect(hook.FUSES).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      EnableCookieEncryption: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('maps onto the real @electron/fuses wire indices', async () => {
    const fuses = (await import('@electron/fuses')) as unknown as { FuseVersion: { V1: string }; FuseV1Options: Record<string, number> };
    const config = hook.fuseConfig(fuses, 'linux');
    expect(config.version).toBe(fuses.FuseVersion.V1);
    expect(config.resetAdHocDarwinSignature).toBe(false);
    for (const [name, value] of Object.entries(hook.FUSES)) {
      expect(config[String(fuses.FuseV1Options[name])]).toBe(value);
    }
    expect(hook.fuseConfig(fuses, 'darwin').resetAdHocDarwinSignature).toBe(true);
  });

  it('refuses a fuse the library does not know', () => {
    expect(() => hook.fuseConfig({ FuseVersion: { V1: '1' }, FuseV1Options: { RunAsNode: 0 } }, 'linux')).toThrow(/no fuse/);
  });

  it('targets the right binary per platform', () => {
    const packager = { appInfo: { productFilename: 'Gradient Lab' }, executableName: 'gradient-lab' };
    expect(hook.electronBinaryPath({ appOutDir: '/r/mac', electronPlatformName: 'darwin', packager })).toBe(path.join('/r/mac', 'Gradient Lab.app'));
    expect(hook.electronBinaryPath({ appOutDir: '/r/win', electronPlatformName: 'win32', packager })).toBe(path.join('/r/win', 'Gradient Lab.exe'));
    expect(hook.electronBinaryPath({ appOutDir: '/r/linux', electronPlatformName: 'linux', packager })).toBe(path.join('/r/linux', 'gradient-lab'));
    expect(() => hook.electronBinaryPath({ appOutDir: '/r', electronPlatformName: 'aix', packager })).toThrow();
  });

  it('is callable as the hook (default export)', () => {
    expect(typeof hook).toBe('function');
  });
});
