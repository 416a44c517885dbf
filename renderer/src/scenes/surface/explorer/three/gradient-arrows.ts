/**
 * Overlay: ∇f(a, b) on the floor and lifted onto the tangent plane, and the unit vector u(θ) of
 * the directional-derivative dial (see arrow-geometry.ts for the scale shown). After `update`,
 * `scale` and `capped` tell the UI what the arrow length means ("arrow = ∇f × k").
 */
import { Group } from 'three';
import type { SceneOverlay } from '../../overlay';
import type { WorldFrame } from '../../world-frame';
import { ARROW_FLOATS, fillGradientArrows, fillUnitArrows, gradientScale, type ArrowResult, type GradientArrowInput } from './arrow-geometry';
import { GRADIENT_COLOR, UNIT_VECTOR_COLOR } from './colors';
import { FatSegments } from './fat-segments';

export class GradientArrowsOverlay implements SceneOverlay {
  readonly object = new Group();
  private readonly gradient = new FatSegments({ color: GRADIENT_COLOR, width: 3.5, capacity: (2 * ARROW_FLOATS) / 6, renderOrder: 3, ghost: 0.5 });
  private readonly unit = new FatSegments({ color: UNIT_VECTOR_COLOR, width: 3, capacity: (2 * ARROW_FLOATS) / 6, renderOrder: 3, ghost: 0.5 });
  private readonly state = { a: Number.NaN, b: Number.NaN, z0: Number.NaN, fx: Number.NaN, fy: Number.NaN };
  private theta = Number.NaN;
  private fixedScale: number | null = null;
  private frame: WorldFrame | null = null;
  private readonly result: ArrowResult = { arrows: 0, capped: false };
  private k = 1;

  constructor(private readonly invalidate: () => void = () => {}) {
    this.object.name = 'gradient-arrows';
    this.object.add(this.gradient.object, this.unit.object);
  }

  /** Math length of the floor arrow per unit of gradient (the "× k" of the caption). */
  get scale(): number {
    return this.k;
  }

  /** True when the last gradient was too long and its arrow was shortened to the cap. */
  get capped(): boolean {
    return this.result.capped;
  }

  /**
   * Moves the arrows to the point; `theta` (radians, from the +x axis) shows u = (cos θ, sin θ),
   * or null to hide it. Allocation-free.
   */
  update(p: GradientArrowInput, theta: number | null = null): void {
    const s = this.state;
    s.a = p.a;
    s.b = p.b;
    s.z0 = p.z0;
    s.fx = p.fx;
    s.fy = p.fy;
    this.theta = theta ?? Number.NaN;
    this.rebuild();
  }

  /** Fixes the scale k (e.g. to compare two points); null returns to the automatic scale of the frame. */
  setScale(k: number | null): void {
    this.fixedScale = k !== null && k > 0 && Number.isFinite(k) ? k : null;
    this.rebuild();
  }

  /** Shows or hides the gradient and the unit vector independently. */
  setVisible(gradient: boolean, unit: boolean): void {
    this.gradient.object.parent?.remove(this.gradient.object);
    this.unit.object.parent?.remove(this.unit.object);
    if (gradient) this.object.add(this.gradient.object);
    if (unit) this.object.add(this.unit.object);
    this.invalidate();
  }

  /** The drawn arrows' end points (the camera keeps them in the frame: a capped arrow reaches far past the box). */
  extent(point: (x: number, y: number, z: number) => void): void {
    for (const lines of [this.gradient, this.unit]) {
      if (!lines.object.parent || !lines.object.visible) continue;
      const p = lines.positions();
      const n = Math.min(lines.drawn, lines.capacity) * 6;
      for (let i = 0; i < n; i += 3) point(p[i]!, p[i + 1]!, p[i + 2]!);
    }
  }

  setFrame(frame: WorldFrame): void {
    this.frame = frame;
    this.rebuild();
  }

  private rebuild(): void {
    const frame = this.frame;
    if (!frame) return;
    this.k = this.fixedScale ?? gradientScale(frame);
    fillGradientArrows(this.state, frame, this.k, this.gradient.positions(), this.result);
    this.gradient.commit(this.result.arrows * 3);
    this.unit.commit(fillUnitArrows(this.state, this.theta, frame, this.unit.positions()) * 3);
    this.invalidate();
  }

  dispose(): void {
    this.gradient.dispose();
    this.unit.dispose();
  }
}
