/**
 * Where preferences live: the Electron main process (settings file in userData) when the app runs
 * in Electron, localStorage in the web build. Both are asynchronous so the shell treats them alike.
 */
import { sanitizePreferences, type Preferences } from '../shell/preferences';

export interface PreferencesBackend {
  load(): Promise<Preferences>;
  save(p: Preferences): Promise<void>;
}

const KEY = 'gradient-lab.preferences.v1';

export function localStorageBackend(storage: Pick<Storage, 'getItem' | 'setItem'>): PreferencesBackend {
  return {
    async load() {
      try {
        const raw = storage.getItem(KEY);
        return sanitizePreferences(raw === null ? {} : JSON.parse(raw));
      } catch {
        // A corrupt entry (hand-edited, truncated) must not stop the app from starting.
        return sanitizePreferences({});
      }
    },
    async save(p) {
      try {
        storage.setItem(KEY, JSON.stringify(p));
      } catch {
        // Storage can be full or disabled (private mode); preferences then last for the session only.
      }
    },
  };
}

/** Preferences kept by the Electron main process (settings file in userData, atomic writes). */
export function desktopBackend(api: {
  getSettings(): Promise<{ ok: true; value: unknown } | { ok: false; error: unknown }>;
  setSettings(p: Preferences): Promise<{ ok: true; value: unknown } | { ok: false; error: unknown }>;
}): PreferencesBackend {
  return {
    async load() {
      const r = await api.getSettings();
      return sanitizePreferences(r.ok ? r.value : {});
    },
    async save(p) {
      await api.setSettings(p);
    },
  };
}
