/**
 * How the chapter sidebar and the scenes' side panels are folded (issue 9): 'auto' lets the window's
 * width decide (folded on a small projector, open on a wide screen, following live resizes);
 * 'open' and 'folded' are a choice the user made with the fold button or its shortcut, kept across
 * restarts. Shared by the renderer's preferences and the Electron settings file, so both read a
 * stored value — including the booleans written before the third state existed — the same way.
 */
export type FoldPreference = 'auto' | 'open' | 'folded';

export const FOLD_PREFERENCES: readonly FoldPreference[] = ['auto', 'open', 'folded'];

/** A fresh install, and any value that is not ours, follows the window. */
export const DEFAULT_FOLD_PREFERENCE: FoldPreference = 'auto';

/**
 * Reads a stored value. Booleans are the format before 'auto' existed: `true` could only come from
 * the user folding it, so it stays 'folded'; `false` was both the untouched default and an unfold
 * (the old app wrote every key on every save, so everyone who ever changed the language has it),
 * so it becomes 'auto' — pinning it to 'open' would deny nearly every existing user the automatic
 * fold on a small projector, and costs the rare deliberate unfolder at most one click.
 * @returns null for anything else (wrong type, unknown word): the caller resets that key alone.
 */
export function readFoldPreference(value: unknown): FoldPreference | null {
  if (value === true) return 'folded';
  if (value === false) return 'auto';
  return typeof value === 'string' && (FOLD_PREFERENCES as readonly string[]).includes(value) ? (value as FoldPreference) : null;
}
