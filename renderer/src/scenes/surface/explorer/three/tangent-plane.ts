/**
 * Overlay: the tangent plane at (a, b) as a translucent patch (see tangent-plane-geometry.ts),
 * toggled with `visible`. One preallocated buffer, rewritten in place.
 */
import { BufferAttribute, BufferGeometry, DoubleSide, Mesh, MeshBasicMaterial } from 'three';
import type { SceneOverlay } from '../../overlay';
import type { WorldFrame } from '../../world-frame';
import { TANGENT_PLANE_COLOR } from './colors';
import { fillTangentPlane, TANGENT_PLANE_FLOATS, type TangentPlaneInput } from './tangent-plane-geometry';

export class TangentPlaneOverlay implements SceneOverlay {
  readonly object: Mesh;
  private readonly geometry = new BufferGeometry();
  private readonly positions = new Float32Array(TANGENT_PLANE_FLOATS);
  private readonly material = new MeshBasicMaterial({
    color: TANGENT_PLANE_COLOR,
    transparent: true,
    opacity: 0.45,
    side: DoubleSide,
    depthWrite: false,
    // Pulled towards the camera so it wins against the surface where they touch at the point.
    polygonOffset: true,
    polygonOffsetFactor: -2,
    polygonOffsetUnits: -2,
  });
  /** A faint copy drawn without depth test: under a convex surface the plane is otherwise hidden. */
  private readonly ghostMaterial = new MeshBasicMaterial({ color: TANGENT_PLANE_COLOR, transparent: true, opacity: 0.18, side: DoubleSide, depthWrite: false, depthTest: false });
  private readonly state = { a: Number.NaN, b: Number.NaN, z0: Number.NaN, fx: Number.NaN, fy: Number.NaN };
  private frame: WorldFrame | null = null;
  private shown = true;
  private vertices = 0;

  constructor(private readonly invalidate: () => void = () => {}) {
    this.geometry.setAttribute('position', new BufferAttribute(this.positions, 3));
    this.object = new Mesh(this.geometry, this.material);
    this.object.name = 'tangent-plane';
    this.object.frustumCulled = false;
    this.object.renderOrder = 1;
    this.object.visible = false;
    const ghost = new Mesh(this.geometry, this.ghostMaterial);
    ghost.frustumCulled = false;
    ghost.renderOrder = 11;
    this.object.add(ghost);
  }

  /** Whether the plane is shown (the toggle). */
  get visible(): boolean {
    return this.shown;
  }
  set visible(v: boolean) {
    this.shown = v;
    this.object.visible = v && this.vertices > 0;
    this.invalidate();
  }

  /** Number of vertices drawn (0 when the plane is undefined or entirely outside the box). */
  get vertexCount(): number {
    return this.vertices;
  }

  /** Moves the plane to the point (a, b) with value z0 and slopes fx, fy. Allocation-free. */
  update(p: TangentPlaneInput): void {
    const s = this.state;
    s.a = p.a;
    s.b = p.b;
    s.z0 = p.z0;
    s.fx = p.fx;
    s.fy = p.fy;
    this.rebuild();
  }

  setFrame(frame: WorldFrame): void {
    this.frame = frame;
    this.rebuild();
  }

  private rebuild(): void {
    if (!this.frame) return;
    this.vertices = fillTangentPlane(this.state, this.frame, this.positions);
    this.geometry.getAttribute('position').needsUpdate = true;
    this.geometry.setDrawRange(0, this.vertices);
    this.object.visible = this.shown && this.vertices > 0;
    this.invalidate();
  }

  dispose(): void {
    this.geometry.dispose();
    this.material.dispose();
    this.ghostMaterial.dispose();
  }
}
