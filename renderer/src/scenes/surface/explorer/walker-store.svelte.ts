/**
 * Reactive wrapper of WalkerModel for the components: the walker list is a `$state.raw` snapshot
 * replaced after every change (the model's snapshots compare by reference), plus the animation
 * settings. The animation itself (requestAnimationFrame) lives in WalkerPanel.
 */
import type { Result } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import type { OptimizerKind } from '$shared/optim/index';
import { defaultConfig } from '$shared/optim/index';
import { WalkerModel, type Walker, type WalkerConfig, type WalkerModelOptions, type WalkerObjective } from './walker-model';

/** Animation speeds offered, in steps per second. */
export const SPEEDS = [1, 5, 10, 30, 100] as const;

export class WalkerStore {
  readonly model: WalkerModel;
  /** Current walkers (a new array after every change). */
  walkers = $state.raw<readonly Walker[]>([]);
  /** True while the animation runs; falls back to false when no walker can move. */
  playing = $state(false);
  /** Steps per second while playing (> 0). */
  speed = $state<number>(10);
  /** The walker whose steps the explanation box shows (null: the first one). */
  selectedId = $state<string | null>(null);

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
    const r = this.model.addWalker(start, config);
    if (r.ok) this.selectedId = r.value.id;
    this.sync();
    return r;
  }

  remove(id: string): void {
    this.model.removeWalker(id);
    if (this.selectedId === id) this.selectedId = null;
    this.sync();
  }

  clear(): void {
    this.model.clear();
    this.selectedId = null;
    this.sync();
  }

  setStart(id: string, start: readonly [number, number]): Result<Walker, LocalizedText> {
    const r = this.model.setStart(id, start);
    this.sync();
    return r;
  }

  setConfig(id: string, config: WalkerConfig): Result<Walker, LocalizedText> {
    const r = this.model.setConfig(id, config);
    this.sync();
    return r;
  }

  /**
   * The race preset: GD, momentum and Adam from the same start with the same learning rate
   * (each optimizer's other parameters at their defaults), replacing the current walkers.
   */
  race(start: readonly [number, number], lr: number): Result<readonly Walker[], LocalizedText> {
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
    this.playing = false;
    this.model.reset();
    this.sync();
  }

  /** One step of every running walker. */
  step(): void {
    this.model.stepAll();
    this.sync();
  }

  /** `n` steps at once (one animation frame at high speed). */
  stepMany(n: number): void {
    if (n <= 0) return;
    this.model.stepMany(n);
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
