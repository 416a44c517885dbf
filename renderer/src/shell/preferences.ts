/**
 * The user's shell preferences and the pure rules around them: defaults, validation of whatever
 * was stored (a corrupt or foreign value falls back to the default for that field only), and the
 * UI-scale steps used by Ctrl/Cmd +/−.
 */
import { DEFAULT_FOLD_PREFERENCE, readFoldPreference, type FoldPreference } from '$shared/fold-preference';
import type { Locale } from '$shared/text';

export type { FoldPreference } from '$shared/fold-preference';

export type Theme = 'light' | 'dark' | 'projector';
export const THEMES: readonly Theme[] = ['light', 'dark', 'projector'];

export interface Preferences {
  /** null until the user picks one: then the OS language decides. */
  readonly language: Locale | null;
  readonly theme: Theme;
  /** Multiplies every size in the UI (rem-based); 1 = 16 px text. */
  readonly uiScale: number;
  /**
   * The chapter sidebar folded to a narrow rail (Ctrl/Cmd+\), so the figures get its width:
   * 'auto' folds it on a narrow window (auto-fold.ts), 'open'/'folded' is the user's own choice.
   */
  readonly sidebarCollapsed: FoldPreference;
  /**
   * Every scene's side panel (explorer, limits, derivatives) folded to a rail (Ctrl/Cmd+Shift+\):
   * one setting for all, since a presenter who wants the room wants it in every chapter.
   */
  readonly panelsCollapsed: FoldPreference;
}

export const DEFAULT_PREFERENCES: Preferences = { language: null, theme: 'light', uiScale: 1, sidebarCollapsed: DEFAULT_FOLD_PREFERENCE, panelsCollapsed: DEFAULT_FOLD_PREFERENCE };

/** Browser-like zoom steps, so three presses of Ctrl + reach a size a lecture hall can read. */
export const UI_SCALE_STEPS: readonly number[] = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];

export function clampScale(s: number): number {
  if (!Number.isFinite(s)) return 1;
  return Math.min(3, Math.max(0.5, s));
}

/** The next step up (+1) or down (−1) from the current scale, even if it sits between steps. */
export function stepScale(current: number, direction: 1 | -1): number {
  const c = clampScale(current);
  const eps = 1e-9;
  if (direction > 0) return UI_SCALE_STEPS.find((s) => s > c + eps) ?? 3;
  const below = UI_SCALE_STEPS.filter((s) => s < c - eps);
  return below[below.length - 1] ?? 0.5;
}

/** The root font size (1 rem) the app sets (App.svelte): 16 px, 20 px in the projector theme, times the UI scale. */
export function remPx(theme: Theme, uiScale: number): number {
  return (theme === 'projector' ? 20 : 16) * uiScale;
}

/** The range a stored scale must lie in to be used at all (the Ctrl/Cmd +/− steps' range). */
export const UI_SCALE_MIN = 0.5;
export const UI_SCALE_MAX = 3;

/**
 * Keeps each valid field of an untrusted stored value; anything else (wrong type, out of range,
 * inherited rather than own) takes ITS default. Out-of-range values are reset, not clamped: a
 * stored scale of 1e9 or −5 is corruption, and clamping it would open the app at 300 % or 50 %.
 */
export function sanitizePreferences(raw: unknown): Preferences {
  const o = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const field = (k: keyof Preferences): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);
  const lang = field('language');
  const language = lang === 'en' || lang === 'zh-CN' ? lang : DEFAULT_PREFERENCES.language;
  const th = field('theme');
  const theme = typeof th === 'string' && THEMES.includes(th as Theme) ? (th as Theme) : DEFAULT_PREFERENCES.theme;
  const s = field('uiScale');
  const uiScale = typeof s === 'number' && Number.isFinite(s) && s >= UI_SCALE_MIN && s <= UI_SCALE_MAX ? s : DEFAULT_PREFERENCES.uiScale;
  // One of the three words, or a boolean from before 'auto' existed (true → 'folded', false →
  // 'auto'; see readFoldPreference); "true", 1 or {} from a hand-edited file are no choice at all.
  const sidebarCollapsed = readFoldPreference(field('sidebarCollapsed')) ?? DEFAULT_PREFERENCES.sidebarCollapsed;
  const panelsCollapsed = readFoldPreference(field('panelsCollapsed')) ?? DEFAULT_PREFERENCES.panelsCollapsed;
  return { language, theme, uiScale, sidebarCollapsed, panelsCollapsed };
}
