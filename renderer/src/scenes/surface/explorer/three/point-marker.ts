/**
 * Overlay: the point (a, b, f(a, b)) as a small sphere, a thin drop line to the floor and a dot at
 * its foot (a, b) on the floor. Where f is undefined only the foot is shown.
 */
import { BufferAttribute, BufferGeometry, CircleGeometry, Group, LineBasicMaterial, LineSegments, Mesh, MeshBasicMaterial, MeshStandardMaterial, SphereGeometry } from 'three';
import type { SceneOverlay } from '../../overlay';
import type { WorldFrame } from '../../world-frame';
import { POINT_COLOR } from './colors';
import { fillPointMarker, type MarkerPlacement } from './point-marker-geometry';

/** Sphere radius, world units. */
export const POINT_RADIUS = 0.028;

export class PointMarkerOverlay implements SceneOverlay {
  readonly object = new Group();
  private readonly sphereGeometry = new SphereGeometry(POINT_RADIUS, 20, 14);
  private readonly sphereMaterial = new MeshStandardMaterial({ color: POINT_COLOR, roughness: 0.4, metalness: 0 });
  private readonly sphere = new Mesh(this.sphereGeometry, this.sphereMaterial);
  private readonly footGeometry = new CircleGeometry(POINT_RADIUS * 0.8, 20);
  private readonly footMaterial = new MeshBasicMaterial({ color: POINT_COLOR, transparent: true, opacity: 0.7, depthWrite: false });
  private readonly foot = new Mesh(this.footGeometry, this.footMaterial);
  private readonly linePositions = new Float32Array(6);
  private readonly lineGeometry = new BufferGeometry();
  private readonly lineMaterial = new LineBasicMaterial({ color: POINT_COLOR, transparent: true, opacity: 0.6 });
  private readonly line = new LineSegments(this.lineGeometry, this.lineMaterial);
  private a = Number.NaN;
  private b = Number.NaN;
  private z = Number.NaN;
  private frame: WorldFrame | null = null;
  private placementValue: MarkerPlacement = 'none';

  constructor(private readonly invalidate: () => void = () => {}) {
    this.object.name = 'point-marker';
    this.lineGeometry.setAttribute('position', new BufferAttribute(this.linePositions, 3));
    for (const o of [this.sphere, this.foot, this.line]) o.frustumCulled = false;
    this.object.add(this.sphere, this.foot, this.line);
    this.object.visible = false;
  }

  /** Where the marker was last drawn. */
  get placement(): MarkerPlacement {
    return this.placementValue;
  }

  /** Moves the marker to (a, b) with height z = f(a, b) (NaN where undefined). Allocation-free. */
  update(a: number, b: number, z: number): void {
    this.a = a;
    this.b = b;
    this.z = z;
    this.rebuild();
  }

  setFrame(frame: WorldFrame): void {
    this.frame = frame;
    this.rebuild();
  }

  private rebuild(): void {
    if (!this.frame) return;
    const p = fillPointMarker(this.a, this.b, this.z, this.frame, this.linePositions);
    this.placementValue = p;
    this.object.visible = p !== 'none';
    if (p !== 'none') {
      const L = this.linePositions;
      this.sphere.position.set(L[0] ?? 0, L[1] ?? 0, L[2] ?? 0);
      this.foot.position.set(L[3] ?? 0, L[4] ?? 0, L[5] ?? 0);
      this.sphere.visible = p === 'surface';
      this.line.visible = p === 'surface';
      this.lineGeometry.getAttribute('position').needsUpdate = true;
    }
    this.invalidate();
  }

  dispose(): void {
    this.sphereGeometry.dispose();
    this.sphereMaterial.dispose();
    this.footGeometry.dispose();
    this.footMaterial.dispose();
    this.lineGeometry.dispose();
    this.lineMaterial.dispose();
  }
}
