import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import fs from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { backupPathFor, isLibraryTempFileOf, writeFileAtomic } from './atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gl-atomic-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

/** An fs error as Node raises it (the code is what callers branch on). */
function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/** Replaces a callback-style fs function (what write-file-atomic calls) with one that fails. */
function failCallback(name: 'write' | 'rename' | 'fsync', code: string, when: (args: unknown[]) => boolean = () => true): void {
  const original = fs[name] as (...args: unknown[]) => void;
  vi.spyOn(fs, name).mockImplementation(((...args: unknown[]) => {
    if (!when(args)) {
      original(...args);
      return;
    }
    const callback = args[args.length - 1] as (error: Error) => void;
    process.nextTick(() => callback(fsError(code)));
  }) as never);
}

describe('writeFileAtomic', () => {
  it('creates a new file and leaves no temp files behind', async () => {
    const target = path.join(dir, 'a.json');
    await writeFileAtomic(target, '{"a":1}');
    expect(await readFile(target, 'utf8')).toBe('{"a":1}');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('replaces an existing file and keeps the previous one as .bak when asked', async () => {
    const target = path.join(dir, 'doc.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new', { backup: true });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readFile(backupPathFor(target), 'utf8')).toBe('old');
    await writeFileAtomic(target, 'newer', { backup: true });
    expect(await readFile(backupPathFor(target), 'utf8')).toBe('new');
    expect((await readdir(dir)).sort()).toEqual(['doc.json', 'doc.json.bak']);
  });

  it('makes no .bak on the first save or without the option', async () => {
    const target = path.join(dir, 'first.json');
    await writeFileAtomic(target, 'x', { backup: true });
    await writeFileAtomic(target, 'y');
    expect(await readdir(dir)).toEqual(['first.json']);
  });

  it('writes binary data byte for byte, also from a view into a larger buffer', async () => {
    const target = path.join(dir, 'b.bin');
    const bytes = new Uint8Array([0, 255, 10, 13, 0xe2, 0x82, 0xac]);
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    const backing = new Uint8Array([9, 9, 1, 2, 3, 9]);
    await writeFileAtomic(target, backing.subarray(2, 5));
    expect(new Uint8Array(await readFile(target))).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('keeps the mode of the file it replaces', async () => {
    if (process.platform === 'win32') return;
    const target = path.join(dir, 'mode.json');
    await writeFile(target, 'x', { mode: 0o600 });
    await writeFileAtomic(target, 'y');
    expect((await fs.promises.stat(target)).mode & 0o777).toBe(0o600);
  });

  it('throws and leaves no temp file when the folder is missing or the target is a directory', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing-dir', 'x.json'), 'x')).rejects.toThrow();
    // A non-empty directory in the target's place: rename cannot replace it.
    const target = path.join(dir, 'occupied.json');
    await mkdir(target);
    await writeFile(path.join(target, 'inside'), 'keep');
    await expect(writeFileAtomic(target, 'lost')).rejects.toThrow();
    expect(await readFile(path.join(target, 'inside'), 'utf8')).toBe('keep');
    expect(await readdir(dir)).toEqual(['occupied.json']);
  });

  it('ENOSPC while writing: throws with the code, the original is intact, the temp file is gone', async () => {
    const target = path.join(dir, 'full.gradlab');
    await writeFile(target, 'the original');
    failCallback('write', 'ENOSPC');
    await expect(writeFileAtomic(target, 'x'.repeat(100_000), { backup: true })).rejects.toMatchObject({ code: 'ENOSPC' });
    vi.restoreAllMocks();
    expect(await readFile(target, 'utf8')).toBe('the original');
    expect((await readdir(dir)).sort()).toEqual(['full.gradlab', 'full.gradlab.bak']);
    expect(await readFile(backupPathFor(target), 'utf8')).toBe('the original');
  });

  it('ENOSPC at fsync (delayed allocation) is a failure too, not a silent success', async () => {
    const target = path.join(dir, 'late.gradlab');
    await writeFile(target, 'the original');
    failCallback('fsync', 'ENOSPC');
    await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({ code: 'ENOSPC' });
    vi.restoreAllMocks();
    expect(await readFile(target, 'utf8')).toBe('the original');
    expect(await readdir(dir)).toEqual(['late.gradlab']);
  });

  it.each(['EPERM', 'EACCES', 'EBUSY'])('%s on rename: throws with the code, the original is intact, no temp file', async (code) => {
    const target = path.join(dir, 'locked.gradlab');
    await writeFile(target, 'the original');
    failCallback('rename', code);
    await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({ code });
    vi.restoreAllMocks();
    expect(await readFile(target, 'utf8')).toBe('the original');
    expect(await readdir(dir)).toEqual(['locked.gradlab']);
  });

  it('recognises the library temp files as temp files of their target only', () => {
    const target = path.join(dir, 'doc.gradlab');
    expect(isLibraryTempFileOf(target, path.join(dir, 'doc.gradlab.3735928559'))).toBe(true);
    expect(isLibraryTempFileOf(target, path.join(dir, 'doc.gradlab'))).toBe(false);
    expect(isLibraryTempFileOf(target, path.join(dir, 'doc.gradlab.bak'))).toBe(false);
    expect(isLibraryTempFileOf(target, path.join(dir, 'other.gradlab.12'))).toBe(false);
  });
});
