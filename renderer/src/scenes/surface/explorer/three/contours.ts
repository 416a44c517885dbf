/**
 * Overlay: contour lines on the surface (neutral colour, slightly lifted) and on the floor (in the
 * colour map of their level), from marching squares over the sampled grid. Buffers start with a
 * preallocated capacity and grow (doubling, old GPU buffers freed) only when a surface needs more.
 */
import { BufferAttribute, BufferGeometry, Group, LineBasicMaterial, LineSegments } from 'three';
import type { SceneOverlay } from '../../overlay';
import { sameWorldFrame, type SurfaceSamples } from '../../surface-mesh';
import type { Domain, WorldFrame } from '../../world-frame';
import { CONTOUR_COLOR } from './colors';
import { allocateContourBuffers, fillContours, type ContourBuffers } from './contour-geometry';

/** Initial capacity: ~10 levels across a 256×256 grid of a smooth surface fit comfortably. */
export const INITIAL_CONTOUR_SEGMENTS = 16384;

export class ContoursOverlay implements SceneOverlay {
  readonly object = new Group();
  private buffers: ContourBuffers;
  private surfaceGeometry = new BufferGeometry();
  private floorGeometry = new BufferGeometry();
  private readonly surfaceMaterial = new LineBasicMaterial({ color: CONTOUR_COLOR, transparent: true, opacity: 0.5 });
  private readonly floorMaterial = new LineBasicMaterial({ vertexColors: true });
  private readonly surfaceLines: LineSegments;
  private readonly floorLines: LineSegments;
  private samples: SurfaceSamples | null = null;
  private domain: Domain | null = null;
  private levels: ArrayLike<number> = [];
  private frame: WorldFrame | null = null;
  private segments = 0;

  constructor(
    private readonly invalidate: () => void = () => {},
    capacity = INITIAL_CONTOUR_SEGMENTS,
  ) {
    this.object.name = 'contours';
    this.buffers = allocateContourBuffers(capacity);
    this.attach();
    this.surfaceLines = new LineSegments(this.surfaceGeometry, this.surfaceMaterial);
    this.floorLines = new LineSegments(this.floorGeometry, this.floorMaterial);
    this.surfaceLines.frustumCulled = false;
    this.floorLines.frustumCulled = false;
    this.surfaceLines.renderOrder = 2;
    this.object.add(this.surfaceLines, this.floorLines);
  }

  /** Segments drawn per copy (surface and floor). */
  get segmentCount(): number {
    return this.segments;
  }

  /** Current capacity in segments. */
  get capacity(): number {
    return this.buffers.surface.length / 6;
  }

  /**
   * Draws the contours of `samples` over `domain` at `levels` (e.g. niceLevels(zLo, zHi, 10)).
   * The samples object is kept (not copied) to redraw on a frame change; the sampler reuses it in
   * place, so call this again after each resample.
   */
  setContours(samples: SurfaceSamples, domain: Domain, levels: ArrayLike<number>, frame?: WorldFrame): void {
    this.samples = samples;
    this.domain = domain;
    this.levels = levels;
    // The frame the view is about to take for these samples: mapping to it now means the view's
    // setFrame that follows finds nothing to redo (one pass per new surface, not two).
    if (frame) this.frame = frame;
    this.rebuild();
  }

  /** Shows or hides the surface and floor copies independently. */
  setVisible(surface: boolean, floor: boolean): void {
    this.surfaceLines.visible = surface;
    this.floorLines.visible = floor;
    this.invalidate();
  }

  setFrame(frame: WorldFrame): void {
    const same = this.frame !== null && sameWorldFrame(this.frame, frame);
    this.frame = frame;
    if (!same) this.rebuild();
  }

  private rebuild(): void {
    const { samples, domain, frame } = this;
    if (!samples || !domain || !frame) return;
    let need = fillContours(samples, domain, this.levels, frame, this.buffers);
    if (need > this.capacity) {
      let cap = this.capacity;
      while (cap < need) cap *= 2;
      this.grow(cap);
      need = fillContours(samples, domain, this.levels, frame, this.buffers);
    }
    this.segments = Math.min(need, this.capacity);
    this.surfaceGeometry.setDrawRange(0, this.segments * 2);
    this.floorGeometry.setDrawRange(0, this.segments * 2);
    const floats = this.segments * 6;
    upload(this.surfaceGeometry, 'position', floats);
    upload(this.floorGeometry, 'position', floats);
    upload(this.floorGeometry, 'color', floats);
    this.invalidate();
  }

  private grow(capacity: number): void {
    this.buffers = allocateContourBuffers(capacity);
    // New geometries: disposing the old ones frees their GPU buffers.
    this.surfaceGeometry.dispose();
    this.floorGeometry.dispose();
    this.surfaceGeometry = new BufferGeometry();
    this.floorGeometry = new BufferGeometry();
    this.attach();
    this.surfaceLines.geometry = this.surfaceGeometry;
    this.floorLines.geometry = this.floorGeometry;
  }

  private attach(): void {
    this.surfaceGeometry.setAttribute('position', new BufferAttribute(this.buffers.surface, 3));
    this.floorGeometry.setAttribute('position', new BufferAttribute(this.buffers.floor, 3));
    this.floorGeometry.setAttribute('color', new BufferAttribute(this.buffers.colors, 3));
  }

  dispose(): void {
    this.surfaceGeometry.dispose();
    this.floorGeometry.dispose();
    this.surfaceMaterial.dispose();
    this.floorMaterial.dispose();
    this.samples = null;
  }
}

/** Marks the first `floats` values of an attribute for upload (not the whole preallocated buffer). */
function upload(geometry: BufferGeometry, name: string, floats: number): void {
  const attr = geometry.getAttribute(name);
  if (!(attr instanceof BufferAttribute) || floats === 0) return;
  attr.clearUpdateRanges();
  attr.addUpdateRange(0, floats);
  attr.needsUpdate = true;
}
