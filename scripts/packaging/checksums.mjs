// SHA-256 checksums of the release files, in the format `sha256sum -c` / `shasum -a 256 -c` read
// ("<64 hex>  <file name>", one a line). The same script on all three runners, so Windows needs
// no separate PowerShell path:
//   node scripts/packaging/checksums.mjs write release/ SHA256SUMS-linux-x64.txt
//   node scripts/packaging/checksums.mjs verify SHA256SUMS.txt      (names relative to its folder)
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Installers and packages an instructor downloads (not blockmaps, update metadata or temp files). */
export function isReleaseArtifact(name) {
  return !name.startsWith('__') && /\.(exe|dmg|AppImage|deb)$/.test(name);
}

/** @returns {Promise<string>} lower-case hex SHA-256 of a file, streamed (installers are large) */
export function sha256File(file) {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** @param {{ name: string, sha256: string }[]} entries */
export function formatSums(entries) {
  return [...entries]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((e) => {
      if (!/^[0-9a-f]{64}$/.test(e.sha256)) throw new Error(`checksums: not a SHA-256: ${e.sha256}`);
      if (/[\r\n\\]/.test(e.name) || e.name.includes('/')) throw new Error(`checksums: unsafe file name ${JSON.stringify(e.name)}`);
      return `${e.sha256}  ${e.name}\n`;
    })
    .join('');
}

/** Parses sha256sum output (text "  " or binary " *" separator); throws on a malformed line. */
export function parseSums(text) {
  const entries = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!m) throw new Error(`checksums: line ${i + 1} is not "<sha256>  <name>": ${line}`);
    entries.push({ sha256: m[1].toLowerCase(), name: m[2] });
  }
  return entries;
}

/** Checksums for every release artifact directly in dir. */
export async function sumsForDir(dir) {
  const names = readdirSync(dir).filter((n) => isReleaseArtifact(n) && statSync(path.join(dir, n)).isFile());
  return Promise.all(names.map(async (name) => ({ name, sha256: await sha256File(path.join(dir, name)) })));
}

/** Files whose checksum does not match (or that are missing), as sentences. */
export async function verifySums(sumsFile) {
  const dir = path.dirname(sumsFile);
  const problems = [];
  for (const { name, sha256 } of parseSums(readFileSync(sumsFile, 'utf8'))) {
    let actual;
    try {
      actual = await sha256File(path.join(dir, name));
    } catch {
      problems.push(`${name}: missing`);
      continue;
    }
    if (actual !== sha256) problems.push(`${name}: SHA-256 ${actual}, expected ${sha256}`);
  }
  return problems;
}

async function main() {
  const [command, a, b] = process.argv.slice(2);
  if (command === 'write' && a && b) {
    const entries = await sumsForDir(a);
    if (entries.length === 0) throw new Error(`checksums: no release files in ${a}`);
    writeFileSync(b, formatSums(entries));
    process.stdout.write(formatSums(entries));
  } else if (command === 'verify' && a) {
    const problems = await verifySums(a);
    if (problems.length > 0) throw new Error(`checksums do not match:\n  ${problems.join('\n  ')}`);
    console.log(`checksums: all files in ${a} match`);
  } else {
    throw new Error('usage: checksums.mjs write <dir> <out-file> | verify <sums-file>');
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
