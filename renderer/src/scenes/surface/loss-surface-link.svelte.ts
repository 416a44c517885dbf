/**
 * The link between the graph canvas and the surface explorer ("the graph drives the surface",
 * DESIGN.md §1.2). The canvas fills it when the user opens the loss surface of two parameters;
 * the explorer reads the grid and the training trajectory, and moves `currentStep` as its walker
 * replays the run — the canvas then shows the network's values at that step ("linked both ways").
 * It belongs to the surface session (`useSurfaceSession().link`), not to a module singleton.
 */
import type { SurfaceGrid } from '../graph/loss-surface-protocol';

/** One training step as the walker sees it. */
export interface TrajectoryPoint {
  /** Value of parameter A at this step. */
  readonly a: number;
  /** Value of parameter B at this step. */
  readonly b: number;
  /** Mean loss over the dataset at this step. */
  readonly loss: number;
}

export class LossSurfaceLink {
  /** Parameter node ids on the two axes, and their display names (e.g. "w₁"). */
  paramA = $state<string | null>(null);
  paramB = $state<string | null>(null);
  labelA = $state('');
  labelB = $state('');
  /** Axis ranges [from, to] of parameters A and B. */
  ranges = $state<{ readonly a: readonly [number, number]; readonly b: readonly [number, number] } | null>(null);
  /** The latest grid (coarse first, then refined); samples[j·n + i] ↔ (a_i, b_j). */
  samples = $state.raw<SurfaceGrid | null>(null);
  /** Whether `samples` is the final (finest) grid. */
  refined = $state(false);
  /** (a, b, loss) at every step of the training run, step 0 first. */
  trajectory = $state.raw<readonly TrajectoryPoint[]>([]);
  /** Full parameter vectors per step (aligned with `paramIds`), so the canvas can show any step. */
  stepParams = $state.raw<readonly Float64Array[]>([]);
  paramIds = $state.raw<readonly string[]>([]);
  /** The step the walker is at; the canvas follows it. */
  currentStep = $state(0);

  /** Clears everything (e.g. when the canvas loads another graph). */
  reset(): void {
    this.paramA = null;
    this.paramB = null;
    this.labelA = '';
    this.labelB = '';
    this.ranges = null;
    this.samples = null;
    this.refined = false;
    this.trajectory = [];
    this.stepParams = [];
    this.paramIds = [];
    this.currentStep = 0;
  }
}
