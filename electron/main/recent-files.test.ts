import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openRecentFiles, RECENT_FILE_NAME, samePath, withRecent } from './recent-files';

let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'gl-recent-'));
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

const abs = (name: string) => path.resolve('/docs', name);

describe('withRecent', () => {
  it('puts the file first, drops its older entry and keeps at most 10', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => abs(`f${i}.gradlab`));
    const next = withRecent(eleven.slice(0, 10), abs('f5.gradlab'), 'linux');
    expect(next[0]).toBe(abs('f5.gradlab'));
    expect(next.filter((p) => p === abs('f5.gradlab'))).toHaveLength(1);
    expect(next).toHaveLength(10);
    const full = withRecent(eleven.slice(0, 10), abs('new.gradlab'), 'linux');
    expect(full).toHaveLength(10);
    expect(full).not.toContain(abs('f9.gradlab'));
  });

  it('compares paths case-insensitively on Windows and macOS only', () => {
    expect(samePath('/a/B.gradlab', '/a/b.gradlab', 'linux')).toBe(false);
    expect(samePath('/a/B.gradlab', '/a/b.gradlab', 'darwin')).toBe(true);
    expect(samePath('/a/./b.gradlab', '/a/b.gradlab', 'linux')).toBe(true);
  });
});

describe('openRecentFiles', () => {
  it('persists across runs, tells listeners and the OS list, and clears', async () => {
    const os = { add: vi.fn(), clear: vi.fn() };
    const recent = await openRecentFiles(userData, os, () => undefined);
    const changed = vi.fn();
    recent.onChange(changed);
    await recent.add(abs('a.gradlab'));
    await recent.add(abs('b.gradlab'));
    expect(recent.list()).toEqual([
      { name: 'b.gradlab', path: abs('b.gradlab') },
      { name: 'a.gradlab', path: abs('a.gradlab') },
    ]);
    expect(changed).toHaveBeenCalledTimes(2);
    expect(os.add.mock.calls).toEqual([[abs('a.gradlab')], [abs('b.gradlab')]]);
    expect(JSON.parse(await readFile(path.join(userData, RECENT_FILE_NAME), 'utf8'))).toEqual({ version: 1, paths: [abs('b.gradlab'), abs('a.gradlab')] });

    const again = await openRecentFiles(userData, null, () => undefined);
    expect(again.list().map((f) => f.name)).toEqual(['b.gradlab', 'a.gradlab']);
    expect(again.has(abs('a.gradlab'))).toBe(true);
    await again.remove(abs('a.gradlab'));
    expect(again.has(abs('a.gradlab'))).toBe(false);
    await recent.clear();
    expect(recent.list()).toEqual([]);
    expect(os.clear).toHaveBeenCalledOnce();
  });

  it('a corrupt or foreign list is an empty one (relative paths are dropped)', async () => {
    await writeFile(path.join(userData, RECENT_FILE_NAME), '{not json');
    expect((await openRecentFiles(userData, null, () => undefined)).list()).toEqual([]);
    await writeFile(path.join(userData, RECENT_FILE_NAME), JSON.stringify({ version: 1, paths: ['relative.gradlab', abs('ok.gradlab')] }));
    expect((await openRecentFiles(userData, null, () => undefined)).list().map((f) => f.name)).toEqual(['ok.gradlab']);
    await writeFile(path.join(userData, RECENT_FILE_NAME), JSON.stringify({ version: 2, paths: [abs('x.gradlab')] }));
    expect((await openRecentFiles(userData, null, () => undefined)).list()).toEqual([]);
  });

  it('a list that cannot be saved still works for this session, and says why in the log', async () => {
    const log = vi.fn();
    const recent = await openRecentFiles(path.join(userData, 'missing', 'deeper'), null, log);
    await recent.add(abs('a.gradlab'));
    expect(recent.list()).toHaveLength(1);
    expect(log).toHaveBeenCalledOnce();
  });
});
