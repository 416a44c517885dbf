import { afterEach, beforeEach, describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FOLD_PREFERENCES } from '../../shared/fold-preference';
import { settingsSchema } from '../ipc/contract';
import { DEFAULT_SETTINGS, MAX_SETTINGS_FILE_BYTES, openSettingsStore, parseSettingsFile, serializeSettings, SETTINGS_FILE_NAME } from './settings-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gl-settings-'));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const file = () => path.join(dir, SETTINGS_FILE_NAME);

describe('openSettingsStore', () => {
  it('starts from the defaults when there is no file', async () => {
    const { store, status } = await openSettingsStore(dir);
    expect(status).toBe('missing');
    expect(store.get()).toEqual({ language: null, theme: 'light', uiScale: 1, sidebarCollapsed: 'auto', panelsCollapsed: 'auto' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('round-trips an update through the file', async () => {
    const { store } = await openSettingsStore(dir);
    const result = await store.update({ language: 'zh-CN', uiScale: 1.25 });
    expect(result).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, language: 'zh-CN', uiScale: 1.25 } });
    const reopened = await openSettingsStore(dir);
    expect(reopened.status).toBe('loaded');
    expect(reopened.store.get()).toEqual({ ...DEFAULT_SETTINGS, language: 'zh-CN', theme: 'light', uiScale: 1.25 });
    expect(JSON.parse(await readFile(file(), 'utf8'))).toEqual({ version: 1, ...DEFAULT_SETTINGS, language: 'zh-CN', uiScale: 1.25 });
  });

  it('applies concurrent updates in order', async () => {
    const { store } = await openSettingsStore(dir);
    await Promise.all([store.update({ theme: 'dark' }), store.update({ uiScale: 2 }), store.update({ language: 'en' })]);
    const reopened = await openSettingsStore(dir);
    expect(reopened.store.get()).toEqual({ ...DEFAULT_SETTINGS, language: 'en', theme: 'dark', uiScale: 2 });
  });

  it.each([
    ['not JSON', '{"theme": "dark",'],
    ['an invalid value', '{"version":1,"language":null,"theme":"neon","uiScale":1}'],
    ['an unknown version', '{"version":2,"language":null,"theme":"dark","uiScale":1}'],
    ['an array', '[1,2,3]'],
    ['empty', ''],
  ])('recovers from a corrupt file (%s): defaults, and the file kept as .bak', async (_why, text) => {
    await writeFile(file(), text);
    const { store, status } = await openSettingsStore(dir);
    expect(status).toBe('recovered-from-corrupt');
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(await readFile(`${file()}.bak`, 'utf8')).toBe(text);
    // The next save writes a clean file; the backup stays for inspection.
    await store.update({ theme: 'dark' });
    expect(parseSettingsFile(await readFile(file(), 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, language: null, theme: 'dark', uiScale: 1 });
    expect(await readFile(`${file()}.bak`, 'utf8')).toBe(text);
  });

  it('fills fields missing from an older file with defaults (not corrupt)', async () => {
    await writeFile(file(), '{"theme":"projector"}');
    const { store, status } = await openSettingsStore(dir);
    expect(status).toBe('loaded');
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, language: null, theme: 'projector', uiScale: 1 });
  });

  it('writes atomically: no temp file is ever left beside it', async () => {
    const { store } = await openSettingsStore(dir);
    for (let i = 0; i < 5; i++) await store.update({ uiScale: 1 + i * 0.25 });
    expect(await readdir(dir)).toEqual([SETTINGS_FILE_NAME]);
  });

  it('reports a failed save as a value and keeps the previous settings', async () => {
    // A directory where the file should be: unreadable as settings, and rename onto it fails
    // (works even when the tests run as root, unlike a read-only directory).
    await mkdir(file());
    const { store, status } = await openSettingsStore(dir);
    expect(status).toBe('recovered-from-corrupt');
    const result = await store.update({ theme: 'dark' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error['zh-CN']).toContain('设置');
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses out-of-range values as a value', async () => {
    const { store } = await openSettingsStore(dir);
    const result = await store.update({ uiScale: 0.1 });
    expect(result.ok).toBe(false);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('serializeSettings / parseSettingsFile', () => {
  it('round-trips every valid setting', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('zh-CN' as const, 'en' as const, null),
        fc.constantFrom('light' as const, 'dark' as const, 'projector' as const),
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        fc.constantFrom('auto' as const, 'open' as const, 'folded' as const),
        fc.constantFrom('auto' as const, 'open' as const, 'folded' as const),
        (language, theme, uiScale, sidebarCollapsed, panelsCollapsed) => {
          const s = { language, theme, uiScale, sidebarCollapsed, panelsCollapsed };
          expect(parseSettingsFile(serializeSettings(s))).toEqual(s);
        },
      ),
    );
  });
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = parseSettingsFile(text);
        expect(r === null || typeof r === 'object').toBe(true);
      }),
    );
  });
});

