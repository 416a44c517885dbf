/**
 * Lecture mode's keyboard: what a presentation clicker and a keyboard send, as commands. Clickers
 * send PageDown/PageUp (some → / ←), "B" or "." to blank the screen, and F5/Esc to start and stop
 * a slideshow. Arrow keys, Space, Home and End belong to whatever has focus when that is a text
 * field, a slider or an interactive figure (the 3D view orbits with the arrows), so they step the
 * lecture only when focus is elsewhere; PageDown/PageUp always do.
 */
export type LectureCommand =
  | { readonly kind: 'start' }
  | { readonly kind: 'exit' }
  | { readonly kind: 'next' }
  | { readonly kind: 'prev' }
  | { readonly kind: 'first' }
  | { readonly kind: 'last' }
  | { readonly kind: 'digit'; readonly digit: number }
  | { readonly kind: 'jump' }
  | { readonly kind: 'black' }
  | { readonly kind: 'white' };

export interface LectureKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  /** The focused element takes arrows, Space, Home/End and digits itself (input, slider, figure). */
  readonly focusWantsKeys: boolean;
}

export function lectureCommandForKey(e: LectureKey, active: boolean): LectureCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (!active) return e.key === 'F5' ? { kind: 'start' } : null;
  switch (e.key) {
    case 'PageDown':
      return { kind: 'next' };
    case 'PageUp':
      return { kind: 'prev' };
    case 'Escape':
      return { kind: 'exit' };
    case 'F5':
      return null;
  }
  if (e.focusWantsKeys) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'n':
    case 'N':
      return e.key === ' ' && e.shiftKey ? { kind: 'prev' } : { kind: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'Backspace':
    case 'p':
    case 'P':
      return { kind: 'prev' };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'Enter':
      return { kind: 'jump' };
    case 'b':
    case 'B':
    case '.':
      return { kind: 'black' };
    case 'w':
    case 'W':
    case ',':
      return { kind: 'white' };
  }
  if (/^[0-9]$/.test(e.key)) return { kind: 'digit', digit: Number(e.key) };
  return null;
}

/** Whether a focused element handles arrows, Space, Home/End and digits itself. */
export function focusWantsKeys(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  const role = el.getAttribute('role');
  if (role === 'slider' || role === 'spinbutton' || role === 'application' || role === 'listbox' || role === 'tab' || role === 'radio') return true;
  // Interactive figures (the 3D view, the plots) mark themselves.
  return el.closest('[data-keys="own"]') !== null;
}
