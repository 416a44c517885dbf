/**
 * Overlay: the two partial-derivative slices through (a, b) — translucent planes y = b (x colour)
 * and x = a (y colour), the curves where they cut the surface and the tangent lines with slopes
 * ∂f/∂x(a, b) and ∂f/∂y(a, b). Buffers are allocated once; `update` rewrites them in place.
 */
import { BufferAttribute, BufferGeometry, DoubleSide, Group, Mesh, MeshBasicMaterial } from 'three';
import type { SceneOverlay } from '../../overlay';
import type { WorldFrame } from '../../world-frame';
import { X_COLOR, Y_COLOR } from './colors';
import { FatSegments } from './fat-segments';
import { fillSliceCurve, fillSlicePlane, fillTangentLine, SLICE_SAMPLES, SURFACE_LIFT, type SliceAlong, type SliceAxis } from './slice-geometry';

/** What the slices need about the point; fields are copied, the object is not kept. */
export interface SliceInput {
  readonly a: number;
  readonly b: number;
  /** The surface's function f(x, y) (NaN/±∞ where undefined). Kept until the next update. */
  readonly f: (x: number, y: number) => number;
  /** f along a line, many points per call (the curves' samples in one call each); optional. */
  readonly along?: SliceAlong;
  /** ∂f/∂x(a, b) and ∂f/∂y(a, b). */
  readonly dfdx: number;
  readonly dfdy: number;
  /** f(a, b). */
  readonly z0: number;
}

/** Half-length of each tangent line, world units (the box is 2 wide). */
export const TANGENT_HALF_LENGTH = 0.45;

const PLANE_OPACITY = 0.13;

class Slice {
  readonly plane: Mesh;
  readonly curve: FatSegments;
  readonly tangent: FatSegments;
  private readonly planeGeometry = new BufferGeometry();
  private readonly planePositions = new Float32Array(12);
  private readonly planeMaterial: MeshBasicMaterial;

  constructor(
    readonly axis: SliceAxis,
    color: string,
  ) {
    this.planeGeometry.setAttribute('position', new BufferAttribute(this.planePositions, 3));
    this.planeGeometry.setIndex([0, 1, 2, 0, 2, 3]);
    this.planeMaterial = new MeshBasicMaterial({ color, transparent: true, opacity: PLANE_OPACITY, side: DoubleSide, depthWrite: false });
    this.plane = new Mesh(this.planeGeometry, this.planeMaterial);
    this.plane.frustumCulled = false;
    this.plane.renderOrder = 1;
    this.curve = new FatSegments({ color, width: 3.5, capacity: SLICE_SAMPLES - 1, renderOrder: 2 });
    this.tangent = new FatSegments({ color, width: 2.5, capacity: 1, renderOrder: 2, ghost: 0.45 });
  }

  fill(p: SliceState, frame: WorldFrame): void {
    const fixed = this.axis === 'x' ? p.b : p.a;
    const f = p.f;
    const inDomain = Number.isFinite(fixed) && (this.axis === 'x' ? fixed >= frame.domain.yMin && fixed <= frame.domain.yMax : fixed >= frame.domain.xMin && fixed <= frame.domain.xMax);
    if (!f || !inDomain) {
      this.plane.visible = false;
      this.curve.commit(0);
      this.tangent.commit(0);
      return;
    }
    fillSlicePlane(this.axis, fixed, frame, this.planePositions);
    this.planeGeometry.getAttribute('position').needsUpdate = true;
    this.plane.visible = true;
    this.curve.commit(fillSliceCurve(f, this.axis, fixed, frame, SLICE_SAMPLES, SURFACE_LIFT, this.curve.positions(), p.along ?? undefined));
    const slope = this.axis === 'x' ? p.dfdx : p.dfdy;
    const drawn = fillTangentLine(this.axis, p.a, p.b, p.z0, slope, frame, TANGENT_HALF_LENGTH, SURFACE_LIFT * 1.5, this.tangent.positions(), 0);
    this.tangent.commit(drawn ? 1 : 0);
  }

  dispose(): void {
    this.planeGeometry.dispose();
    this.planeMaterial.dispose();
    this.curve.dispose();
    this.tangent.dispose();
  }
}

interface SliceState {
  a: number;
  b: number;
  f: ((x: number, y: number) => number) | null;
  along: SliceAlong | null;
  dfdx: number;
  dfdy: number;
  z0: number;
}

export class SlicePlanesOverlay implements SceneOverlay {
  readonly object = new Group();
  private readonly sliceX = new Slice('x', X_COLOR);
  private readonly sliceY = new Slice('y', Y_COLOR);
  private readonly state: SliceState = { a: Number.NaN, b: Number.NaN, f: null, along: null, dfdx: Number.NaN, dfdy: Number.NaN, z0: Number.NaN };
  private frame: WorldFrame | null = null;
  /** A new frame awaits its rebuild (see setFrame). */
  private framePending = false;

  /** `invalidate` asks the view for a frame after each change (SurfaceView.invalidate). */
  constructor(private readonly invalidate: () => void = () => {}) {
    this.object.name = 'slice-planes';
    for (const s of [this.sliceX, this.sliceY]) {
      const g = new Group();
      g.add(s.plane, s.curve.object, s.tangent.object);
      this.object.add(g);
    }
  }

  /** Moves the slices to the point (a, b). Allocation-free. */
  update(input: SliceInput): void {
    const s = this.state;
    s.a = input.a;
    s.b = input.b;
    s.f = input.f;
    s.along = input.along ?? null;
    s.dfdx = input.dfdx;
    s.dfdy = input.dfdy;
    s.z0 = input.z0;
    this.rebuild();
  }

  /** Shows or hides the x slice (plane y = b) and the y slice (plane x = a) independently. */
  setVisible(x: boolean, y: boolean): void {
    const [gx, gy] = this.object.children;
    if (gx) gx.visible = x;
    if (gy) gy.visible = y;
    this.invalidate();
  }

  /**
   * A new frame comes with a new surface, and the new surface's point values (with its function)
   * follow in the same update: rebuilding now would sample the previous function twice over 241
   * points, only to be redone a moment later (issue 11's formula edit). So the rebuild waits for
   * the end of the current task's synchronous work — after `update` if one came, on its own if not,
   * always before the next frame draws.
   */
  setFrame(frame: WorldFrame): void {
    this.frame = frame;
    if (this.framePending) return;
    this.framePending = true;
    queueMicrotask(() => {
      if (this.framePending) this.rebuild();
    });
  }

  private rebuild(): void {
    this.framePending = false;
    if (!this.frame) return;
    this.sliceX.fill(this.state, this.frame);
    this.sliceY.fill(this.state, this.frame);
    this.invalidate();
  }

  dispose(): void {
    this.sliceX.dispose();
    this.sliceY.dispose();
    this.state.f = null;
    this.state.along = null;
  }
}
