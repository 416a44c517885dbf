/**
 * What the surface view needs from anything drawn on top of the surface (slice planes, tangent
 * plane, gradient arrows, walker trails, contours, markers): a three.js object to add to the
 * scene, a way to follow the world frame when the domain or z-range changes, and cleanup.
 * Overlays update their own geometry in place and call `invalidate` — the view renders on demand.
 */
import type { Object3D } from 'three';
import type { WorldFrame } from './world-frame';

export interface SceneOverlay {
  readonly object: Object3D;
  /** Called when the surface's world frame changes (new domain or z range); re-place geometry. */
  setFrame(frame: WorldFrame): void;
  /** Frees GPU resources; the view removes `object` from the scene. */
  dispose(): void;
  /**
   * Calls `point` with world points that must stay in view (the camera frames them), for overlays
   * that can reach outside the surface's box — a long gradient arrow. Overlays that stay inside
   * the box (trails and slices are clipped to it) leave this out.
   */
  extent?(point: (x: number, y: number, z: number) => void): void;
}
