/**
 * Whether a pointer button is held anywhere in the page, and a way to put work off until it is
 * released. The URL writer uses it (issue 9): rewriting the address bar between the moves of a
 * slider or orbit drag costs the browser process a repaint per write, which under software
 * rendering was most of its CPU per drag frame; the link only needs to be right once the drag ends.
 */
export class PointerHold {
  #held = false;
  #waiting: (() => void) | null = null;

  get held(): boolean {
    return this.#held;
  }

  /** Runs `fn` now, or once the held pointer is released (a later call replaces an earlier one). */
  whenReleased(fn: () => void): void {
    if (this.#held) this.#waiting = fn;
    else fn();
  }

  /** Drops the work waiting for the release. */
  cancel(): void {
    this.#waiting = null;
  }

  press(): void {
    this.#held = true;
  }

  release(): void {
    if (!this.#held) return;
    this.#held = false;
    const fn = this.#waiting;
    this.#waiting = null;
    fn?.();
  }

  /**
   * Follows the page's pointers (capture phase, so no handler can hide a press or release). A move
   * with no button down and the window losing focus also count as a release, so a release the
   * page never saw (outside the window) cannot hold the work back for good.
   */
  attach(target: EventTarget): () => void {
    const down = (): void => this.press();
    const up = (): void => this.release();
    const move = (e: Event): void => {
      if ((e as PointerEvent).buttons === 0) this.release();
    };
    // Elements' blur events pass through the capture phase too: only the window's own counts.
    const blur = (e: Event): void => {
      if (e.target === target) this.release();
    };
    const opts = { capture: true, passive: true } as const;
    target.addEventListener('pointerdown', down, opts);
    target.addEventListener('pointerup', up, opts);
    target.addEventListener('pointercancel', up, opts);
    target.addEventListener('pointermove', move, opts);
    target.addEventListener('blur', blur, opts);
    return () => {
      target.removeEventListener('pointerdown', down, opts);
      target.removeEventListener('pointerup', up, opts);
      target.removeEventListener('pointercancel', up, opts);
      target.removeEventListener('pointermove', move, opts);
      target.removeEventListener('blur', blur, opts);
    };
  }
}
