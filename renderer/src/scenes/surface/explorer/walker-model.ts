/**
 * Gradient-descent walkers racing on z = f(x, y): each walker is an optimizer state from
 * shared/optim stepped with ∇f from the gradient tape. The model is plain data and methods —
 * deterministic, no timers; the component drives play/pause with requestAnimationFrame.
 *
 * Snapshots: every change replaces the changed walker object (and the list), so a UI can compare
 * by reference. The trajectory arrays of a walker are append-only and shared between its
 * successive snapshots; read them up to `stepCount` (+1 for points and losses).
 */
import type { Expr } from '$shared/expr/ast';
import { compileGradient } from '$shared/autodiff/compileGradient';
import type { OptimizerConfig, OptimizerKind, OptimizerState, LearningRateSchedule } from '$shared/optim/index';
import { defaultConfig, init, validateOptimizerConfig, validateSchedule } from '$shared/optim/index';
import { Stepper, type StepVerdict } from '$shared/optim/stepper';
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';
import { formatSig } from './format';
import { nextWalkerColor } from './walker-palette';

/** f and ∇f of the surface, for the walkers. `grad` returns a shared buffer (copy it to keep it). */
export interface WalkerObjective {
  value(x: number, y: number): number;
  grad(p: ArrayLike<number>): Float64Array;
}

/** Builds the objective from a formula in x and y (the gradient tape of shared/autodiff). */
export function createObjective(expr: Expr): Result<WalkerObjective, LocalizedText> {
  const tape = compileGradient(expr, ['x', 'y']);
  if (!tape.ok) return err(text('The formula may only use the variables x and y.', '公式中只能使用变量 x 和 y。'));
  const t = tape.value;
  const args = new Float64Array(2);
  const g = new Float64Array(2);
  return ok({
    value(x, y) {
      args[0] = x;
      args[1] = y;
      return t.evaluate(args);
    },
    grad(p) {
      g[0] = Number.NaN;
      g[1] = Number.NaN;
      t.valueAndGradient(p, g);
      return g;
    },
  });
}

/** How a walker moves: the optimizer with its hyper-parameters and a learning-rate schedule. */
export interface WalkerConfig {
  readonly optimizer: OptimizerConfig;
  readonly schedule: LearningRateSchedule;
}

/** Default settings of an optimizer, constant schedule. */
export function defaultWalkerConfig(kind: OptimizerKind): WalkerConfig {
  return { optimizer: defaultConfig(kind), schedule: { kind: 'constant' } };
}

/**
 * - running: can take more steps (also before the first);
 * - converged: ‖∇f‖ fell below the tolerance, or f stopped changing;
 * - diverged: the loss blew up or left the numbers (the learning rate is usually too large);
 * - stopped: the step limit was reached, or f is undefined at the start.
 */
export type WalkerStatus = 'running' | 'converged' | 'diverged' | 'stopped';

/** One step, for "explain this step": w_{k+1} = w_k + update. */
export interface WalkerStep {
  /** 0-based step index k. */
  readonly k: number;
  readonly point: readonly [number, number];
  readonly loss: number;
  readonly gradient: readonly [number, number];
  /** η_k after the schedule. */
  readonly learningRate: number;
  readonly update: readonly [number, number];
  readonly next: readonly [number, number];
  readonly nextLoss: number;
  /** Optimizer state before and after the step (velocity, moments…). */
  readonly before: OptimizerState;
  readonly after: OptimizerState;
}

export interface Walker {
  /** Stable id ("w1", "w2", …), safe for test ids. */
  readonly id: string;
  /** Colour (CSS hex) from the colour-blind-safe palette. */
  readonly color: string;
  readonly config: WalkerConfig;
  readonly start: readonly [number, number];
  readonly state: OptimizerState;
  /** Steps taken so far. */
  readonly stepCount: number;
  /** Visited x, y and f(x, y): stepCount + 1 entries (index 0 is the start). Append-only. */
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly losses: readonly number[];
  /** stepCount entries. Append-only. */
  readonly steps: readonly WalkerStep[];
  readonly status: WalkerStatus;
  /** Why the walker stopped (diverged / stopped / converged), in both languages. */
  readonly message: LocalizedText | null;
}

/**
 * A walker as data (a saved document's): where it started, how it moves, how far it got. The
 * trail is not stored: stepping is deterministic, so it is re-run from the start (`importWalkers`).
 * `ended` says the run had stopped — possibly on a check after the last step (‖∇f‖ small, the step
 * limit), which takes no step, so the step count alone cannot tell.
 */
