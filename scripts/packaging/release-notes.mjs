// The draft release's notes: which file is for which system, how to check a download, and —
// plainly — what is and is not signed in this release. Reads the folder of release files and
// the signing state from the environment the workflow sets:
//   MAC_SIGNED / MAC_NOTARIZED / WIN_SIGNED = "true" | "false"
//   node scripts/packaging/release-notes.mjs dist > release-notes.md
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Which system a release file is for, from its name (see artifactName in electron-builder.yml). */
export function describeArtifact(name) {
  if (/-setup\.exe$/.test(name)) return 'Windows 10/11: installer for the current user (no administrator rights needed)';
  if (/-portable\.exe$/.test(name)) return 'Windows 10/11: portable, runs without installing (for locked-down PCs)';
  if (/-mac-arm64\.dmg$/.test(name)) return 'macOS 12+ on Apple silicon (M1 and later)';
  if (/-mac-x64\.dmg$/.test(name)) return 'macOS 12+ on Intel';
  if (/\.AppImage$/.test(name)) return 'Linux x64: single file, no installation (chmod +x, then run)';
  if (/\.deb$/.test(name)) return 'Debian/Ubuntu x64: package (sudo apt install ./file.deb)';
  if (name === 'SHA256SUMS.txt') return 'SHA-256 checksums of all the files above';
  return null;
}

/**
 * @param {{ version: string, files: string[], macSigned: boolean, macNotarized: boolean, winSigned: boolean }} input
 */
export function releaseNotes({ version, files, macSigned, macNotarized, winSigned }) {
  const rows = [...files]
    // The checksum file last, after the files it lists.
    .sort((a, b) => Number(a === 'SHA256SUMS.txt') - Number(b === 'SHA256SUMS.txt'))
    .map((f) => ({ f, what: describeArtifact(f) }))
    .filter((r) => r.what !== null)
    .map((r) => `| \`${r.f}\` | ${r.what} |`);
  const mac = macSigned
    ? macNotarized
      ? 'The macOS disk images are signed with a Developer ID and notarized by Apple.'
      : 'The macOS disk images are signed with a Developer ID but **not notarized**: on first open macOS warns that Apple could not check the app; choose Open in System Settings → Privacy & Security.'
    : "The macOS disk images are **not signed** (this release was built without signing secrets). On first open macOS refuses with \"Apple could not verify …\": click Done, then System Settings → Privacy & Security → \"Open Anyway\" (on macOS 14 and earlier: Control-click the app → Open). This is needed once.";
  const win = winSigned
    ? 'The Windows files are signed.'
    : 'The Windows files are **not signed**: SmartScreen may show "Windows protected your PC"; choose More info → Run anyway.';
  return [
    `Gradient Lab ${version} — offline desktop app; nothing is downloaded after installation.`,
    '',
    '| File | For |',
    '| --- | --- |',
    ...rows,
    '',
    '**Verify a download** against `SHA256SUMS.txt` (download it into the same folder): `sha256sum -c --ignore-missing SHA256SUMS.txt` on Linux prints `OK` per file; on macOS `shasum -a 256 <file>`, on Windows `Get-FileHash .\\<file> -Algorithm SHA256` in PowerShell (or `certutil -hashfile <file> SHA256` in cmd) print a hash to compare with that file\'s line (case does not matter).',
    '',
    `**Signing.** ${mac} ${win}`,
    '',
    'Each package was smoke-tested on its own system before upload: the packaged app started, showed its first chapter and the 3D surface, gave the page no Node access, refused navigation, new windows and malformed IPC requests, and its Electron fuses were read back and matched the build configuration.',
    '',
  ].join('\n');
}

function main() {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: release-notes.mjs <dir>');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  process.stdout.write(
    releaseNotes({
      version: `v${version}`,
      files: readdirSync(dir).sort(),
      macSigned: process.env.MAC_SIGNED === 'true',
      macNotarized: process.env.MAC_NOTARIZED === 'true',
      winSigned: process.env.WIN_SIGNED === 'true',
    }),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
