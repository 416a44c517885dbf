import { describe, it, expect } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { WANTED_FUSES, checkPackagedFuses, fuseMismatches } from './fuses-check.mjs';
import { SMOKE_FUSES } from './packaged-app.mjs';

const require = createRequire(import.meta.url);
const afterPack = require('../after-pack.cjs') as ((context: unknown) => Promise<void>) & { FUSES: Record<string, boolean> };

/**
 * A stand-in for an Electron executable: random bytes around the fuse wire Electron embeds —
 * the sentinel, the wire version (1), its length, then one state byte per fuse ('0' disabled,
 * '1' enabled) — the layout @electron/fuses reads and writes. Electron 45 has 9 fuses.
 */
function fakeElectron(states: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fuses-'));
  const file = path.join(dir, 'gradient-lab');
  const wire = Buffer.concat([Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, states.length]), Buffer.from(states, 'latin1')]);
  writeFileSync(file, Buffer.concat([randomBytes(5000), wire, randomBytes(5000)]));
  return file;
}
// Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, inspect on,
// asar integrity off, only-asar off, V8 snapshot off, file:// privileges on, wasm trap handlers on.
const ELECTRON_DEFAULTS = '101100011';

describe('fuses read back from a packaged binary', () => {
  it('finds every fuse Electron leaves at its default', async () => {
    const { problems } = await checkPackagedFuses(fakeElectron(ELECTRON_DEFAULTS));
    expect(problems).toEqual([
      'RunAsNode: enabled (after-pack sets it disabled)',
      'EnableNodeOptionsEnvironmentVariable: enabled (after-pack sets it disabled)',
      'EnableNodeCliInspectArguments: enabled (after-pack sets it disabled)',
      'OnlyLoadAppFromAsar: disabled (after-pack sets it enabled)',
      'EnableEmbeddedAsarIntegrityValidation: disabled (after-pack sets it enabled)',
      'EnableCookieEncryption: disabled (after-pack sets it enabled)',
      'GrantFileProtocolExtraPrivileges: enabled (after-pack sets it disabled)',
    ]);
  });

  it('matches after the real after-pack hook has flipped them', async () => {
    const file = fakeElectron(ELECTRON_DEFAULTS);
    await afterPack({
      appOutDir: path.dirname(file),
      electronPlatformName: 'linux',
      packager: { appInfo: { productFilename: 'Gradient Lab' }, executableName: 'gradient-lab' },
    });
    const { problems, table } = await checkPackagedFuses(file);
    expect(problems).toEqual([]);
    expect(table).toMatch(/RunAsNode\s+disabled/);
    expect(table).toMatch(/OnlyLoadAppFromAsar\s+enabled/);
  });

  it('tells the smoke copy (inspector allowed) from the shipped binary', async () => {
    const file = fakeElectron(ELECTRON_DEFAULTS);
    await afterPack({ appOutDir: path.dirname(file), electronPlatformName: 'linux', packager: { appInfo: { productFilename: 'Gradient Lab' }, executableName: 'gradient-lab' } });
    const fuses = await import('@electron/fuses');
    await fuses.flipFuses(file, { version: fuses.FuseVersion.V1, [fuses.FuseV1Options.EnableNodeCliInspectArguments]: true });
    expect((await checkPackagedFuses(file, SMOKE_FUSES)).problems).toEqual([]);
    expect((await checkPackagedFuses(file)).problems).toEqual(['EnableNodeCliInspectArguments: enabled (after-pack sets it disabled)']);
    expect(SMOKE_FUSES).toEqual({ ...afterPack.FUSES, EnableNodeCliInspectArguments: true });
  });

  it('reports a wrong wire version, a short wire and a removed fuse', async () => {
    const fuses = await import('@electron/fuses');
    const { ENABLE, DISABLE, REMOVED } = fuses.FuseState;
    const wire = { version: '2', '0': REMOVED, '1': ENABLE, '2': DISABLE };
    const problems = fuseMismatches(wire, WANTED_FUSES, fuses as never);
    expect(problems[0]).toBe('fuse wire version 2 (expected 1)');
    expect(problems).toContain('RunAsNode: removed from this Electron');
    expect(problems).toContain("OnlyLoadAppFromAsar: not in this binary's fuse wire");
    expect(fuseMismatches(wire, { NoSuchFuse: true }, fuses as never)).toContain('@electron/fuses knows no fuse NoSuchFuse');
  });

  it('wants exactly what scripts/after-pack.cjs sets', () => {
    expect(WANTED_FUSES).toEqual(afterPack.FUSES);
  });
});