export interface WalkerRecord {
  readonly start: readonly [number, number];
  readonly config: WalkerConfig;
  readonly steps: number;
  readonly ended: boolean;
}

export interface WalkerModelOptions {
  /** Converged when ‖∇f‖ ≤ tolerance (default 1e-6). */
  readonly gradientTolerance?: number;
  /** Converged after `patience` steps in a row with |Δf| ≤ lossTolerance·max(1, |f|) (defaults 1e-12, 10). */
  readonly lossTolerance?: number;
  readonly patience?: number;
  /** Diverged when |f| > explodeFactor·max(1, |f(start)|) (default 1e6). */
  readonly explodeFactor?: number;
  /** Stop after this many steps (default 5000; bounds memory during long animations). */
  readonly maxSteps?: number;
}

interface Internal {
  walker: Walker;
  /** The walker's run in the shared optimizer stepper (its state, step count and patience). */
  readonly stepper: Stepper;
  xs: number[];
  ys: number[];
  losses: number[];
  steps: WalkerStep[];
}

const fmt = (v: number): string => formatSig(v, 4);

/** The message shown when a walker blows up, with both loss values. */
export function divergedMessage(lossFrom: number, lossTo: number): LocalizedText {
  if (!(lossTo < lossFrom)) {
    return text(
      `Learning rate too large: the loss grew from ${fmt(lossFrom)} to ${fmt(lossTo)}.`,
      `学习率太大：损失从 ${fmt(lossFrom)} 增大到了 ${fmt(lossTo)}。`,
    );
  }
  return text(
    `The loss has no minimum this way: it fell from ${fmt(lossFrom)} to ${fmt(lossTo)} and keeps falling.`,
    `沿这个方向损失没有最小值：它从 ${fmt(lossFrom)} 降到了 ${fmt(lossTo)}，还在继续下降。`,
  );
}

/** Fractional steps carried between animation frames, so any speed averages out exactly. */
export function stepsDue(elapsedMs: number, stepsPerSecond: number, carry: number): { readonly steps: number; readonly carry: number } {
  // A long pause (hidden tab) must not unleash thousands of steps at once: cap one frame at 0.25 s.
  const dt = Math.min(Math.max(0, elapsedMs), 250) / 1000;
  const total = carry + dt * Math.max(0, stepsPerSecond);
  const steps = Math.floor(total);
  return { steps, carry: total - steps };
}

export class WalkerModel {
  private objective: WalkerObjective | null;
  private readonly opts: Required<WalkerModelOptions>;
  private items: Internal[] = [];
  private counter = 0;
  private list: readonly Walker[] = [];

  constructor(objective: WalkerObjective | null, options: WalkerModelOptions = {}) {
    this.objective = objective;
    this.opts = {
      gradientTolerance: options.gradientTolerance ?? 1e-6,
      lossTolerance: options.lossTolerance ?? 1e-12,
      patience: options.patience ?? 10,
      explodeFactor: options.explodeFactor ?? 1e6,
      maxSteps: options.maxSteps ?? 5000,
    };
  }

  /** The walkers, in the order they were added (a new array after every change). */
  get walkers(): readonly Walker[] {
    return this.list;
  }

  get(id: string): Walker | undefined {
    return this.items.find((w) => w.walker.id === id)?.walker;
  }

  /** True while some walker can still move. */
  get anyRunning(): boolean {
    return this.items.some((w) => w.walker.status === 'running');
  }

  /** Switches the surface (a new formula): every walker restarts from its start. */
  setObjective(objective: WalkerObjective | null): void {
    this.objective = objective;
    this.reset();
  }

  /** Adds a walker at `start`; refuses non-finite starts and invalid settings. */
  addWalker(start: readonly [number, number], config: WalkerConfig): Result<Walker, LocalizedText> {
    const bad = this.check(start, config);
    if (bad) return err(bad);
    this.counter += 1;
    const id = `w${this.counter}`;
    const color = nextWalkerColor(this.items.map((w) => w.walker.color), this.counter - 1);
    const item = this.fresh(id, color, [start[0], start[1]], config);
    this.items.push(item);
    this.publish();
    return ok(item.walker);
  }

  removeWalker(id: string): void {
    const before = this.items.length;
    this.items = this.items.filter((w) => w.walker.id !== id);
    if (this.items.length !== before) this.publish();
  }

  /** Removes every walker. */
  clear(): void {
    this.items = [];
    this.publish();
  }

