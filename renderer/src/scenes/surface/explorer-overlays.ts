/**
 * All of the explorer's 3D overlays in one place, so the Svelte scene only says *what* to show
 * (point values, toggles, walkers) and this class keeps the three.js objects in step with it.
 * Walker trails reuse one growing buffer per walker instead of allocating on every step.
 */
import { niceLevels } from '$shared/sampling/niceLevels';
import type { PointValues } from './explorer/point-model';
import {
  ContoursOverlay,
  GradientArrowsOverlay,
  PointMarkerOverlay,
  SlicePlanesOverlay,
  TangentPlaneOverlay,
  WalkerTrailsOverlay,
  type WalkerTrail,
} from './explorer/three';
import type { SliceAlong } from './explorer/three/slice-geometry';
import type { Walker } from './explorer/walker-model';
import type { SurfaceSamples } from './surface-mesh';
import type { SurfaceView } from './surface-view';
import { makeWorldFrame, type Domain } from './world-frame';

export interface OverlayToggles {
  readonly slices: boolean;
  readonly tangentPlane: boolean;
  readonly gradient: boolean;
  readonly contours: boolean;
  /** Show the unit vector u of the directional-derivative dial. */
  readonly unitVector: boolean;
}

const CONTOUR_LEVELS = 14;

export class ExplorerOverlays {
  private readonly slices: SlicePlanesOverlay;
  private readonly plane: TangentPlaneOverlay;
  private readonly arrows: GradientArrowsOverlay;
  private readonly contours: ContoursOverlay;
  private readonly trails: WalkerTrailsOverlay;
  private readonly marker: PointMarkerOverlay;
  private readonly removers: (() => void)[];
  private readonly trailBuffers = new Map<string, Float64Array>();
  private domain: Domain | null = null;

  constructor(view: SurfaceView) {
    const inv = view.invalidate;
    this.slices = new SlicePlanesOverlay(inv);
    this.plane = new TangentPlaneOverlay(inv);
    this.arrows = new GradientArrowsOverlay(inv);
    this.contours = new ContoursOverlay(inv);
    this.trails = new WalkerTrailsOverlay(inv);
    this.marker = new PointMarkerOverlay(inv);
    this.removers = [this.contours, this.slices, this.plane, this.arrows, this.trails, this.marker].map((o) => view.addOverlay(o));
  }

  /** New surface samples: contour lines follow them. */
  setSurface(samples: SurfaceSamples, domain: Domain, zLo: number, zHi: number): void {
    this.domain = domain;
    this.contours.setContours(samples, domain, niceLevels(zLo, zHi, CONTOUR_LEVELS), makeWorldFrame(domain, zLo, zHi));
  }

  /** The point (a, b) moved or the formula changed. */
  setPoint(p: PointValues, f: (x: number, y: number) => number, theta: number, toggles: OverlayToggles, along?: SliceAlong): void {
    const z0 = p.f;
    this.marker.object.visible = true;
    this.marker.update(p.a, p.b, z0);
    const defined = p.defined;
    if (defined) {
      this.slices.update({ a: p.a, b: p.b, f, ...(along ? { along } : {}), dfdx: p.fx, dfdy: p.fy, z0 });
      this.plane.update({ a: p.a, b: p.b, z0, fx: p.fx, fy: p.fy });
      this.arrows.update({ a: p.a, b: p.b, z0, fx: p.fx, fy: p.fy }, toggles.unitVector ? theta : null);
    }
    this.slices.setVisible(defined && toggles.slices, defined && toggles.slices);
    this.plane.visible = defined && toggles.tangentPlane;
    this.arrows.setVisible(defined && toggles.gradient, defined && toggles.unitVector);
    this.contours.setVisible(toggles.contours, toggles.contours);
  }

  /**
   * The walkers' paths so far. A path is drawn up to the last point inside the domain: a walker
   * that diverges leaves the box within a few steps, and drawing those points (clamped to the
   * box) would look like a line flying off — its status message tells the rest.
   */
  setWalkers(walkers: readonly Walker[]): void {
    const trails: WalkerTrail[] = [];
    const d = this.domain;
    for (const w of walkers) {
      let count = w.stepCount + 1;
      if (d) {
        for (let i = 0; i < count; i++) {
          const x = w.xs[i]!;
          const y = w.ys[i]!;
          if (!(x >= d.xMin && x <= d.xMax && y >= d.yMin && y <= d.yMax && Number.isFinite(w.losses[i]!))) {
            count = Math.max(1, i);
            break;
          }
        }
      }
      let buf = this.trailBuffers.get(w.id);
      if (!buf || buf.length < count * 3) {
        buf = new Float64Array(Math.max(64, count * 2) * 3);
        this.trailBuffers.set(w.id, buf);
      }
      for (let i = 0; i < count; i++) {
        buf[i * 3] = w.xs[i]!;
        buf[i * 3 + 1] = w.ys[i]!;
        buf[i * 3 + 2] = w.losses[i]!;
      }
      const leftBox = count < w.stepCount + 1;
      trails.push({ id: w.id, color: w.color, points: buf, count, diverged: w.status === 'diverged' || leftBox });
    }
    for (const id of [...this.trailBuffers.keys()]) if (!walkers.some((w) => w.id === id)) this.trailBuffers.delete(id);
    this.trails.setTrails(trails);
  }

  /**
   * The network view: no formula, so no slices or gradient — just the training run as a trail
   * up to the current step, with the point marker at that step.
   */
  setTrainingRun(trail: WalkerTrail | null, at: readonly [number, number, number] | null): void {
    this.slices.setVisible(false, false);
    this.plane.visible = false;
    this.arrows.setVisible(false, false);
    this.trails.setTrails(trail ? [trail] : []);
    this.marker.object.visible = at !== null;
    if (at) this.marker.update(at[0], at[1], at[2]);
  }

  /** Length of the drawn gradient arrow per unit of ∇f (shown in the legend), and whether it was capped. */
  get arrowScale(): { readonly scale: number; readonly capped: boolean } {
    return { scale: this.arrows.scale, capped: this.arrows.capped };
  }

  dispose(): void {
    for (const remove of this.removers) remove();
    this.trailBuffers.clear();
  }
}
