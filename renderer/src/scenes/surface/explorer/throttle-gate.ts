/**
 * The timing rule of a panel that follows a drag (issue 9): while the user drags (a slider, the
 * point), a heavy panel — slice plots, KaTeX — takes a new value at most once per interval, and
 * the interval grows with what an update costs on this machine, so on a software-rendered PC
 * panel updates spoil at most about 1 frame in factor + 1 and the 3D view keeps its rate. The
 * interval also spans at least `minFrames` of the page's frames: on a software rasterizer a panel
 * repaint costs its frame far more in the GPU process (Skia rastering text and curves on the CPU)
 * than the time measured on this thread, so a time rule alone let it spoil every other frame
 * while the whole pipeline was slow. Counting frames keeps it to 1 in minFrames + 1 however slow
 * the machine; at 60 Hz minFrames frames pass well within minMs, so a GPU is not affected.
 * The newest value always arrives: a value held back is committed when its interval has passed,
 * and immediately once the drag ends. Pure (clock and scheduler injected) so it is unit-tested.
 */

export interface GateClock {
  now(): number;
  /** Runs `f` after `ms` milliseconds; returns a cancel function. */
  after(ms: number, f: () => void): () => void;
  /** Runs `f` once the frame that shows the current DOM has been drawn (rAF, then a task). */
  afterPaint(f: () => void): void;
  /** Runs `f` once `n` of the page's frames have begun (rAF); returns a cancel function. Optional: without it there is no frame rule. */
  afterFrames?(n: number, f: () => void): () => void;
}

export interface GateOptions {
  /** Shortest interval between two updates while dragging, in ms. */
  readonly minMs: number;
  /** The interval is at least `factor` × the measured cost of the last update. */
  readonly factor: number;
  /** Longest interval, so a slow machine still sees the panel move now and then. */
  readonly maxMs: number;
  /** Fewest page frames between two updates while dragging (0: no frame rule). Not capped by maxMs. */
  readonly minFrames?: number;
}

export const PANEL_GATE: GateOptions = { minMs: 150, factor: 4, maxMs: 2500, minFrames: 6 };

export class ThrottleGate<T> {
  readonly #clock: GateClock;
  readonly #opts: GateOptions;
  readonly #commit: (v: T) => void;
  /** Earliest time the next update may be committed while dragging. */
  #nextAllowed = Number.NEGATIVE_INFINITY;
  #pending: { readonly value: T } | null = null;
  #cancel: (() => void) | null = null;
  /** Cancels the wait for minFrames frames after the last update; null when that wait is over. */
  #frameWait: (() => void) | null = null;
  #measuring = 0;

  constructor(commit: (v: T) => void, clock: GateClock, opts: GateOptions = PANEL_GATE) {
    this.#commit = commit;
    this.#clock = clock;
    this.#opts = opts;
  }

  /** A new value. `busy`: a drag is in progress (throttle); otherwise it is committed at once. */
  offer(value: T, busy: boolean): void {
    if (!busy) {
      this.#cancelTimer();
      this.#cancelFrames();
      this.#pending = null;
      this.#nextAllowed = Number.NEGATIVE_INFINITY;
      this.#commit(value);
      return;
    }
    this.#pending = { value };
    if (this.#clock.now() >= this.#nextAllowed && !this.#frameWait) this.#flush();
    else this.#schedule();
  }

  /** The drag ended: whatever is held back is shown now. */
  release(): void {
    this.#cancelTimer();
    this.#cancelFrames();
    this.#nextAllowed = Number.NEGATIVE_INFINITY;
    if (this.#pending) this.#flush();
  }

  get hasPending(): boolean {
    return this.#pending !== null;
  }

  dispose(): void {
    this.#cancelTimer();
    this.#cancelFrames();
    this.#pending = null;
    this.#measuring++;
  }

  #flush(): void {
    const p = this.#pending;
    if (!p) return;
    this.#pending = null;
    this.#cancelTimer();
    const t0 = this.#clock.now();
    // Until the update's cost is known, the next one waits the longest interval.
    this.#nextAllowed = t0 + this.#opts.maxMs;
    const ticket = ++this.#measuring;
    this.#cancelFrames();
    const frames = this.#opts.minFrames ?? 0;
    if (frames > 0 && this.#clock.afterFrames) {
      const cancel = this.#clock.afterFrames(frames, () => {
        if (this.#frameWait !== cancel) return;
        this.#frameWait = null;
        if (this.#pending) this.#schedule();
      });
      this.#frameWait = cancel;
    }
    this.#commit(p.value);
    this.#clock.afterPaint(() => {
      if (ticket !== this.#measuring) return;
      const cost = Math.max(0, this.#clock.now() - t0);
      this.#nextAllowed = t0 + Math.min(this.#opts.maxMs, Math.max(this.#opts.minMs, this.#opts.factor * cost));
      if (this.#pending) this.#schedule();
    });
  }

  #schedule(): void {
    this.#cancelTimer();
    // Still within minFrames of the last update: the end of that wait schedules again.
    if (this.#frameWait) return;
    const wait = Math.max(0, this.#nextAllowed - this.#clock.now());
    this.#cancel = this.#clock.after(wait, () => {
      this.#cancel = null;
      this.#flush();
    });
  }

  #cancelFrames(): void {
    const cancel = this.#frameWait;
    this.#frameWait = null;
    cancel?.();
  }

  #cancelTimer(): void {
    this.#cancel?.();
    this.#cancel = null;
  }
}
