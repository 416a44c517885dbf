import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSums, isReleaseArtifact, parseSums, sha256File, sumsForDir, verifySums } from './checksums.mjs';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'checksums.mjs');
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'sums-'));

describe('release checksums', () => {
  it('hashes files to the published SHA-256 test vectors', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'empty'), '');
    writeFileSync(path.join(dir, 'abc'), 'abc');
    // FIPS 180-2 / NIST examples.
    expect(await sha256File(path.join(dir, 'empty'))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256File(path.join(dir, 'abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('keeps installers, not blockmaps, update metadata or temporary files', () => {
    for (const n of ['GradientLab-0.1.0-win-x64-setup.exe', 'GradientLab-0.1.0-win-x64-portable.exe', 'GradientLab-0.1.0-mac-arm64.dmg', 'GradientLab-0.1.0-linux-x86_64.AppImage', 'gradient-lab_0.1.0_amd64.deb']) {
      expect(isReleaseArtifact(n), n).toBe(true);
    }
    for (const n of ['GradientLab-0.1.0-win-x64-setup.exe.blockmap', 'latest.yml', 'builder-debug.yml', '__uninstaller-nsis-gradient-lab.exe', 'SHA256SUMS.txt']) {
      expect(isReleaseArtifact(n), n).toBe(false);
    }
  });

  it('writes sha256sum’s format, sorted, and reads both of its modes back', () => {
    const a = { name: 'b.deb', sha256: 'a'.repeat(64) };
    const b = { name: 'A b.exe', sha256: '0'.repeat(64) };
    const text = formatSums([a, b]);
    expect(text).toBe(`${'0'.repeat(64)}  A b.exe\n${'a'.repeat(64)}  b.deb\n`);
    expect(parseSums(text)).toEqual([b, a]);
    expect(parseSums(`${'F'.repeat(64)} *x.dmg\r\n\n`)).toEqual([{ name: 'x.dmg', sha256: 'f'.repeat(64) }]);
    expect(() => parseSums('abc  x.exe')).toThrow(/line 1/);
    expect(() => formatSums([{ name: '../x', sha256: 'a'.repeat(64) }])).toThrow(/unsafe/);
    expect(() => formatSums([{ name: 'x', sha256: 'xyz' }])).toThrow(/not a SHA-256/);
  });

  it('writes a file that sha256sum -c accepts, and notices a changed file', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'GradientLab-1.0.0-mac-arm64.dmg'), 'dmg bytes');
    writeFileSync(path.join(dir, 'gradient-lab_1.0.0_amd64.deb'), 'deb bytes');
    writeFileSync(path.join(dir, 'latest.yml'), 'not listed');
    const run = spawnSync(process.execPath, [script, 'write', dir, path.join(dir, 'SHA256SUMS.txt')], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const sums = readFileSync(path.join(dir, 'SHA256SUMS.txt'), 'utf8');
    expect(parseSums(sums).map((e) => e.name)).toEqual(['GradientLab-1.0.0-mac-arm64.dmg', 'gradient-lab_1.0.0_amd64.deb']);
    expect(await sumsForDir(dir)).toHaveLength(2);
    // The independent check: coreutils' own sha256sum (on this Debian machine and the Ubuntu runner).
    const coreutils = spawnSync('sha256sum', ['-c', 'SHA256SUMS.txt'], { cwd: dir, encoding: 'utf8' });
    if (!coreutils.error) expect(coreutils.status, coreutils.stdout + coreutils.stderr).toBe(0);
    expect(await verifySums(path.join(dir, 'SHA256SUMS.txt'))).toEqual([]);

    writeFileSync(path.join(dir, 'gradient-lab_1.0.0_amd64.deb'), 'tampered');
    expect(await verifySums(path.join(dir, 'SHA256SUMS.txt'))).toEqual([expect.stringMatching(/^gradient-lab_1\.0\.0_amd64\.deb: SHA-256 [0-9a-f]{64}, expected /)]);
    const verify = spawnSync(process.execPath, [script, 'verify', path.join(dir, 'SHA256SUMS.txt')], { encoding: 'utf8' });
    expect(verify.status).toBe(1);
  });
});
