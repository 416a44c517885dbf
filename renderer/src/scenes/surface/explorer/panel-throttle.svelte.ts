/**
 * A heavy panel's view of live data while the user drags (issue 9, "Software rendering that stays
 * usable"): `current` is the live value except during a drag — a pointer button held anywhere in
 * the window (a slider, the point in the 3D view or on a plot) or the surface session's
 * `dragging` — when it follows at the reduced rate of ThrottleGate. When the drag ends, `current`
 * is the live value again in the same update: the panel never rests on a stale state. Cheap
 * numeric read-outs should read the live value directly.
 */
import { untrack } from 'svelte';
import { ThrottleGate, type GateClock } from './throttle-gate';
import { useSurfaceSession } from '../surface-session.svelte';

/** Whether a pointer button is held down in this window (shared by every panel). */
class PointerHeld {
  held = $state(false);
  #installed = false;
  install(): void {
    if (this.#installed || typeof window === 'undefined') return;
    this.#installed = true;
    const down = (): void => {
      this.held = true;
    };
    const up = (e?: PointerEvent): void => {
      // Another button may still be down (e.g. right and left together).
      if (e && e.buttons !== 0) return;
      this.held = false;
    };
    window.addEventListener('pointerdown', down, { capture: true, passive: true });
    window.addEventListener('pointerup', up, { capture: true, passive: true });
    window.addEventListener('pointercancel', () => up(), { capture: true, passive: true });
    window.addEventListener('blur', () => up(), { passive: true });
  }
}
const pointer = new PointerHeld();

const browserClock: GateClock = {
  now: () => performance.now(),
  after: (ms, f) => {
    const id = setTimeout(f, ms);
    return () => clearTimeout(id);
  },
  afterPaint: (f) => {
    if (typeof requestAnimationFrame === 'undefined') setTimeout(f, 0);
    else requestAnimationFrame(() => setTimeout(f, 0));
  },
};

/**
 * One gate for every panel: they all take their new values in the same update, so a drag costs
 * one panel update per interval, not one per panel at different times (each would spoil a frame).
 */
class SharedTick {
  tick = $state(0);
  readonly gate = new ThrottleGate<null>(() => this.tick++, browserClock);
}
const shared = new SharedTick();

/**
 * Must be constructed during a component's initialisation (it owns an effect).
 * `live`: the value the panel would show now; `dragging`: an extra drag flag (e.g. the session's).
 */
export class DragThrottled<T> {
  readonly #live: () => T;
  /** A drag is in progress: `current` follows at the reduced rate. */
  readonly busy: boolean;
  /** What the panel shows: live when idle; while dragging, the live value at the last shared tick. */
  readonly current: T;

  constructor(live: () => T, dragging: () => boolean = () => false) {
    this.#live = live;
    pointer.install();
    this.busy = $derived(pointer.held || dragging());
    this.current = $derived.by(() => {
      if (!this.busy) return this.#live();
      void shared.tick;
      return untrack(this.#live);
    });
    $effect(() => {
      this.#live();
      const busy = this.busy;
      // Without a drag `current` is the live value already; the offer only resets the gate, so
      // the first move of the next drag shows at once.
      untrack(() => shared.gate.offer(null, busy));
    });
  }
}

/**
 * The surface session's `dragging` flag (a slider moving, also by keyboard), read during component
 * initialisation; a panel mounted without a session (a unit test) has no such flag.
 */
export function sessionDragging(): () => boolean {
  try {
    const session = useSurfaceSession();
    return () => session.dragging;
  } catch {
    return () => false;
  }
}
