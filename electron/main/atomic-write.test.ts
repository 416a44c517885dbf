import { afterEach, beforeEach, describe, it, expect } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { backupPathFor, tempPathFor, writeFileAtomic } from './atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gl-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

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

  it('writes binary data byte for byte', async () => {
    const target = path.join(dir, 'b.bin');
    const bytes = new Uint8Array([0, 255, 10, 13, 0xe2, 0x82, 0xac]);
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
  });

  it('cleans up its temp file and throws when the final rename fails', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing-dir', 'x.json'), 'x')).rejects.toThrow();
    // A non-empty directory in the target's place: rename cannot replace it.
    const target = path.join(dir, 'occupied.json');
    await mkdir(target);
    await writeFile(path.join(target, 'inside'), 'keep');
    await expect(writeFileAtomic(target, 'lost')).rejects.toThrow();
    expect(await readFile(path.join(target, 'inside'), 'utf8')).toBe('keep');
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('uses a unique temp name in the target directory', () => {
    const target = path.join(dir, 'a.json');
    const a = tempPathFor(target);
    const b = tempPathFor(target);
    expect(path.dirname(a)).toBe(dir);
    expect(a).not.toBe(b);
    expect(a.endsWith('.tmp')).toBe(true);
  });
});
