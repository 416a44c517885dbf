/**
 * The File menu's shortcuts in the browser: Ctrl/Cmd+N new, +O open, +S save, +Shift+S save as
 * (in the browser, Save As is a download too). Browsers keep Ctrl/Cmd+N for a new window, so that
 * one may never arrive; the menu item always works.
 */
import type { DocumentCommand } from './document-host';

export interface KeyChord {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

export function documentCommandForKey(e: KeyChord): DocumentCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  switch (e.key.toLowerCase()) {
    case 'n':
      return e.shiftKey ? null : { kind: 'new' };
    case 'o':
      return e.shiftKey ? null : { kind: 'open' };
    case 's':
      return e.shiftKey ? { kind: 'save-as' } : { kind: 'save' };
    default:
      return null;
  }
}
