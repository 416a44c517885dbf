/**
 * A writer killed in the middle of a save (power cut, task manager, OOM killer): a child Node
 * process saves a large file through the SAME writer (electron/main/atomic-write.ts, loaded with
 * jiti) and is SIGKILLed — no handler runs, no cleanup happens. The user's file must be exactly the
 * old version or exactly the new one, and a leftover temp file must never be taken for it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLibraryTempFileOf, writeFileAtomic } from './atomic-write';

const here = path.dirname(fileURLToPath(import.meta.url));
const writerModule = path.join(here, 'atomic-write.ts');
const jitiModule = path.resolve(here, '..', '..', 'node_modules', 'jiti', 'lib', 'jiti.mjs');

/** 24 MB of a recognisable pattern: large enough that writing it takes real time. */
const NEW_SIZE = 24 * 1024 * 1024;

/**
 * The child: loads the real writer and saves NEW_SIZE bytes of 'n' over the target. With `pause`
 * set, it reports the moment it reaches that fs call (`write` of the temp file, or the `fsync`
 * right before the rename) and then waits there forever, so the parent can kill it at exactly that
 * point; without it, it just writes and the parent kills it whenever it likes.
 */
const CHILD = `
import fs from 'node:fs';
const [jitiPath, writerPath, target, size, pause] = process.argv.slice(1);
const { createJiti } = await import(jitiPath);
const jiti = createJiti(import.meta.url);
const { writeFileAtomic } = await jiti.import(writerPath);
if (pause !== 'none') {
  const original = fs[pause];
  fs[pause] = (...args) => {
    process.stdout.write('paused\\n');
    // Never call back: the writer is stuck right here until it is killed.
    if (pause === 'write') original(args[0], Buffer.from('n'.repeat(1024)), 0, 1024, 0, () => {});
  };
}
// Keep the event loop alive: a writer stuck in a call that never returns would otherwise simply
// exit (and write-file-atomic's exit hook would tidy up), which is not what a kill looks like.
setInterval(() => {}, 1 << 30);
process.stdout.write('ready\\n');
await writeFileAtomic(target, Buffer.alloc(Number(size), 'n'));
process.stdout.write('done\\n');
process.exit(0);
`;

let dir: string;
let child: ChildProcess | undefined;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gl-kill-'));
});
afterEach(async () => {
  if (child !== undefined && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
  await rm(dir, { recursive: true, force: true });
});

function startWriter(target: string, pause: 'write' | 'fsync' | 'none'): { child: ChildProcess; lines: string[]; waitFor: (line: string) => Promise<void>; exited: Promise<NodeJS.Signals | null> } {
  const proc = spawn(process.execPath, ['--input-type=module', '-e', CHILD, jitiModule, writerModule, target, String(NEW_SIZE), pause], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  const lines: string[] = [];
  const waiters: { line: string; resolve: () => void }[] = [];
  let stderr = '';
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  proc.stdout.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      lines.push(line);
      for (const w of waiters.filter((x) => x.line === line)) w.resolve();
    }
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => proc.on('exit', (_code, signal) => resolve(signal)));
  const waitFor = (line: string) =>
    lines.includes(line)
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          waiters.push({ line, resolve });
          void exited.then(() => reject(new Error(`writer exited before "${line}": ${stderr}`)));
        });
  return { child: proc, lines, waitFor, exited };
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('a writer killed mid-write', () => {
  it.each(['write', 'fsync'] as const)(
    'SIGKILL while stuck in %s: the original is intact, the leftover is a recognisable temp file, the next save works',
    async (pause) => {
      const target = path.join(dir, 'lecture.gradlab');
      const original = '{"format":"gradient-lab","version":1,"title":"碗"}';
      await writeFile(target, original);
      const writer = startWriter(target, pause);
      await writer.waitFor('paused');
      writer.child.kill('SIGKILL');
      expect(await writer.exited).toBe('SIGKILL');
      expect(writer.lines).not.toContain('done');

      expect(await readFile(target, 'utf8')).toBe(original);
      const others = (await readdir(dir)).filter((n) => n !== 'lecture.gradlab');
      // A hard kill can leave the temp file; it has its own name and is never the document.
      for (const name of others) expect(isLibraryTempFileOf(target, path.join(dir, name))).toBe(true);
      if (pause === 'fsync') expect(others).toHaveLength(1);

      await writeFileAtomic(target, 'saved again');
      expect(await readFile(target, 'utf8')).toBe('saved again');
    },
    30_000,
  );

  it('SIGKILL at an arbitrary moment of a 24 MB save: the file is exactly the old or exactly the new version', async () => {
    const target = path.join(dir, 'big.gradlab');
    const original = Buffer.alloc(1024 * 1024, 'o');
    await writeFile(target, original);
    const expectedNew = sha(Buffer.alloc(NEW_SIZE, 'n'));
    const outcomes = new Set<string>();
    // Kill after different delays once the writer is running: before, during and after the write.
    for (const delay of [0, 5, 20, 60]) {
      const writer = startWriter(target, 'none');
      await writer.waitFor('ready');
      await new Promise((resolve) => setTimeout(resolve, delay));
      writer.child.kill('SIGKILL');
      await writer.exited;
      const now = await readFile(target);
      const digest = sha(now);
      expect([sha(original), expectedNew]).toContain(digest);
      outcomes.add(digest === expectedNew ? 'new' : 'old');
      if (digest === expectedNew) await writeFile(target, original);
      for (const name of (await readdir(dir)).filter((n) => n !== 'big.gradlab')) {
        expect(isLibraryTempFileOf(target, path.join(dir, name))).toBe(true);
        await rm(path.join(dir, name));
      }
    }
    expect(outcomes.size).toBeGreaterThan(0);
  }, 60_000);
});