  /** Moves a walker's start; it restarts from there. */
  setStart(id: string, start: readonly [number, number]): Result<Walker, LocalizedText> {
    return this.replace(id, (w) => this.check(start, w.config) ?? this.fresh(w.id, w.color, [start[0], start[1]], w.config));
  }

  /** Changes a walker's optimizer/schedule; it restarts from its start. */
  setConfig(id: string, config: WalkerConfig): Result<Walker, LocalizedText> {
    return this.replace(id, (w) => this.check(w.start, config) ?? this.fresh(w.id, w.color, w.start, config));
  }

  /** Every walker back to its start, trajectories cleared. */
  reset(): void {
    this.items = this.items.map((it) => this.fresh(it.walker.id, it.walker.color, it.walker.start, it.walker.config));
    this.publish();
  }

  /** Every walker as data, in order (see WalkerRecord). */
  exportWalkers(): readonly WalkerRecord[] {
    return this.items.map(({ walker: w }) => ({ start: [w.start[0], w.start[1]], config: w.config, steps: w.stepCount, ended: w.status !== 'running' }));
  }

  /**
   * Replaces the walkers by `records`, numbered and coloured from the first again, each re-run
   * from its start for its steps on the current objective, so trails and losses come back equal.
   * Bounded: a walker stops at the model's step limit (maxSteps) whatever a record asks. Records
   * with invalid settings are skipped (a document's schema refuses them before this).
   */
  importWalkers(records: readonly WalkerRecord[]): void {
    this.items = [];
    this.counter = 0;
    for (const r of records) {
      if (this.check(r.start, r.config)) continue;
      this.counter += 1;
      const color = nextWalkerColor(this.items.map((w) => w.walker.color), this.counter - 1);
      const it = this.fresh(`w${this.counter}`, color, [r.start[0], r.start[1]], r.config);
      const target = Math.min(Math.max(0, Math.floor(r.steps)), this.opts.maxSteps);
      while (it.walker.stepCount < target && it.walker.status === 'running') {
        if (!this.advance(it)) break;
      }
      // The run had ended on a check that takes no step: make that check again.
      if (r.ended && it.walker.status === 'running' && it.walker.stepCount === target) this.advance(it);
      this.items.push(it);
    }
    this.publish();
  }

  /** One step of every running walker. Returns true when at least one walker changed (moved or stopped). */
  stepAll(): boolean {
    let changed = false;
    for (const it of this.items) changed = this.advance(it) || changed;
    if (changed) this.publish();
    return changed;
  }

  /** `n` rounds of stepAll (stops early when nothing changes). Returns the rounds that changed something. */
  stepMany(n: number): number {
    let rounds = 0;
    for (let i = 0; i < n; i++) {
      let moved = false;
      for (const it of this.items) moved = this.advance(it) || moved;
      if (!moved) break;
      rounds++;
    }
    this.publish();
    return rounds;
  }

  private check(start: readonly [number, number], config: WalkerConfig): LocalizedText | null {
    if (!Number.isFinite(start[0]) || !Number.isFinite(start[1])) {
      return text('The start must have finite coordinates.', '起点坐标必须是有限的数。');
    }
    const o = validateOptimizerConfig(config.optimizer);
    if (!o.ok) return o.error;
    const s = validateSchedule(config.schedule);
    if (!s.ok) return s.error;
    return null;
  }

  private replace(id: string, make: (w: Walker) => Internal | LocalizedText): Result<Walker, LocalizedText> {
    const i = this.items.findIndex((w) => w.walker.id === id);
    const cur = this.items[i];
    if (!cur) return err(text(`There is no walker ${id}.`, `没有编号为 ${id} 的小球。`));
    const next = make(cur.walker);
    if (!('walker' in next)) return err(next);
    this.items[i] = next;
    this.publish();
    return ok(next.walker);
  }

