import { describe, expect, it } from 'vitest';
import { desktopBackend, localStorageBackend } from './preferences-backend';

function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('localStorageBackend', () => {
  it('round-trips preferences', async () => {
    const s = fakeStorage();
    const b = localStorageBackend(s);
    const p = { language: 'zh-CN', theme: 'dark', uiScale: 1.25, sidebarCollapsed: 'open', panelsCollapsed: 'folded' } as const;
    await b.save(p);
    expect(await b.load()).toEqual(p);
  });
  it('survives a corrupt entry with defaults', async () => {
    const b = localStorageBackend(fakeStorage({ 'gradient-lab.preferences.v1': '{not json' }));
    expect(await b.load()).toEqual({ language: null, theme: 'light', uiScale: 1, sidebarCollapsed: 'auto', panelsCollapsed: 'auto' });
  });
  it('migrates the booleans stored before the folds had an automatic state', async () => {
    const b = localStorageBackend(fakeStorage({ 'gradient-lab.preferences.v1': '{"language":"en","theme":"projector","uiScale":1,"sidebarCollapsed":true,"panelsCollapsed":false}' }));
    expect(await b.load()).toEqual({ language: 'en', theme: 'projector', uiScale: 1, sidebarCollapsed: 'folded', panelsCollapsed: 'auto' });
  });
  it('survives a storage that throws on write', async () => {
    const b = localStorageBackend({ getItem: () => null, setItem: () => { throw new Error('QuotaExceeded'); } });
    await expect(b.save({ language: 'en', theme: 'light', uiScale: 1, sidebarCollapsed: 'auto', panelsCollapsed: 'auto' })).resolves.toBeUndefined();
  });
});

describe('desktopBackend', () => {
  it('loads the folds the main process stored, sanitised', async () => {
    const stored = { language: 'en', theme: 'light', uiScale: 1, sidebarCollapsed: 'folded', panelsCollapsed: 'yes' };
    const b = desktopBackend({ getSettings: async () => ({ ok: true, value: stored }), setSettings: async () => ({ ok: true, value: {} }) });
    expect(await b.load()).toEqual({ language: 'en', theme: 'light', uiScale: 1, sidebarCollapsed: 'folded', panelsCollapsed: 'auto' });
  });
  it('saves the flags with the rest of the preferences', async () => {
    const sent: unknown[] = [];
    const b = desktopBackend({
      getSettings: async () => ({ ok: false, error: 'x' }),
      setSettings: async (p) => {
        sent.push(p);
        return { ok: true, value: p };
      },
    });
    expect(await b.load()).toEqual({ language: null, theme: 'light', uiScale: 1, sidebarCollapsed: 'auto', panelsCollapsed: 'auto' });
    const p = { language: null, theme: 'dark', uiScale: 1, sidebarCollapsed: 'folded', panelsCollapsed: 'open' } as const;
    await b.save(p);
    expect(sent).toEqual([p]);
  });
});
