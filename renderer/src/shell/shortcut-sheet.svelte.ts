/**
 * Whether the shortcut sheet is open, shared by the sheet (App.svelte mounts it once) and the
 * buttons that open it (the 3D view's keyboard button). The "?" key opens it from anywhere.
 */
class SheetState {
  open = $state(false);
  /** The element focused when the sheet opened; focus returns there when it closes. */
  opener: HTMLElement | null = null;

  show(): void {
    if (this.open) return;
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.open = true;
  }
}

export const shortcutSheet = new SheetState();
