/**
 * The shell's reactive state: preferences (language, theme, UI scale) and the open chapter.
 * `createShell()` provides it to the component tree and `useShell()` reads it; using it outside
 * the provider is a programming error and says so (threlte's context pattern, DESIGN.md §5).
 */
import { getContext, setContext } from 'svelte';
import type { Expr } from '$shared/expr/ast';
import type { Locale } from '$shared/text';
import type { MessageKey } from '../i18n/messages';
import { messageCatalog } from '../i18n/catalog.svelte';
import { format } from '../i18n/format';
import { chapterById, FIRST_CHAPTER, type Chapter } from './chapters';
import { DEFAULT_PREFERENCES, clampScale, stepScale, type Preferences, type Theme } from './preferences';
import type { PreferencesBackend } from '../platform/preferences-backend';

export class ShellState {
  prefs = $state<Preferences>(DEFAULT_PREFERENCES);
  /** A theme in force without being saved (lecture mode's projector theme), or null. */
  themeOverride = $state<Theme | null>(null);
  chapter = $state<Chapter>(FIRST_CHAPTER);
  /**
   * A formula another chapter asked the graph canvas to open (chapter 3's "open as a
   * computational graph"); the canvas takes it once (`seq` tells repeated requests apart).
   */
  graphRequest = $state.raw<GraphRequest | null>(null);
  private graphSeq = 0;
  private readonly backend: PreferencesBackend;
  private readonly osLocale: Locale;

  constructor(backend: PreferencesBackend, osLocale: Locale) {
    this.backend = backend;
    this.osLocale = osLocale;
  }

  /** The language in use: the user's choice, else the OS language. Reactive through `prefs`. */
  get locale(): Locale {
    return this.prefs.language ?? this.osLocale;
  }

  /** The theme on screen: an override in force, else the saved preference. */
  get theme(): Theme {
    return this.themeOverride ?? this.prefs.theme;
  }

  /**
   * Translates a key in the current language; `{name}` placeholders are filled from params. A
   * chapter's keys are there once its pack has loaded (the scene mounts after it); the key itself
   * stands in should one ever be read earlier (and is replaced when the pack arrives).
   */
  t = (key: MessageKey, params?: Readonly<Record<string, string | number>>): string => format(messageCatalog.lookup(this.locale, key) ?? key, params);

  async load(): Promise<void> {
    this.prefs = await this.backend.load();
  }

  private update(patch: Partial<Preferences>): void {
    this.prefs = { ...this.prefs, ...patch };
    void this.backend.save(this.prefs);
  }

  setLanguage(language: Locale): void {
    this.update({ language });
  }

  setTheme(theme: Theme): void {
    this.update({ theme });
  }

  /** Folds or unfolds the chapter sidebar (remembered). */
  setSidebarCollapsed(sidebarCollapsed: boolean): void {
    this.update({ sidebarCollapsed });
  }

  /** Folds or unfolds every scene's side panel (remembered). */
  setPanelsCollapsed(panelsCollapsed: boolean): void {
    this.update({ panelsCollapsed });
  }

  zoom(direction: 1 | -1 | 0): void {
    this.update({ uiScale: direction === 0 ? 1 : clampScale(stepScale(this.prefs.uiScale, direction)) });
  }

  /** Opens chapter 4's canvas on the graph of `expr` (variables in `values`, default 1). */
  openGraph(expr: Expr, values: Readonly<Record<string, number>> = {}): void {
    this.graphRequest = { expr, values, seq: ++this.graphSeq };
    this.openChapter('graphs');
  }

  /** Opens a chapter by id; an unknown id is ignored (links and hashes come from outside). */
  openChapter(id: string): void {
    const c = chapterById(id);
    if (c && c !== this.chapter) this.chapter = c;
  }
}

export interface GraphRequest {
  readonly expr: Expr;
  readonly values: Readonly<Record<string, number>>;
  readonly seq: number;
}

const KEY = Symbol('shell');

export function createShell(backend: PreferencesBackend, osLocale: Locale): ShellState {
  const shell = new ShellState(backend, osLocale);
  setContext(KEY, shell);
  return shell;
}

export function useShell(): ShellState {
  const shell = getContext<ShellState | undefined>(KEY);
  if (!shell) throw new Error('useShell() must be called inside a component below App (createShell provides it).');
  return shell;
}