  private fresh(id: string, color: string, start: readonly [number, number], config: WalkerConfig): Internal {
    const loss = this.objective ? this.objective.value(start[0], start[1]) : Number.NaN;
    const xs = [start[0]];
    const ys = [start[1]];
    const losses = [loss];
    const steps: WalkerStep[] = [];
    let status: WalkerStatus = 'running';
    let message: LocalizedText | null = null;
    if (!this.objective) {
      status = 'stopped';
      message = text('There is no valid formula yet.', '还没有有效的公式。');
    } else if (!Number.isFinite(loss) || !isFinitePair(this.objective.grad(start))) {
      status = 'stopped';
      message = text(
        `f or its gradient is undefined at the start (${fmt(start[0])}, ${fmt(start[1])}); place the walker elsewhere.`,
        `f 或其梯度在起点 (${fmt(start[0])}, ${fmt(start[1])}) 处没有定义；请把小球放到别处。`,
      );
    }
    const walker: Walker = {
      id, color, config, start, state: init(start, config.optimizer), stepCount: 0, xs, ys, losses, steps, status, message,
    };
    // The stepper reads the model's objective when it steps: setObjective restarts every walker.
    const f = (p: ArrayLike<number>): number => (this.objective ? this.objective.value(p[0] ?? Number.NaN, p[1] ?? Number.NaN) : Number.NaN);
    const grad = (p: Float64Array): ArrayLike<number> => (this.objective ? this.objective.grad(p) : [Number.NaN, Number.NaN]);
    const stepper = new Stepper(f, grad, walker.state, config.optimizer, config.schedule, {
      gradientTolerance: this.opts.gradientTolerance,
      lossTolerance: this.opts.lossTolerance,
      patience: this.opts.patience,
      explodeFactor: this.opts.explodeFactor,
      maxSteps: this.opts.maxSteps,
    }, loss);
    return { walker, stepper, xs, ys, losses, steps };
  }

  /**
   * One step of a walker through the shared optimizer stepper (shared/optim/stepper.ts), whose
   * verdict becomes the walker's status and message.
   */
  private advance(it: Internal): boolean {
    const w = it.walker;
    if (w.status !== 'running' || !this.objective) return false;
    const r = it.stepper.next();
    if (r.kind === 'stepped') {
      const gx = r.gradient[0] ?? Number.NaN;
      const gy = r.gradient[1] ?? Number.NaN;
      const nx = r.next[0] ?? Number.NaN;
      const ny = r.next[1] ?? Number.NaN;
      it.xs.push(nx);
      it.ys.push(ny);
      it.losses.push(r.nextLoss);
      it.steps.push({
        k: w.stepCount,
        point: [r.point[0] ?? Number.NaN, r.point[1] ?? Number.NaN],
        loss: r.loss,
        gradient: [gx, gy],
        learningRate: r.learningRate,
        update: [r.update[0] ?? Number.NaN, r.update[1] ?? Number.NaN],
        next: [nx, ny],
        nextLoss: r.nextLoss,
        before: r.before,
        after: r.after,
      });
    }
    const verdict = r.verdict;
    it.walker = {
      ...w,
      state: it.stepper.state,
      stepCount: it.stepper.steps,
      status: verdict ? statusOf(verdict) : 'running',
      message: verdict ? verdictMessage(verdict, w.state.params) : null,
    };
    return true;
  }

  private publish(): void {
    this.list = this.items.map((it) => it.walker);
  }
}

/** The walker's status for a verdict of the shared stepper ('stalled' shows as stopped). */
function statusOf(v: StepVerdict): WalkerStatus {
  return v.kind === 'stalled' ? 'stopped' : v.kind;
}

/** Why the walker stopped, for each verdict; `at` is where it stands. */
function verdictMessage(v: StepVerdict, at: ArrayLike<number>): LocalizedText {
  switch (v.kind) {
    case 'converged':
      return v.reason === 'gradient'
        ? text(`Converged: the gradient is almost zero after ${v.step} steps.`, `已收敛：走了 ${v.step} 步后梯度几乎为零。`)
        : text(`Converged: the loss stopped changing after ${v.step} steps.`, `已收敛：走了 ${v.step} 步后损失不再变化。`);
    case 'diverged':
      return v.reason === 'exploding'
        ? divergedMessage(v.lossFrom, v.lossTo)
        : text(
            'The next step would land where f is undefined or overflows; try a smaller learning rate.',
            '下一步会落到 f 没有定义或数值溢出的地方；请减小学习率。',
          );
    case 'stalled': {
      if (v.reason === 'max-steps') return text(`Stopped after ${v.step} steps.`, `已走 ${v.step} 步，停止。`);
      const x = fmt(at[0] ?? Number.NaN);
      const y = fmt(at[1] ?? Number.NaN);
      return text(`The gradient is undefined at (${x}, ${y}).`, `梯度在 (${x}, ${y}) 处没有定义。`);
    }
  }
}

function isFinitePair(g: ArrayLike<number>): boolean {
  return Number.isFinite(g[0]) && Number.isFinite(g[1]);
}
