import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadYaml } from './asar-contents.mjs';
import { describeArtifact, releaseNotes } from './release-notes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const builder = loadYaml(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, { artifactName?: string }>;

/** A release file name from electron-builder.yml's artifactName template. */
const name = (target: string, arch: string, ext: string) =>
  builder[target]!.artifactName!.replace('${version}', '1.2.3').replace('${arch}', arch).replace('${ext}', ext);

describe('release notes', () => {
  it('describe every file the configured artifact names produce', () => {
    expect(describeArtifact(name('nsis', 'x64', 'exe'))).toMatch(/no administrator rights/);
    expect(describeArtifact(name('portable', 'x64', 'exe'))).toMatch(/portable/);
    expect(describeArtifact(name('dmg', 'arm64', 'dmg'))).toMatch(/Apple silicon/);
    expect(describeArtifact(name('dmg', 'x64', 'dmg'))).toMatch(/Intel/);
    expect(describeArtifact(name('appImage', 'x86_64', 'AppImage'))).toMatch(/Linux/);
    expect(describeArtifact('gradient-lab_1.2.3_amd64.deb')).toMatch(/Debian/);
    expect(describeArtifact('latest.yml')).toBeNull();
  });

  const files = ['SHA256SUMS.txt', name('nsis', 'x64', 'exe'), name('dmg', 'arm64', 'dmg'), 'latest.yml'];

  it('say plainly when macOS and Windows builds are unsigned, and how to open them', () => {
    const notes = releaseNotes({ version: 'v1.2.3', files, macSigned: false, macNotarized: false, winSigned: false });
    expect(notes).toMatch(/macOS disk images are \*\*not signed\*\*/);
    expect(notes).toMatch(/Open Anyway/);
    expect(notes).toMatch(/Windows files are \*\*not signed\*\*/);
    expect(notes).not.toMatch(/latest\.yml/);
    const rows = notes.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.map((r) => r.split('`')[1])).toEqual([name('nsis', 'x64', 'exe'), name('dmg', 'arm64', 'dmg'), 'SHA256SUMS.txt']);
  });

  it('say signed and notarized only when they are', () => {
    const notes = releaseNotes({ version: 'v1.2.3', files, macSigned: true, macNotarized: true, winSigned: true });
    expect(notes).toMatch(/signed with a Developer ID and notarized/);
    expect(notes).toMatch(/The Windows files are signed\./);
    expect(notes).not.toMatch(/not signed/);
    expect(releaseNotes({ version: 'v1', files, macSigned: true, macNotarized: false, winSigned: true })).toMatch(/\*\*not notarized\*\*/);
  });
});
