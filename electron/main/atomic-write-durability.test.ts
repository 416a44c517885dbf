/**
 * The rename of an atomic write is only durable once the directory entry is on disk: the
 * directory itself must be fsynced AFTER the rename (issue 12). Observed through a wrapped fs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const events: string[] = [];

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      await actual.rename(from, to);
      events.push(`rename ${path.basename(to)}`);
    },
    open: async (p: string, flags?: string, mode?: number) => {
      const handle = await actual.open(p, flags, mode);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        await sync();
        events.push(`sync ${p}`);
      };
      return handle;
    },
  };
});

let dir: string;
beforeEach(async () => {
  events.length = 0;
  dir = await mkdtemp(path.join(tmpdir(), 'gl-durable-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic durability', () => {
  it.skipIf(process.platform === 'win32')('fsyncs the file before the rename and the directory after it', async () => {
    const { writeFileAtomic } = await import('./atomic-write');
    const target = path.join(dir, 'settings.json');
    await writeFileAtomic(target, '{"a":1}');
    expect(await readFile(target, 'utf8')).toBe('{"a":1}');
    const renameAt = events.indexOf('rename settings.json');
    expect(renameAt).toBeGreaterThan(0);
    expect(events.slice(0, renameAt).some((e) => e.startsWith('sync ') && e.endsWith('.tmp'))).toBe(true);
    expect(events.slice(renameAt + 1)).toContain(`sync ${dir}`);
  });
});
