/**
 * The shell's reactive state: preferences (language, theme, UI scale) and the open chapter.
 * `createShell()` provides it to the component tree and `useShell()` reads it; using it outside
 * the provider is a programming error and says so (threlte's context pattern, DESIGN.md §5).
 */
import { getContext, setContext } from 'svelte';
import { innerHeight, innerWidth } from 'svelte/reactivity/window';
import type { Expr } from '$shared/expr/ast';
import type { Locale } from '$shared/text';
import type { MessageKey } from '../i18n/messages';
import { messageCatalog } from '../i18n/catalog.svelte';
import { format } from '../i18n/format';
import { chapterById, FIRST_CHAPTER, type Chapter } from './chapters';
import { DEFAULT_PREFERENCES, clampScale, stepScale, type Preferences, type Theme } from './preferences';
import type { PreferencesBackend } from '../platform/preferences-backend';
import { autoFolds, isFolded, toggledFold } from './auto-fold';

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

  /**
   * What the folds' 'auto' shows for the window as it is now: a reactive read of its size (and of
   * the theme and UI scale, which set the rem), so a resize folds or unfolds the chapter list live.
   */
  autoFolded(kind: 'sidebar' | 'panels'): boolean {
    return autoFolds(kind, { width: innerWidth.current ?? 0, height: innerHeight.current ?? 0 }, this.theme, this.prefs.uiScale);
  }

  /** The chapter sidebar is folded to its rail: the user's choice, else the window's width decides. */
  get sidebarFolded(): boolean {
    return isFolded(this.prefs.sidebarCollapsed, this.autoFolded('sidebar'));
  }

  /** Every scene's side panel is folded to its rail. */
  get panelsFolded(): boolean {
    return isFolded(this.prefs.panelsCollapsed, this.autoFolded('panels'));
  }

  /** Folds or unfolds the chapter sidebar; remembered, unless that is what 'auto' shows here (auto-fold.ts). */
  toggleSidebar(): void {
    this.update({ sidebarCollapsed: toggledFold(this.prefs.sidebarCollapsed, this.autoFolded('sidebar')) });
  }

  /** Folds or unfolds every scene's side panel, remembered the same way. */
  togglePanels(): void {
    this.update({ panelsCollapsed: toggledFold(this.prefs.panelsCollapsed, this.autoFolded('panels')) });
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
