/**
 * Reactive wrapper of WalkerModel for the components: the walker list is a `$state.raw` snapshot
 * replaced after every change (the model's snapshots compare by reference), plus the animation
 * settings. The animation itself (requestAnimationFrame) lives in WalkerPanel.
 */
import type { Result } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import type { OptimizerKind } from '$shared/optim/index';
import { defaultConfig } from '$shared/optim/index';
import { DEFAULT_FORM, type WalkerForm } from './walker-form';
import { WalkerModel, type Walker, type WalkerConfig, type WalkerModelOptions, type WalkerObjective, type WalkerRecord } from './walker-model';

/** Animation speeds offered, in steps per second. */
export const SPEEDS = [1, 5, 10, 30, 100] as const;

/**
 * The walkers as data, for a saved document: each walker (start, settings, steps taken), the
 * animation speed, the settings form, and which walker the explanation shows (an index, or null).
 */
export interface WalkersState {
  readonly list: readonly WalkerRecord[];
  readonly speed: number;
  readonly form: WalkerForm;
  readonly selected: number | null;
}

/** Speed of a new session (steps per second). */
export const DEFAULT_SPEED = 10;

/** No walker, the default speed and form: a document leaves such a state out (older files have none). */
export function isDefaultWalkers(s: WalkersState): boolean {
  const f = s.form;
  const d = DEFAULT_FORM;
  return s.list.length === 0 && s.speed === DEFAULT_SPEED && s.selected === null &&
    f.kind === d.kind && f.logLr === d.logLr && f.beta === d.beta && f.rho === d.rho && f.beta1 === d.beta1 && f.beta2 === d.beta2 && f.schedule === d.schedule;
}

export class WalkerStore {
  readonly model: WalkerModel;
  /** Current walkers (a new array after every change). */
  walkers = $state.raw<readonly Walker[]>([]);
  /** True while the animation runs; falls back to false when no walker can move. */
  playing = $state(false);
  /** Steps per second while playing (> 0). */
  speed = $state<number>(DEFAULT_SPEED);
  /** The walker whose steps the explanation box shows (null: the first one). */
  selectedId = $state<string | null>(null);
  /** The settings form (optimizer, η, β/ρ, schedule) that new walkers take. */
  form = $state.raw<WalkerForm>({ ...DEFAULT_FORM });
  /** A restored walker set waiting for its surface (applied by `resume`, dropped by `clear`). */
  #waiting: WalkersState | null = null;

  constructor(objective: WalkerObjective | null, options?: WalkerModelOptions) {
    this.model = new WalkerModel(objective, options);
  }

  /** The selected walker, or the first one. */
  get selected(): Walker | undefined {
    return this.walkers.find((w) => w.id === this.selectedId) ?? this.walkers[0];
  }

  setObjective(objective: WalkerObjective | null): void {
    this.model.setObjective(objective);
    this.sync();
  }

  add(start: readonly [number, number], config: WalkerConfig): Result<Walker, LocalizedText> {
    this.#supersede();
    const r = this.model.addWalker(start, config);
    if (r.ok) this.selectedId = r.value.id;
    this.sync();
    return r;
  }

  remove(id: string): void {
    this.#supersede();
    this.model.removeWalker(id);
    if (this.selectedId === id) this.selectedId = null;
    this.sync();
  }

  clear(): void {
    this.#waiting = null;
    this.model.clear();
    this.selectedId = null;
    this.sync();
  }

  setStart(id: string, start: readonly [number, number]): Result<Walker, LocalizedText> {
    this.#supersede();
    const r = this.model.setStart(id, start);
    this.sync();
    return r;
  }

  setConfig(id: string, config: WalkerConfig): Result<Walker, LocalizedText> {
    this.#supersede();
    const r = this.model.setConfig(id, config);
    this.sync();
    return r;
  }

  /**
   * The race preset: GD, momentum and Adam from the same start with the same learning rate
   * (each optimizer's other parameters at their defaults), replacing the current walkers.
   */
  race(start: readonly [number, number], lr: number): Result<readonly Walker[], LocalizedText> {
    this.#supersede();
    this.model.clear();
    const kinds: readonly OptimizerKind[] = ['gd', 'momentum', 'adam'];
    const out: Walker[] = [];
    for (const kind of kinds) {
      const r = this.model.addWalker(start, { optimizer: { ...defaultConfig(kind), lr }, schedule: { kind: 'constant' } });
      if (!r.ok) {
        this.sync();
        return r;
      }
      out.push(r.value);
    }
    this.selectedId = out[0]?.id ?? null;
    this.sync();
    return { ok: true, value: out };
  }

  reset(): void {
    this.#supersede();
    this.playing = false;
    this.model.reset();
    this.sync();
  }

  /** One step of every running walker. */
  step(): void {
    this.#supersede();
    this.model.stepAll();
    this.sync();
  }

  /** `n` steps at once (one animation frame at high speed). */
  stepMany(n: number): void {
    if (n <= 0) return;
    this.#supersede();
    this.model.stepMany(n);
    this.sync();
  }

  /** The walkers as data (a restored set still waiting for its surface is reported as it was given). */
  exportState(): WalkersState {
    if (this.#waiting) return this.#waiting;
    const i = this.walkers.findIndex((w) => w.id === this.selectedId);
    return { list: this.model.exportWalkers(), speed: this.speed, form: { ...this.form }, selected: i < 0 ? null : i };
  }

  /**
   * Takes a saved walker set. Speed and form apply at once; the walkers are re-run on the surface,
   * so when the session is still computing the restored formula (`ready` false) they wait for
   * `resume`, which the session calls once that surface is shown.
   */
  importState(s: WalkersState, ready: boolean): void {
    this.playing = false;
    this.speed = s.speed;
    this.form = { ...s.form };
    this.model.clear();
    this.selectedId = null;
    this.sync();
    this.#waiting = s;
    if (ready) this.resume();
  }

  /**
   * The user changed the walkers while a restored set was still waiting for its surface: their
   * change wins, so the waiting set must not arrive later and undo it (nor be what a save reports).
   */
  #supersede(): void {
    this.#waiting = null;
  }

  /** Applies a restored walker set waiting for its surface (nothing when none waits). */
  resume(): void {
    const s = this.#waiting;
    if (!s) return;
    this.#waiting = null;
    this.model.importWalkers(s.list);
    this.selectedId = s.selected === null ? null : (this.model.walkers[s.selected]?.id ?? null);
    this.sync();
  }

  togglePlay(): void {
    this.playing = !this.playing && this.model.anyRunning;
  }

  private sync(): void {
    this.walkers = this.model.walkers;
    if (!this.model.anyRunning) this.playing = false;
  }
}
