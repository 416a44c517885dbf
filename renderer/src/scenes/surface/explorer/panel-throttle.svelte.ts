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

/**
 * The 3D view draws on a CPU rasterizer with its adaptation on (SurfaceViewport reports it). Then
 * the read-outs that are otherwise live follow a drag at the panels' rate too: a number changing
 * in the side panel on every move has the page repaint and recomposite a region far from the 3D
 * view on every frame, which on SwiftShader costs about as much as the 3D view's own frame.
 */
class SoftwareRaster {
  on = $state(false);
}
const softwareRaster = new SoftwareRaster();

/** Called by the 3D view: true on a software rasterizer with "reduce detail while moving" on. */
export function setSoftwareRaster(on: boolean): void {
  if (softwareRaster.on !== on) softwareRaster.on = on;
}

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
  afterFrames: (n, f) => {
    if (typeof requestAnimationFrame === 'undefined') {
      const id = setTimeout(f, n * 16);
      return () => clearTimeout(id);
    }
    let left = n;
    let id = 0;
    const tick = (): void => {
      if (--left <= 0) f();
      else id = requestAnimationFrame(tick);
    };
    id = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(id);
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
  /**
   * What a small read-out shows: the live value, except on a software rasterizer (see
   * SoftwareRaster), where it is `current` — during a drag the same tick as the panel, at rest live.
   */
  readonly readout: T;

  constructor(live: () => T, dragging: () => boolean = () => false) {
    this.#live = live;
    pointer.install();
    this.busy = $derived(pointer.held || dragging());
    this.current = $derived.by(() => {
      if (!this.busy) return this.#live();
      void shared.tick;
      return untrack(this.#live);
    });
    this.readout = $derived(softwareRaster.on ? this.current : this.#live());
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
