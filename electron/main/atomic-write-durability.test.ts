/**
 * The rename of an atomic write is only durable once the directory entry is on disk: the temp
 * file must be fsynced BEFORE the rename and the directory AFTER it (issue 12). Observed by
 * wrapping the callback `fs` functions, which both write-file-atomic and our directory sync use.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';

const events: string[] = [];
let dir: string;

beforeEach(async () => {
  events.length = 0;
  dir = await mkdtemp(path.join(tmpdir(), 'gl-durable-'));
  const paths = new Map<number, string>();
  const open = fs.open.bind(fs) as (...args: unknown[]) => void;
  const fsync = fs.fsync.bind(fs) as (...args: unknown[]) => void;
  const rename = fs.rename.bind(fs) as (...args: unknown[]) => void;
  vi.spyOn(fs, 'open').mockImplementation(((...args: unknown[]) => {
    const callback = args[args.length - 1] as (error: Error | null, fd?: number) => void;
    open(...args.slice(0, -1), (error: Error | null, fd?: number) => {
      if (fd !== undefined) paths.set(fd, String(args[0]));
      callback(error, fd);
    });
  }) as never);
  vi.spyOn(fs, 'fsync').mockImplementation(((fd: number, callback: (error: Error | null) => void) => {
    fsync(fd, (error: Error | null) => {
      if (error === null) events.push(`sync ${paths.get(fd) ?? '?'}`);
      callback(error);
    });
  }) as never);
  vi.spyOn(fs, 'rename').mockImplementation(((from: string, to: string, callback: (error: Error | null) => void) => {
    rename(from, to, (error: Error | null) => {
      if (error === null) events.push(`rename ${path.basename(from)} → ${path.basename(to)}`);
      callback(error);
    });
  }) as never);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic durability', () => {
  it.skipIf(process.platform === 'win32')('fsyncs the temp file before the rename and the directory after it', async () => {
    const target = path.join(dir, 'settings.json');
    await writeFileAtomic(target, '{"a":1}');
    expect(await readFile(target, 'utf8')).toBe('{"a":1}');
    const renameAt = events.findIndex((e) => e.startsWith('rename ') && e.endsWith('→ settings.json'));
    expect(renameAt).toBeGreaterThan(0);
    const tempName = events[renameAt]!.slice('rename '.length).split(' → ')[0]!;
    // The temp file lives in the target's folder (rename must not cross devices) and is not the target.
    expect(tempName).not.toBe('settings.json');
    expect(events.slice(0, renameAt)).toContain(`sync ${path.join(dir, tempName)}`);
    expect(events.slice(renameAt + 1)).toContain(`sync ${dir}`);
  });
});
