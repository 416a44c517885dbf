/**
 * The graph scene's own keys (N, F, undo/redo, delete), matched through the app's one shortcut
 * table (shell/shortcuts.ts, scope 'graph') so the "?" sheet lists exactly what this does.
 * They act only while the graph is the chapter on screen and focus is not in a text field or a
 * dialog: N typed in the explorer, in a formula or over the shortcut sheet must not step the
 * graph hidden behind it.
 */
import { matchShortcut, SHORTCUTS, type KeyLike } from '../../shell/shortcuts';

export type GraphCommand = 'graph-step' | 'graph-fit' | 'graph-undo' | 'graph-redo';

const COMMANDS: readonly GraphCommand[] = ['graph-step', 'graph-fit', 'graph-undo', 'graph-redo'];

export interface GraphKeyContext {
  /** The graph scene is the chapter shown. */
  readonly visible: boolean;
  /** Focus is in a text field or a dialog (see `keysBelongElsewhere`). */
  readonly focusElsewhere: boolean;
  /** Another handler (the lecture's clicker keys) already took the key. */
  readonly handled: boolean;
}

export function graphCommandForKey(e: KeyLike, ctx: GraphKeyContext): GraphCommand | null {
  if (!ctx.visible || ctx.focusElsewhere || ctx.handled) return null;
  const id = matchShortcut('graph', e)?.id;
  return COMMANDS.find((c) => c === id) ?? null;
}

/** Input types that take no typed text: a letter pressed on them is free for a shortcut. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset', 'image']);

/** The parts of a focused element the check reads (an Element, or a stand-in in tests). */
export interface FocusLike {
  readonly tagName: string;
  readonly type?: string;
  readonly isContentEditable?: boolean;
  closest(selector: string): unknown;
}

/** Whether the focused element types text or sits in a dialog, so letters are not shortcuts. */
export function keysBelongElsewhere(el: FocusLike | null): boolean {
  if (!el) return false;
  const tag = el.tagName.toUpperCase();
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((el.type ?? 'text').toLowerCase());
  if (tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable === true) return true;
  return el.closest('dialog, [role="dialog"], [role="alertdialog"]') !== null;
}

/**
 * The keys xyflow deletes the selection with (its own window-wide listener): the table's row, but
 * none while the graph is hidden (Backspace in the explorer would delete graph nodes unseen), and
 * not Backspace in lecture mode, where it is the clicker's "previous step".
 */
export function graphDeleteKeys(visible: boolean, lecture: boolean): string[] | null {
  if (!visible) return null;
  const keys = SHORTCUTS.find((s) => s.id === 'graph-delete')?.keys ?? [];
  const out = keys.filter((k) => !(lecture && k === 'Backspace'));
  return out.length > 0 ? [...out] : null;
}
