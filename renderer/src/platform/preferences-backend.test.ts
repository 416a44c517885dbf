import { describe, expect, it } from 'vitest';
import { localStorageBackend } from './preferences-backend';

function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('localStorageBackend', () => {
  it('round-trips preferences', async () => {
    const s = fakeStorage();
    const b = localStorageBackend(s);
    await b.save({ language: 'zh-CN', theme: 'dark', uiScale: 1.25 });
    expect(await b.load()).toEqual({ language: 'zh-CN', theme: 'dark', uiScale: 1.25 });
  });
  it('survives a corrupt entry with defaults', async () => {
    const b = localStorageBackend(fakeStorage({ 'gradient-lab.preferences.v1': '{not json' }));
    expect(await b.load()).toEqual({ language: null, theme: 'light', uiScale: 1 });
  });
  it('survives a storage that throws on write', async () => {
    const b = localStorageBackend({ getItem: () => null, setItem: () => { throw new Error('QuotaExceeded'); } });
    await expect(b.save({ language: 'en', theme: 'light', uiScale: 1 })).resolves.toBeUndefined();
  });
});
