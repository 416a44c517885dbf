/**
 * The user's settings, persisted as JSON in Electron's userData directory.
 *
 * Missing fields take their defaults (older files keep working); a file that is not JSON or holds
 * invalid values is treated as corrupt: it is kept as `settings.json.bak` for inspection and the
 * app starts with defaults instead of refusing to open. Writes are atomic.
 */
import { copyFile, open } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { settingsSchema } from '../ipc/contract';
import type { Settings, SettingsPatch } from '../ipc/contract';
import { DEFAULT_FOLD_PREFERENCE, readFoldPreference } from '../../shared/fold-preference';
import { ok, err } from '../../shared/result';
import type { Result } from '../../shared/result';
import type { LocalizedText } from '../../shared/text';
import { backupPathFor, writeFileAtomic } from './atomic-write';

export const SETTINGS_FILE_NAME = 'settings.json';

/** What a fresh install starts with; `language: null` follows the OS language. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({ language: null, theme: 'light', uiScale: 1, sidebarCollapsed: DEFAULT_FOLD_PREFERENCE, panelsCollapsed: DEFAULT_FOLD_PREFERENCE });

/** The on-disk format. `version` leaves room for migrations. */
const settingsFileSchema = z.object({
  version: z.literal(1).default(1),
  language: settingsSchema.shape.language.default(DEFAULT_SETTINGS.language),
  theme: settingsSchema.shape.theme.default(DEFAULT_SETTINGS.theme),
  uiScale: settingsSchema.shape.uiScale.default(DEFAULT_SETTINGS.uiScale),
  sidebarCollapsed: settingsSchema.shape.sidebarCollapsed,
  panelsCollapsed: settingsSchema.shape.panelsCollapsed,
});

const INVALID_SETTINGS: LocalizedText = {
  en: 'These settings are out of range and were not applied.',
  'zh-CN': '设置值超出允许范围，未被应用。',
};

const SETTINGS_NOT_SAVED: LocalizedText = {
  en: 'Your settings could not be saved (the profile folder may be read-only or full).',
  'zh-CN': '无法保存设置（用户配置文件夹可能只读或已满）。',
};

export type SettingsLoadStatus = 'missing' | 'loaded' | 'recovered-from-corrupt';

export interface SettingsStore {
  /** The current settings (after `load`). */
  get(): Settings;
  /**
   * Applies a patch and persists it. On failure (invalid value, disk full, read-only profile) the
   * current settings are unchanged and the reason comes back as a value.
   */
  update(patch: SettingsPatch): Promise<Result<Settings, LocalizedText>>;
  /** Where the file lives (for diagnostics). */
  readonly filePath: string;
}

/**
 * Parses the text of a settings file.
 * @returns the settings, or null if the text is not valid JSON or holds invalid values
 */
export function parseSettingsFile(text: string): Settings | null {
  return parseSettingsFileDetailed(text)?.settings ?? null;
}

/**
 * Like `parseSettingsFile`, and says whether any key had to be reset. Each key is checked on its
 * own: a wrong-typed or out-of-range value (uiScale 1e9) resets THAT key to its default — never
 * clamped — and the others are kept. Null only when the text is not a JSON object of version 1.
 */
