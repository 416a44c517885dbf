/**
 * Ctrl/Cmd+\ folds the chapter sidebar, Ctrl/Cmd+Shift+\ every scene's side panel (issue 9).
 * Matched on the physical key (`code`) as well as the character, so a keyboard layout whose
 * backslash sits elsewhere (or needs AltGr) still has the Backslash key do it.
 */
export interface LayoutKey {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

export type LayoutCommand = 'toggle-sidebar' | 'toggle-panels';

/** The shortcuts as the UI shows them (tooltips, the shortcut sheet). */
export const LAYOUT_SHORTCUTS: Readonly<Record<LayoutCommand, string>> = {
  'toggle-sidebar': 'Ctrl+\\',
  'toggle-panels': 'Ctrl+Shift+\\',
};

export function layoutCommandForKey(e: LayoutKey): LayoutCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const backslash = e.code === 'Backslash' || e.key === '\\' || (e.shiftKey && e.key === '|');
  if (!backslash) return null;
  return e.shiftKey ? 'toggle-panels' : 'toggle-sidebar';
}
