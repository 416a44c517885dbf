import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRecoveryStore, RECOVERY_DIR, RECOVERY_FILE } from './recovery-store';

let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'gl-recovery-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(userData, { recursive: true, force: true });
});

const where = () => path.join(userData, RECOVERY_DIR, RECOVERY_FILE);
const FIXED = () => new Date('2026-12-02T01:30:00.000Z');

describe('recovery store', () => {
  it('is empty at first, keeps the latest text in userData/recovery/current.gradlab, and clears', async () => {
    const store = createRecoveryStore(userData);
    expect(store.filePath).toBe(where());
    expect(await store.read()).toEqual({ ok: true, value: { text: null } });
    expect(await store.write('{"v":1,"title":"碗"}')).toEqual({ ok: true, value: { written: true } });
    expect(await store.write('{"v":2,"title":"碗"}')).toEqual({ ok: true, value: { written: true } });
    expect(await readFile(where(), 'utf8')).toBe('{"v":2,"title":"碗"}');
    // A second run of the app (a new store over the same folder) finds it.
    expect(await createRecoveryStore(userData).read()).toEqual({ ok: true, value: { text: '{"v":2,"title":"碗"}' } });
    expect(await store.clear()).toEqual({ ok: true, value: { cleared: true } });
    expect(await store.read()).toEqual({ ok: true, value: { text: null } });
    expect(await store.clear()).toEqual({ ok: true, value: { cleared: true } });
    expect(await readdir(path.join(userData, RECOVERY_DIR))).toEqual([]);
  });

  it('refuses text over the cap (UTF-8 bytes) and keeps the previous autosave', async () => {
    const store = createRecoveryStore(userData, 100);
    await store.write('kept');
    const r = await store.write('梯'.repeat(40));
    expect(r).toMatchObject({ ok: false, error: { code: 'too-large' } });
    if (!r.ok) expect(r.error.message['zh-CN']).toContain('自动保存');
    expect(await readFile(where(), 'utf8')).toBe('kept');
  });

  it('a failed autosave (ENOSPC) is a clear message and the previous autosave survives', async () => {
    const store = createRecoveryStore(userData);
    await store.write('previous');
    const write = fs.write.bind(fs) as (...args: unknown[]) => void;
    vi.spyOn(fs, 'write').mockImplementation(((...args: unknown[]) => {
      const callback = args[args.length - 1] as (e: Error | null) => void;
      if (args[0] !== undefined) process.nextTick(() => callback(Object.assign(new Error('full'), { code: 'ENOSPC' })));
      else write(...args);
    }) as never);
    const r = await store.write('newer');
    vi.restoreAllMocks();
    expect(r).toMatchObject({ ok: false, error: { code: 'io' } });
    if (!r.ok) {
      expect(r.error.message.en).toContain('disk is full');
      expect(r.error.message['zh-CN']).toContain('磁盘已满');
    }
    expect(await readFile(where(), 'utf8')).toBe('previous');
  });

  it('an autosave that is not UTF-8 is moved aside (not deleted) and reported', async () => {
    await mkdir(path.join(userData, RECOVERY_DIR), { recursive: true });
    const bytes = new Uint8Array([0xff, 0xfe, 0x7b, 0x00]);
    await writeFile(where(), bytes);
    const r = await createRecoveryStore(userData, undefined, FIXED).read();
    expect(r).toMatchObject({ ok: false, error: { code: 'io' } });
    const kept = path.join(userData, RECOVERY_DIR, 'unreadable-2026-12-02T01-30-00-000Z.gradlab');
    if (!r.ok) {
      expect(r.error.message.en).toContain(kept);
      expect(r.error.message.en).toContain('UTF-8');
      expect(r.error.message['zh-CN']).toContain('UTF-8');
    }
    expect(new Uint8Array(await readFile(kept))).toEqual(bytes);
    // The next start is not bothered again.
    expect(await createRecoveryStore(userData).read()).toEqual({ ok: true, value: { text: null } });
  });

  it('an autosave over the cap is moved aside too', async () => {
    await mkdir(path.join(userData, RECOVERY_DIR), { recursive: true });
    await writeFile(where(), 'x'.repeat(300));
    const r = await createRecoveryStore(userData, 200, FIXED).read();
    expect(r).toMatchObject({ ok: false, error: { code: 'io' } });
    expect((await readdir(path.join(userData, RECOVERY_DIR))).sort()).toEqual(['unreadable-2026-12-02T01-30-00-000Z.gradlab']);
  });
});
