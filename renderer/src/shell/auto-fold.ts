/**
 * When the chapter sidebar and the side panels fold by themselves (their preference is 'auto'),
 * and what a press of a fold button stores (issue 9). Pure: the shell feeds it the window's size
 * and the theme, and re-reads it on every resize.
 *
 * Measured (explorer / graph canvas / limits plot / derivatives plot, share of the window's width
 * with the chapter list open → folded; panels open):
 *   1024×768   light 44/50/43/48 % → 59/51/58/63 %   projector 43/41/32/36 % → 54/59/51/54 %
 *   1280×720   light 48/41/44/51 % → 63/56/60/66 %   projector 44/50/43/48 % → 59/51/58/63 %
 *   1440×900   light 53/47/50/53 % → 67/61/64/67 %   projector 44/52/44/50 % → 59/53/59/66 %
 *   1920×1080  light 65/60/63/65 % → 76/71/73/76 %   projector 56/51/54/56 % → 69/64/67/69 %
 * Every layout is in rem, so the window's width in rem decides. Below 88 rem (1408 px at 16 px
 * text, 1760 px in the projector theme) the open list leaves the figures about half the window or
 * less; folded, they get 51–67 %. So 1024/1280/1366-px screens and the projector theme up to
 * 1440 px start folded; a 1440-px laptop in the light theme and 1920-px screens keep the list.
 *
 * The panels hold each chapter's controls (the descent race, the limit's ε and δ): folding them
 * would hide what a lecture is run with, and the scenes already narrow them (16 rem below a 44-rem
 * scene) and put them under the figure below 34 rem, so the figure keeps about half the width at
 * every size. 'auto' therefore keeps them open; folding them is the user's call, remembered.
 */
import { remPx, type FoldPreference, type Theme } from './preferences';

/** Below this window width (in rem) the chapter list folds by itself. */
export const SIDEBAR_AUTO_FOLD_BELOW_REM = 88;

export interface WindowSize {
  readonly width: number;
  readonly height: number;
}

/** What 'auto' shows for a window: true = folded. Height does not enter: the list scrolls on its own. */
export function autoFolds(kind: 'sidebar' | 'panels', size: WindowSize, theme: Theme, uiScale: number): boolean {
  if (kind === 'panels') return false;
  const rem = remPx(theme, uiScale);
  if (!(size.width > 0) || !(rem > 0)) return false;
  return size.width / rem < SIDEBAR_AUTO_FOLD_BELOW_REM;
}

/** Folded or not, given the preference and what 'auto' would show now. */
export function isFolded(pref: FoldPreference, autoFolded: boolean): boolean {
  return pref === 'auto' ? autoFolded : pref === 'folded';
}

/**
 * The preference after the fold button (or its shortcut) is pressed: the opposite of what is
 * shown, as the user's explicit choice — unless that is what 'auto' shows at this size, in which
 * case the preference returns to 'auto'. So a press always flips what is on screen, an unfold on
 * a projector is remembered, and folding it there again (or unfolding a list folded on a wide
 * screen) hands the choice back to the window: no separate "automatic" setting to find.
 */
export function toggledFold(pref: FoldPreference, autoFolded: boolean): FoldPreference {
  const next = !isFolded(pref, autoFolded);
  if (next === autoFolded) return 'auto';
  return next ? 'folded' : 'open';
}
