/**
 * Thick screen-space line segments (three's LineSegments2): WebGL draws plain lines 1 px wide,
 * too thin for slices, arrows and trails on a projector. The positions array is allocated once
 * with a capacity and rewritten in place; it grows (by doubling) only when a caller needs more.
 */
import { Color } from 'three';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js';
import { LineSegmentsGeometry } from 'three/examples/jsm/lines/LineSegmentsGeometry.js';

export interface FatSegmentsOptions {
  readonly color: string;
  /** Line width in CSS pixels. */
  readonly width: number;
  readonly opacity?: number;
  /** Initial capacity in segments. */
  readonly capacity: number;
  /** Draw order among transparent objects (higher = later). */
  readonly renderOrder?: number;
  /**
   * Opacity of a see-through copy drawn without depth test (0 or absent: none). Lines that lie
   * under a convex surface (tangent lines, arrows in the tangent plane) are otherwise hidden.
   */
  readonly ghost?: number;
}

export class FatSegments {
  readonly object: LineSegments2;
  private readonly material: LineMaterial;
  private readonly ghost: LineSegments2 | null = null;
  private readonly ghostMaterial: LineMaterial | null = null;
  private geometry = new LineSegmentsGeometry();
  private data: Float32Array;
  private readonly colorValue = new Color();
  private colorString = '';

  constructor(options: FatSegmentsOptions) {
    const opacity = options.opacity ?? 1;
    this.material = new LineMaterial({ linewidth: options.width, transparent: opacity < 1, opacity, worldUnits: false });
    this.data = new Float32Array(Math.max(1, options.capacity) * 6);
    this.geometry.setPositions(this.data);
    this.object = new LineSegments2(this.geometry, this.material);
    // Bounds are not recomputed on every in-place update; the overlays are small and always near the box.
    this.object.frustumCulled = false;
    this.object.renderOrder = options.renderOrder ?? 0;
    if (options.ghost) {
      this.ghostMaterial = new LineMaterial({ linewidth: options.width, transparent: true, opacity: options.ghost, depthTest: false, depthWrite: false, worldUnits: false });
      this.ghost = new LineSegments2(this.geometry, this.ghostMaterial);
      this.ghost.frustumCulled = false;
      this.ghost.renderOrder = (options.renderOrder ?? 0) + 10;
      // A child shares visibility and transform with the line it shadows.
      this.object.add(this.ghost);
    }
    this.setColor(options.color);
    this.commit(0);
  }

  /** Capacity in segments. */
  get capacity(): number {
    return this.data.length / 6;
  }

  /**
   * The positions array to write into (6 floats per segment: x1 y1 z1 x2 y2 z2, world units),
   * after making room for at least `segments`. Growing replaces the array (call this before writing).
   */
  positions(segments = 0): Float32Array {
    if (segments > this.capacity) {
      let cap = this.capacity;
      while (cap < segments) cap *= 2;
      this.data = new Float32Array(cap * 6);
      // A fresh geometry: disposing the old one frees its GPU buffer instead of leaking it.
      const next = new LineSegmentsGeometry();
      next.setPositions(this.data);
      this.object.geometry = next;
      if (this.ghost) this.ghost.geometry = next;
      this.geometry.dispose();
      this.geometry = next;
    }
    return this.data;
  }

  /** Segments shown since the last commit. */
  get drawn(): number {
    return this.geometry.instanceCount;
  }

  /** Shows the first `count` segments of the positions array (uploads them). */
  commit(count: number): void {
    const n = Math.max(0, Math.min(count, this.capacity));
    const start = this.geometry.getAttribute('instanceStart');
    if ('data' in start) start.data.needsUpdate = true;
    this.geometry.instanceCount = n;
    this.object.visible = n > 0;
  }

  setColor(color: string): void {
    if (color === this.colorString) return;
    this.colorString = color;
    this.colorValue.set(color);
    this.material.color.copy(this.colorValue);
    this.ghostMaterial?.color.copy(this.colorValue);
  }

  dispose(): void {
    this.geometry.dispose();
    this.material.dispose();
    this.ghostMaterial?.dispose();
  }
}
