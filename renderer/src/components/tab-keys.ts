/**
 * Keyboard for tab lists (the ARIA tabs pattern): ← / → move to the previous / next tab and wrap,
 * Home / End to the first / last. One rule for every tab list in the app.
 */

/** The tab a key moves to from `current`, or null when the key is not a tab-list key. */
export function tabForKey<T>(tabs: readonly T[], current: T, key: string): T | null {
  const n = tabs.length;
  if (n === 0) return null;
  const i = Math.max(0, tabs.indexOf(current));
  switch (key) {
    case 'ArrowRight':
      return tabs[(i + 1) % n] ?? null;
    case 'ArrowLeft':
      return tabs[(i + n - 1) % n] ?? null;
    case 'Home':
      return tabs[0] ?? null;
    case 'End':
      return tabs[n - 1] ?? null;
    default:
      return null;
  }
}

/**
 * A keydown handler for a `role="tablist"` element: selects the tab the key moves to and moves the
 * focus to its button (the list's `role="tab"` children, in the same order as `tabs`).
 */
export function tabListKeydown<T>(tabs: readonly T[], current: () => T, select: (tab: T) => void): (e: KeyboardEvent) => void {
  return (e) => {
    const next = tabForKey(tabs, current(), e.key);
    if (next === null) return;
    e.preventDefault();
    select(next);
    const buttons = (e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="tab"]');
    buttons[tabs.indexOf(next)]?.focus();
  };
}