describe('stored settings: per-key reset and a size cap (issue 12)', () => {
  it.each([
    ['1e9', '{"version":1,"language":"en","theme":"dark","uiScale":1e9}'],
    ['-5', '{"version":1,"language":"en","theme":"dark","uiScale":-5}'],
    ['a string', '{"version":1,"language":"en","theme":"dark","uiScale":"2"}'],
    ['9', '{"version":1,"language":"en","theme":"dark","uiScale":9}'],
  ])('a uiScale of %s resets to 1 (not clamped to 3 or 0.5); the valid keys are kept', async (_why, text) => {
    expect(parseSettingsFile(text)).toEqual({ ...DEFAULT_SETTINGS, language: 'en', theme: 'dark', uiScale: 1 });
    await writeFile(file(), text);
    const { store, status } = await openSettingsStore(dir);
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, language: 'en', theme: 'dark', uiScale: 1 });
    // Reported, and the original kept for inspection.
    expect(status).toBe('recovered-from-corrupt');
    expect(await readFile(`${file()}.bak`, 'utf8')).toBe(text);
  });

  it('a wrong-typed theme or language resets only that key', () => {
    expect(parseSettingsFile('{"language":7,"theme":"dark","uiScale":2}')).toEqual({ ...DEFAULT_SETTINGS, language: null, theme: 'dark', uiScale: 2 });
    expect(parseSettingsFile('{"language":"en","theme":{"x":1},"uiScale":2}')).toEqual({ ...DEFAULT_SETTINGS, language: 'en', theme: 'light', uiScale: 2 });
  });

  it('a huge settings file is not read whole: defaults, and the app still opens', async () => {
    const huge = `{"version":1,"theme":"dark","pad":"${'x'.repeat(MAX_SETTINGS_FILE_BYTES + 10)}"}`;
    await writeFile(file(), huge);
    const { store, status } = await openSettingsStore(dir);
    expect(status).toBe('recovered-from-corrupt');
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(parseSettingsFile(huge)).toBeNull();
  });
});

describe('folded sidebar and side panels (issue 9: layout remembered across restarts)', () => {
  it('the three words are the renderer ones (shared/fold-preference.ts)', () => {
    expect([...settingsSchema.shape.sidebarCollapsed.unwrap().options]).toEqual([...FOLD_PREFERENCES]);
    expect([...settingsSchema.shape.panelsCollapsed.unwrap().options]).toEqual([...FOLD_PREFERENCES]);
    expect(DEFAULT_SETTINGS.sidebarCollapsed).toBe('auto');
    expect(DEFAULT_SETTINGS.panelsCollapsed).toBe('auto');
  });

  it('round-trips an explicit choice (and a return to auto) through the file', async () => {
    const { store } = await openSettingsStore(dir);
    expect(await store.update({ sidebarCollapsed: 'open' })).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, sidebarCollapsed: 'open' } });
    await store.update({ panelsCollapsed: 'folded' });
    let reopened = await openSettingsStore(dir);
    expect(reopened.status).toBe('loaded');
    expect(reopened.store.get()).toEqual({ ...DEFAULT_SETTINGS, sidebarCollapsed: 'open', panelsCollapsed: 'folded' });
    await reopened.store.update({ sidebarCollapsed: 'auto' });
    reopened = await openSettingsStore(dir);
    expect(reopened.store.get()).toEqual({ ...DEFAULT_SETTINGS, sidebarCollapsed: 'auto', panelsCollapsed: 'folded' });
  });

  it('a file from before the folds existed loads as auto, and is not corrupt', async () => {
    await writeFile(file(), '{"version":1,"language":"en","theme":"dark","uiScale":1.5}');
    const { store, status } = await openSettingsStore(dir);
    expect(status).toBe('loaded');
    expect(store.get()).toEqual({ language: 'en', theme: 'dark', uiScale: 1.5, sidebarCollapsed: 'auto', panelsCollapsed: 'auto' });
  });

  it('migrates the old booleans: true → folded, false → auto; not reported as corrupt, no backup', async () => {
    expect(parseSettingsFile('{"version":1,"sidebarCollapsed":true,"panelsCollapsed":false}')).toEqual({ ...DEFAULT_SETTINGS, sidebarCollapsed: 'folded', panelsCollapsed: 'auto' });
    expect(parseSettingsFile('{"version":1,"sidebarCollapsed":false,"panelsCollapsed":true}')).toEqual({ ...DEFAULT_SETTINGS, sidebarCollapsed: 'auto', panelsCollapsed: 'folded' });
    await writeFile(file(), '{"version":1,"language":"zh-CN","theme":"projector","uiScale":1,"sidebarCollapsed":true,"panelsCollapsed":false}');
    const { store, status } = await openSettingsStore(dir);
    expect(status).toBe('loaded');
    expect(await readdir(dir)).toEqual([SETTINGS_FILE_NAME]);
    expect(store.get()).toEqual({ language: 'zh-CN', theme: 'projector', uiScale: 1, sidebarCollapsed: 'folded', panelsCollapsed: 'auto' });
    // The next write stores the new words.
    await store.update({ theme: 'dark' });
    expect(JSON.parse(await readFile(file(), 'utf8'))).toMatchObject({ sidebarCollapsed: 'folded', panelsCollapsed: 'auto' });
  });

  it.each([['"true"'], ['"Auto"'], ['"closed"'], ['1'], ['null'], ['{}'], ['[true]']])('a fold of %s resets that key only, and is reported', async (bad) => {
    const text = `{"version":1,"language":"zh-CN","theme":"projector","uiScale":2,"sidebarCollapsed":${bad},"panelsCollapsed":"folded"}`;
    expect(parseSettingsFile(text)).toEqual({ language: 'zh-CN', theme: 'projector', uiScale: 2, sidebarCollapsed: 'auto', panelsCollapsed: 'folded' });
    await writeFile(file(), text);
    const { store, status } = await openSettingsStore(dir);
    expect(status).toBe('recovered-from-corrupt');
    expect(store.get().sidebarCollapsed).toBe('auto');
    expect(store.get().panelsCollapsed).toBe('folded');
  });

  it('refuses a fold outside the three words in an update (old booleans included) as a value', async () => {
    const { store } = await openSettingsStore(dir);
    for (const bad of ['yes', true, false, null]) {
      const result = await store.update({ panelsCollapsed: bad as unknown as 'auto' });
      expect(result.ok).toBe(false);
    }
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
  });
});
