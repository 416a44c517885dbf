/**
 * Whether a panel is in sight, for panels that hold their costly content (typeset formulas, a
 * sampled plot) while scrolled out of sight and catch up as they come back (issue 11: the second
 * slice panel sits below the fold of the side panel at 1440×900, and redrawing it took ~1.5 ms of
 * every formula edit). Seen from the nearest scrolling ancestor, without a margin: a panel comes
 * up to date in the frame after its first pixel scrolls in (a margin would keep redrawing what no
 * one sees: at 1440×900 that formula is 11 px under the fold). `catchUpAll` brings every held
 * panel up to date at once, for whoever reads them all (the Export menu lists and captures every
 * figure).
 */
import { flushSync, untrack } from 'svelte';

/** Every observed panel, with how to observe it afresh (its observer then reports where it is now). */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a registry, never read reactively
const watched = new Map<OnScreen, () => void>();

export class OnScreen {
  /** True until the first observation says otherwise, and wherever nothing can observe. */
  visible = $state(true);

  /** A Svelte attachment: `{@attach onScreen.attach}` on the panel's root element. */
  readonly attach = (node: Element): (() => void) | undefined => {
    if (typeof IntersectionObserver === 'undefined') return undefined;
    const io = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) this.visible = last.isIntersecting;
      },
      { root: scrollerOf(node) },
    );
    io.observe(node);
    watched.set(this, () => {
      io.unobserve(node);
      io.observe(node);
    });
    return () => {
      io.disconnect();
      watched.delete(this);
      this.visible = true;
    };
  };
}

/**
 * `source()` while its element is in sight; what it last was while out of sight (then nothing
 * that reads `current` recomputes). `{@attach held.sight.attach}` on the element that shows it.
 */
export class HeldInSight<T> {
  readonly sight = new OnScreen();
  readonly #source: () => T;
  #held: T;
  readonly current: T = $derived.by(() => {
    if (this.sight.visible) this.#held = this.#source();
    return this.#held;
  });
  /** Out of sight and behind `source()`: the element tells assistive technology it is updating. */
  readonly stale: boolean = $derived.by(() => !this.sight.visible && this.#source() !== this.current);

  constructor(source: () => T) {
    this.#source = source;
    this.#held = untrack(source);
  }
}

/**
 * Brings every panel that holds its content up to date now. Synchronous: when it returns, the DOM
 * shows every panel's current state. Each is then observed afresh, so one still out of sight holds
 * its content again from the next change on.
 */
export function catchUpAll(): void {
  let changed = false;
  for (const o of watched.keys()) {
    if (!o.visible) {
      o.visible = true;
      changed = true;
    }
  }
  if (!changed) return;
  flushSync();
  for (const observeAgain of watched.values()) observeAgain();
}

/** The nearest ancestor that scrolls vertically (null: the viewport). */
function scrollerOf(node: Element): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    const y = getComputedStyle(el).overflowY;
    if (y === 'auto' || y === 'scroll') return el;
  }
  return null;
}