export function parseSettingsFileDetailed(text: string): { settings: Settings; reset: boolean } | null {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const o = raw as Record<string, unknown>;
  const field = (k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);
  if (!settingsFileSchema.shape.version.safeParse(field('version')).success) return null;
  let reset = false;
  const pick = <T>(schema: z.ZodType<T>, value: unknown, fallback: T): T => {
    if (value === undefined) return fallback;
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    reset = true;
    return fallback;
  };
  // The folds: 'auto' | 'open' | 'folded', or a boolean from a file written before 'auto' existed
  // (true → 'folded', false → 'auto': shared/fold-preference.ts says why). A migrated boolean is
  // not a reset; anything else is, for that key alone.
  const fold = (value: unknown, fallback: Settings['sidebarCollapsed']): Settings['sidebarCollapsed'] => {
    if (value === undefined) return fallback;
    const r = readFoldPreference(value);
    if (r !== null) return r;
    reset = true;
    return fallback;
  };
  const settings: Settings = {
    language: pick(settingsSchema.shape.language, field('language'), DEFAULT_SETTINGS.language),
    theme: pick(settingsSchema.shape.theme, field('theme'), DEFAULT_SETTINGS.theme),
    uiScale: pick(settingsSchema.shape.uiScale, field('uiScale'), DEFAULT_SETTINGS.uiScale),
    sidebarCollapsed: fold(field('sidebarCollapsed'), DEFAULT_SETTINGS.sidebarCollapsed),
    panelsCollapsed: fold(field('panelsCollapsed'), DEFAULT_SETTINGS.panelsCollapsed),
  };
  return { settings, reset };
}

/** A settings file is a few hundred bytes; anything larger is not ours and is never read whole. */
export const MAX_SETTINGS_FILE_BYTES = 64 * 1024;

/** Reads at most `max` bytes + 1 of the file (enough to know it is too large). */
async function readCapped(filePath: string, max: number): Promise<string> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(max + 1);
    const { bytesRead } = await handle.read(buffer, 0, max + 1, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** The file contents for `settings` (pretty-printed so a curious user can read it). */
export function serializeSettings(settings: Settings): string {
  return `${JSON.stringify({ version: 1, ...settings }, null, 2)}\n`;
}

/**
 * Loads (or creates) the store for `dir` (Electron: `app.getPath('userData')`).
 * Never throws on a missing or corrupt file; a read error other than "missing" is treated as corrupt.
 */
export async function openSettingsStore(dir: string): Promise<{ store: SettingsStore; status: SettingsLoadStatus }> {
  const filePath = path.join(dir, SETTINGS_FILE_NAME);
  let current: Settings = DEFAULT_SETTINGS;
  let status: SettingsLoadStatus = 'missing';
  let text: string | null = null;
  try {
    text = await readCapped(filePath, MAX_SETTINGS_FILE_BYTES);
  } catch (error) {
    const missing = typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
    status = missing ? 'missing' : 'recovered-from-corrupt';
  }
  if (text !== null) {
    const parsed = parseSettingsFileDetailed(text);
    if (parsed === null || parsed.reset) {
      // Kept for inspection; the valid keys (if any) are still used.
      status = 'recovered-from-corrupt';
      await copyFile(filePath, backupPathFor(filePath)).catch(() => undefined);
    } else {
      status = 'loaded';
    }
    if (parsed !== null) current = parsed.settings;
  }

  // Writes are chained so two quick updates cannot interleave their renames out of order.
  let queue: Promise<unknown> = Promise.resolve();
  const store: SettingsStore = {
    filePath,
    get: () => current,
    update(patch) {
      // Merged inside the queue so each update builds on the one before it, even when the
      // renderer fires several without awaiting.
      const run = queue.then(async (): Promise<Result<Settings, LocalizedText>> => {
        const parsed = settingsSchema.safeParse({ ...current, ...stripUndefined(patch) });
        if (!parsed.success) return err(INVALID_SETTINGS);
        try {
          await writeFileAtomic(filePath, serializeSettings(parsed.data));
        } catch {
          return err(SETTINGS_NOT_SAVED);
        }
        current = parsed.data;
        return ok(parsed.data);
      });
      queue = run;
      return run;
    },
  };
  return { store, status };
}

function stripUndefined(patch: SettingsPatch): Partial<Settings> {
  const out: Partial<Settings> = {};
  if (patch.language !== undefined) out.language = patch.language;
  if (patch.theme !== undefined) out.theme = patch.theme;
  if (patch.uiScale !== undefined) out.uiScale = patch.uiScale;
  if (patch.sidebarCollapsed !== undefined) out.sidebarCollapsed = patch.sidebarCollapsed;
  if (patch.panelsCollapsed !== undefined) out.panelsCollapsed = patch.panelsCollapsed;
  return out;
}
