/**
 * Overlay: any number of gradient-descent walkers, each in its own colour — the trail on the
 * surface (lifted) and on the floor / contour map, a sphere at the current point, a small cube at
 * the start, and a red ring around the last point of a walker that diverged. Per-walker objects
 * are pooled: they are created when a new walker first appears and reused (hidden when unused).
 */
import { BoxGeometry, Group, Mesh, MeshBasicMaterial, MeshStandardMaterial, SphereGeometry, TorusGeometry } from 'three';
import type { SceneOverlay } from '../../overlay';
import type { WorldFrame } from '../../world-frame';
import { DIVERGED_COLOR } from './colors';
import { FatSegments } from './fat-segments';
import { SURFACE_LIFT } from './slice-geometry';
import { fillTrail, fillTrailMarker, lastFiniteIndex, type TrailCounts } from './trail-geometry';

/** One walker's path. */
export interface WalkerTrail {
  /** Stable identity (optimizer run id); used only to label the three.js objects. */
  readonly id: string;
  /** CSS colour (see WALKER_COLORS). */
  readonly color: string;
  /** Points x, y, z (z = f(x, y), the loss) in math units, 3 numbers per point. */
  readonly points: Float64Array;
  /** Number of points used (the array may be preallocated longer). */
  readonly count: number;
  /** True when the walker stopped because it diverged: its last point gets a red ring. */
  readonly diverged?: boolean;
}

/** Head sphere radius, world units. */
export const HEAD_RADIUS = 0.03;
const TRAIL_LIFT = SURFACE_LIFT * 2;

class WalkerEntry {
  readonly group = new Group();
  readonly surface = new FatSegments({ color: '#000000', width: 3, capacity: 256, renderOrder: 3 });
  readonly floor = new FatSegments({ color: '#000000', width: 2, capacity: 256, opacity: 0.85, renderOrder: 3 });
  readonly material = new MeshStandardMaterial({ color: '#000000', roughness: 0.45, metalness: 0 });
  readonly head: Mesh;
  readonly start: Mesh;
  readonly ring: Mesh;
  private colorString = '';

  constructor(shared: Shared) {
    this.head = new Mesh(shared.sphere, this.material);
    this.start = new Mesh(shared.cube, this.material);
    this.ring = new Mesh(shared.torus, shared.ringMaterial);
    for (const m of [this.head, this.start, this.ring]) m.frustumCulled = false;
    this.group.add(this.surface.object, this.floor.object, this.head, this.start, this.ring);
  }

  setColor(color: string): void {
    if (color === this.colorString) return;
    this.colorString = color;
    this.material.color.set(color);
    this.surface.setColor(color);
    this.floor.setColor(color);
  }

  dispose(): void {
    this.surface.dispose();
    this.floor.dispose();
    this.material.dispose();
  }
}

interface Shared {
  readonly sphere: SphereGeometry;
  readonly cube: BoxGeometry;
  readonly torus: TorusGeometry;
  readonly ringMaterial: MeshBasicMaterial;
}

export class WalkerTrailsOverlay implements SceneOverlay {
  readonly object = new Group();
  private readonly shared: Shared = {
    sphere: new SphereGeometry(HEAD_RADIUS, 16, 12),
    cube: new BoxGeometry(HEAD_RADIUS * 1.3, HEAD_RADIUS * 1.3, HEAD_RADIUS * 1.3),
    torus: new TorusGeometry(HEAD_RADIUS * 2.2, HEAD_RADIUS * 0.35, 8, 32),
    ringMaterial: new MeshBasicMaterial({ color: DIVERGED_COLOR }),
  };
  private readonly pool: WalkerEntry[] = [];
  private trails: readonly WalkerTrail[] = [];
  private frame: WorldFrame | null = null;
  private readonly counts: TrailCounts = { surface: 0, floor: 0 };
  private readonly marker = new Float32Array(3);

  constructor(private readonly invalidate: () => void = () => {}) {
    this.object.name = 'walker-trails';
  }

  /** Number of walkers currently drawn. */
  get walkerCount(): number {
    return this.trails.length;
  }

  /**
   * Draws these walkers (the array is kept until the next call; its point arrays are read again
   * on a frame change). In the steady state — same walkers, trails within their buffers — this
   * allocates nothing; a buffer doubles when a trail outgrows it.
   */
  setTrails(trails: readonly WalkerTrail[]): void {
    this.trails = trails;
    this.rebuild();
  }

  setFrame(frame: WorldFrame): void {
    this.frame = frame;
    this.rebuild();
  }

  private rebuild(): void {
    const frame = this.frame;
    if (!frame) return;
    const trails = this.trails;
    while (this.pool.length < trails.length) {
      const e = new WalkerEntry(this.shared);
      this.pool.push(e);
      this.object.add(e.group);
    }
    for (let i = 0; i < this.pool.length; i++) {
      const e = this.pool[i];
      if (!e) continue;
      const t = trails[i];
      e.group.visible = t !== undefined;
      if (t) this.draw(e, t, frame);
    }
    this.invalidate();
  }

  private draw(e: WalkerEntry, t: WalkerTrail, frame: WorldFrame): void {
    e.group.name = t.id;
    e.setColor(t.color);
    const count = Math.max(0, Math.min(t.count, Math.floor(t.points.length / 3)));
    const segments = Math.max(0, count - 1);
    fillTrail(t.points, count, frame, TRAIL_LIFT, e.surface.positions(segments), e.floor.positions(segments), this.counts);
    e.surface.commit(this.counts.surface);
    e.floor.commit(this.counts.floor);
    const last = lastFiniteIndex(t.points, count);
    e.start.visible = count > 0 && fillTrailMarker(t.points, 0, frame, HEAD_RADIUS * 0.5, this.marker);
    if (e.start.visible) e.start.position.set(this.marker[0] ?? 0, this.marker[1] ?? 0, this.marker[2] ?? 0);
    const headShown = last >= 0 && fillTrailMarker(t.points, last, frame, TRAIL_LIFT, this.marker);
    e.head.visible = headShown;
    e.ring.visible = headShown && t.diverged === true;
    if (headShown) {
      e.head.position.set(this.marker[0] ?? 0, this.marker[1] ?? 0, this.marker[2] ?? 0);
      e.ring.position.copy(e.head.position);
    }
  }

  dispose(): void {
    for (const e of this.pool) e.dispose();
    this.pool.length = 0;
    this.shared.sphere.dispose();
    this.shared.cube.dispose();
    this.shared.torus.dispose();
    this.shared.ringMaterial.dispose();
    this.trails = [];
  }
}
