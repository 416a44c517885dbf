/**
 * The three.js side of the surface scene: one renderer, camera, orbit controls, the surface mesh
 * and the axis frame. Geometry buffers are allocated once per resolution and updated in place;
 * rendering happens on demand (invalidate on change, no constant loop — threlte's rule).
 */
import {
  AmbientLight,
  BufferAttribute,
  BufferGeometry,
  Color,
  DirectionalLight,
  DoubleSide,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshLambertMaterial,
  MeshStandardMaterial,
  type Material,
  type Object3D,
  PerspectiveCamera,
  Raycaster,
  Scene,
  Sphere,
  Vector2,
  Vector3,
  WebGLRenderer,
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { buildAxes, type AxisLabel } from './axes-geometry';
import { fitCamera, offsetAngles, orbitOffset, verticalFov, type Vec3 } from './camera-fit';
import type { SceneOverlay } from './overlay';
import { decimateSamples, IDLE_MS, MOVING_RESOLUTION, renderDetail, type Detail, type MutableSamples } from './render-detail';
import { detectRenderer } from './software-gl';
import { allocateSurfaceBuffers, fillSurfaceBuffers, sameWorldFrame, type SurfaceBuffers, type SurfaceSamples } from './surface-mesh';
import { HEIGHT, makeWorldFrame, toWorldX, toWorldY, type Domain, type WorldFrame } from './world-frame';

export interface SceneColors {
  readonly background: string;
  readonly axis: string;
}

const HOME = new Vector3(2.0, -2.3, 1.75);
const TARGET = new Vector3(0, 0, HEIGHT / 2);
/** Empty border around the framed content, as a fraction of the view's half-width and half-height. */
const FIT_MARGIN = 0.06;
/** Share of the remaining way the camera moves towards a new fit per frame (a short glide, not a jump). */
const FIT_EASE = 0.35;
/** Keyboard orbit steps (degrees) and zoom factor; Shift gives the fine steps. */
export const ORBIT_STEP = 7.5;
export const ORBIT_FINE_STEP = 1.5;
export const DOLLY_FACTOR = 1.15;
export const DOLLY_FINE_FACTOR = 1.03;
/** Encloses the world box [−1, 1]² × [0, HEIGHT] that every surface vertex lies in. */
const WORLD_SPHERE = new Sphere(new Vector3(0, 0, HEIGHT / 2), Math.sqrt(2 + (HEIGHT / 2) ** 2));

/** Live WebGL contexts owned by SurfaceViews in this page (a view that is not disposed leaks one). */
let liveContexts = 0;

/**
 * Counts the buffers a context creates and deletes. three.js reports geometries and textures in
 * renderer.info.memory but not raw buffers, and a buffer orphaned by replacing an attribute is
 * exactly the leak a long lecture accumulates; the count is published on the canvas for the
 * e2e leak test (e2e/web/gl-leaks.spec.ts).
 */
function countBuffers(gl: WebGLRenderingContext | WebGL2RenderingContext): { readonly live: () => number } {
  let live = 0;
  const create = gl.createBuffer.bind(gl);
  const remove = gl.deleteBuffer.bind(gl);
  gl.createBuffer = (): WebGLBuffer => {
    live++;
    return create();
  };
  gl.deleteBuffer = (buffer: WebGLBuffer | null): void => {
    if (buffer) live--;
    remove(buffer);
  };
  return { live: () => live };
}

interface SizeEntry {
  readonly buffers: SurfaceBuffers;
  /** One geometry per resolution, so evicting a resolution disposes (frees) its GPU buffers. */
  readonly geometry: BufferGeometry;
}

export class SurfaceView {
  private readonly renderer: WebGLRenderer;
  private readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera(40, 1, 0.01, 100);
  private readonly controls: OrbitControls;
  private geometry = new BufferGeometry();
  private readonly material = new MeshStandardMaterial({ vertexColors: true, side: DoubleSide, roughness: 0.75, metalness: 0 });
  /** Per-vertex lighting: what a software rasterizer draws while the view moves. */
  private readonly cheapMaterial = new MeshLambertMaterial({ vertexColors: true, side: DoubleSide });
  private readonly mesh = new Mesh<BufferGeometry, Material>(this.geometry, this.material);
  private axesGeometry = new BufferGeometry();
  private readonly axesMaterial = new LineBasicMaterial({ color: 0x888888 });
  private readonly axes = new LineSegments(this.axesGeometry, this.axesMaterial);
  private buffers: SurfaceBuffers | null = null;
  private bufferSize = '';
  /**
   * Buffers and GPU attributes per resolution: a drag alternates between the coarse and the full
   * resolution, and switching must not reallocate (or re-upload whole new GPU buffers) each time.
   */
  private readonly bySize = new Map<string, SizeEntry>();
  private readonly glBuffers: { readonly live: () => number };
  private frame: WorldFrame | null = null;
  private axisNames: readonly [string, string] = ['x', 'y'];
  private labels: readonly AxisLabel[] = [];
  private labelEls: HTMLElement[] = [];
  private readonly overlays = new Set<SceneOverlay>();
  private pending = 0;
  private disposed = false;
  private readonly projected = new Vector3();
  /** Called after every rendered frame (tests and the UI read this to know a frame is on screen). */
  onRendered: (() => void) | null = null;

  // Software rendering (render-detail.ts): what the rasterizer is and what is drawn right now.
  /** True on a CPU rasterizer (SwiftShader, llvmpipe, Microsoft Basic Render Driver). */
  readonly software: boolean;
  readonly rendererName: string;
  private adapt = true;
  private moving = false;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private detail: Detail;
  private cssWidth = 1;
  private cssHeight = 1;
  /** The last full samples, kept to build the coarse mesh from when the camera starts moving. */
  private lastSurface: { samples: SurfaceSamples; frame: WorldFrame } | null = null;
  private coarse: { size: string; buffers: SurfaceBuffers; geometry: BufferGeometry; samples: MutableSamples | null; valid: boolean } | null = null;
  private readonly hiddenWhileMoving: Object3D[] = [];

  // Camera framing (camera-fit.ts): the content's bounds grow as arrows poke out; the camera
  // glides to fit them until the user zooms or pans, and Home brings the fitting back.
  private autoFit = true;
  private snapFit = true;
  private readonly fitMin: [number, number, number] = [Infinity, Infinity, Infinity];
  private readonly fitMax: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  private fitGoal: { target: Vector3; distance: number } | null = null;
  private fitDirty = true;
  private userDrag: { distance: number; target: Vector3 } | null = null;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly labelLayer: HTMLElement,
  ) {
    // preserveDrawingBuffer keeps the last frame readable for screenshots and PNG export.
    this.renderer = new WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true });
    const gl = this.renderer.getContext();
    const info = detectRenderer(gl);
    this.software = info.software;
    this.rendererName = info.renderer;
    this.detail = renderDetail({ software: this.software, adapt: this.adapt, moving: false, devicePixelRatio: globalThis.devicePixelRatio || 1 });
    this.renderer.setPixelRatio(this.detail.pixelRatio);
    canvas.dataset.glSoftware = String(this.software);
    canvas.dataset.glRenderer = info.renderer;
    this.glBuffers = countBuffers(gl);
    liveContexts++;
    this.camera.up.set(0, 0, 1);
    this.camera.position.copy(HOME);
    this.controls = new OrbitControls(this.camera, canvas);
    this.controls.target.copy(TARGET);
    this.controls.enableDamping = true;
    this.controls.dampingFactor = 0.15;
    this.controls.minDistance = 0.5;
    this.controls.maxDistance = 20;
    this.controls.addEventListener('change', this.onControlsChange);
    this.controls.addEventListener('start', this.onControlsStart);
    this.controls.addEventListener('end', this.onControlsEnd);
    this.controls.update();

    this.scene.add(new AmbientLight(0xffffff, 1.4));
    const key = new DirectionalLight(0xffffff, 1.6);
    key.position.set(2, -3, 5);
    this.scene.add(key);
    const fill = new DirectionalLight(0xffffff, 0.5);
    fill.position.set(-3, 2, -2);
    this.scene.add(fill);
    this.mesh.visible = false;
    this.scene.add(this.mesh, this.axes);
    this.precompileTimer = setTimeout(this.precompile, 0);
  }

  private precompileTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Issues the shader compiles of both surface materials (and the axes') ahead of their first use:
   * the per-vertex lit "moving" material is otherwise first compiled in the middle of a drag, which
   * on SwiftShader stalled that frame ~0.9 s. `compile` only submits the programs (the driver
   * compiles them in the GPU process); three.js checks their status lazily at first draw, by
   * which time they are ready.
   */
  private readonly precompile = (): void => {
    this.precompileTimer = undefined;
    if (this.disposed) return;
    const current = this.mesh.material;
    try {
      for (const m of [this.cheapMaterial, this.material]) {
        this.mesh.material = m;
        this.renderer.compile(this.scene, this.camera);
      }
    } finally {
      this.mesh.material = current;
    }
  };

  /**
   * Shows new samples. Reuses the GPU buffers unless the resolution changed. Returns the number
   * of triangles drawn (quads with all four corners defined, two each).
   */
  setSurface(samples: SurfaceSamples, domain: Domain, zLo: number, zHi: number): number {
    const size = `${samples.nx}x${samples.ny}`;
    if (!this.buffers || size !== this.bufferSize) {
      let entry = this.bySize.get(size);
      if (!entry) {
        const buffers = allocateSurfaceBuffers(samples.nx, samples.ny);
        const geometry = new BufferGeometry();
        geometry.setAttribute('position', new BufferAttribute(buffers.positions, 3));
        geometry.setAttribute('normal', new BufferAttribute(buffers.normals, 3));
        geometry.setAttribute('color', new BufferAttribute(buffers.colors, 3));
        geometry.setIndex(new BufferAttribute(buffers.indices, 1));
        entry = { buffers, geometry };
        // Keep the two most recent sizes (coarse drag + full); older ones are dropped and their
        // GPU buffers freed (replacing an attribute alone would orphan its buffer on the GPU).
        if (this.bySize.size >= 2) {
          const oldest = this.bySize.keys().next().value ?? '';
          this.bySize.get(oldest)?.geometry.dispose();
          this.bySize.delete(oldest);
        }
        this.bySize.set(size, entry);
      }
      this.buffers = entry.buffers;
      this.bufferSize = size;
      this.geometry = entry.geometry;
      this.mesh.geometry = entry.geometry;
    }
    const frame = makeWorldFrame(domain, zLo, zHi);
    const pre = samples.prepared?.mesh;
    const buffers = this.buffers;
    let count: number;
    let arrays: { readonly positions: Float32Array; readonly normals: Float32Array; readonly colors: Float32Array; readonly indices: Uint32Array };
    if (pre && sameWorldFrame(pre.frame, frame) && pre.positions.length === buffers.positions.length && pre.indices.length === buffers.indices.length) {
      // The worker built this mesh for this very frame and transferred its arrays: the GPU
      // buffers take them as they are (the same attributes, their arrays swapped; same sizes, so
      // three.js updates the existing GL buffers), with no copy of ~4 MB on the main thread.
      count = pre.count;
      arrays = pre;
    } else {
      count = fillSurfaceBuffers(samples, frame, buffers);
      arrays = buffers;
    }
    for (const [name, array] of [['position', arrays.positions], ['normal', arrays.normals], ['color', arrays.colors]] as const) {
      const attr = this.geometry.getAttribute(name);
      if (attr instanceof BufferAttribute) {
        if (attr.array !== array) attr.array = array;
        attr.needsUpdate = true;
      }
    }
    const index = this.geometry.getIndex();
    if (index) {
      if (index.array !== arrays.indices) index.array = arrays.indices;
      // Only the indices in use: the rest of the index buffer is never drawn.
      index.clearUpdateRanges();
      index.addUpdateRange(0, count);
      index.needsUpdate = true;
    }
    this.geometry.setDrawRange(0, count);
    // Every vertex lies in the fixed world box, so its bounding sphere is known: no pass over
    // 65 k vertices per update.
    this.geometry.boundingSphere = WORLD_SPHERE;
    this.mesh.visible = count > 0;
    const prevFrame = this.frame;
    if (!sameFrame(frame, this.frame)) {
      this.frame = frame;
      this.setFrame(frame);
      for (const o of this.overlays) o.setFrame(frame);
      // A new z range alone (a slider drag) keeps the world box: only a new domain reframes.
      if (!prevFrame || !sameDomain(prevFrame.domain, frame.domain)) this.resetFitBounds();
    }
    this.lastSurface = { samples, frame };
    if (this.coarse) this.coarse.valid = false;
    this.chooseGeometry();
    this.invalidate();
    return count / 3;
  }

  /**
   * Something moves (the camera, a slider): on a software rasterizer draw less until it rests
   * for IDLE_MS, then draw everything again. Does nothing on a GPU.
   */
  markMoving(): void {
    if (!this.software || !this.adapt || this.disposed) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(this.settle, IDLE_MS);
    if (this.moving) return;
    this.moving = true;
    this.applyDetail();
  }

  /**
   * A data slider is being dragged (the session's `dragging`): the view stays in its moving detail
   * until the drag ends, however far apart the moves come. A rest timer firing between two slow
   * moves would draw one full-detail frame in the middle of the drag (the costliest frame there
   * is on a software rasterizer), then drop back to the moving detail at the next move.
   */
  holdMoving(on: boolean): void {
    if (on === this.held) return;
    this.held = on;
    // Released: the ordinary rest timer brings the full detail back.
    this.markMoving();
  }

  private held = false;

  private readonly settle = (): void => {
    if (this.held && this.adapt) return;
    this.moving = false;
    this.applyDetail();
    this.invalidate();
  };

  /** The user's switch for the software-rendering adaptation (on by default). */
  setAdaptive(on: boolean): void {
    this.adapt = on;
    if (!on) {
      clearTimeout(this.idleTimer);
      this.moving = false;
    }
    this.applyDetail();
    this.invalidate();
  }

  get adaptive(): boolean {
    return this.adapt;
  }

  private applyDetail(): void {
    const d = renderDetail({ software: this.software, adapt: this.adapt, moving: this.moving, devicePixelRatio: globalThis.devicePixelRatio || 1 });
    if (d.pixelRatio !== this.detail.pixelRatio) {
      this.renderer.setPixelRatio(d.pixelRatio);
      this.renderer.setSize(this.cssWidth, this.cssHeight, false);
    }
    this.detail = d;
    this.mesh.material = d.cheap ? this.cheapMaterial : this.material;
    this.chooseGeometry();
    const data = this.canvas.dataset;
    data.glPixelRatio = String(d.pixelRatio);
    data.glDetail = d.coarseMesh ? 'coarse' : 'full';
  }

  /** The full mesh, or while moving on a software rasterizer the decimated one. */
  private chooseGeometry(): void {
    const last = this.lastSurface;
    if (!this.detail.coarseMesh || !last || Math.max(last.samples.nx, last.samples.ny) <= MOVING_RESOLUTION) {
      this.mesh.geometry = this.geometry;
      return;
    }
    const c = this.ensureCoarse(last.samples, last.frame);
    this.mesh.geometry = c.geometry;
  }

  private ensureCoarse(samples: SurfaceSamples, frame: WorldFrame): NonNullable<SurfaceView['coarse']> {
    const dec = decimateSamples(samples, MOVING_RESOLUTION, this.coarse?.samples ?? null);
    const size = `${dec.nx}x${dec.ny}`;
    let c = this.coarse;
    if (!c || c.size !== size) {
      c?.geometry.dispose();
      const buffers = allocateSurfaceBuffers(dec.nx, dec.ny);
      const geometry = new BufferGeometry();
      geometry.setAttribute('position', new BufferAttribute(buffers.positions, 3));
      geometry.setAttribute('normal', new BufferAttribute(buffers.normals, 3));
      geometry.setAttribute('color', new BufferAttribute(buffers.colors, 3));
      geometry.setIndex(new BufferAttribute(buffers.indices, 1));
      geometry.boundingSphere = WORLD_SPHERE;
      c = { size, buffers, geometry, samples: dec, valid: false };
      this.coarse = c;
    }
    c.samples = dec;
    if (!c.valid) {
      const count = fillSurfaceBuffers(dec, frame, c.buffers);
      for (const name of ['position', 'normal', 'color'] as const) {
        const attr = c.geometry.getAttribute(name);
        if (attr instanceof BufferAttribute) attr.needsUpdate = true;
      }
      const index = c.geometry.getIndex();
      if (index) index.needsUpdate = true;
      c.geometry.setDrawRange(0, count);
      c.valid = true;
    }
    return c;
  }

  // --- Camera: keyboard, framing ---

  private readonly onControlsChange = (): void => {
    if (this.userDrag) this.markMoving();
    this.invalidate();
  };

  private readonly onControlsStart = (): void => {
    this.userDrag = { distance: this.camera.position.distanceTo(this.controls.target), target: this.controls.target.clone() };
  };

  /** A drag that only turned the view keeps the fitting (refit for the new direction); a zoom or pan ends it. */
  private readonly onControlsEnd = (): void => {
    const d = this.userDrag;
    this.userDrag = null;
    if (!d) return;
    const dist = this.camera.position.distanceTo(this.controls.target);
    if (Math.abs(dist - d.distance) > 1e-3 * d.distance || this.controls.target.distanceTo(d.target) > 1e-6) this.autoFit = false;
    this.fitDirty = true;
    this.invalidate();
  };

  /** Turns the view about the target: azimuth about the vertical axis, elevation up/down (degrees). */
  orbitBy(dAzimuth: number, dElevation: number): void {
    const t = this.controls.target;
    const o = this.camera.position.clone().sub(t);
    const n = orbitOffset([o.x, o.y, o.z], dAzimuth, dElevation);
    this.camera.position.set(t.x + n[0], t.y + n[1], t.z + n[2]);
    this.fitDirty = true;
    this.markMoving();
    this.invalidate();
  }

  /** Moves the camera towards (factor < 1) or away from (factor > 1) the target; ends auto-fitting. */
  dollyBy(factor: number): void {
    const t = this.controls.target;
    const o = this.camera.position.clone().sub(t);
    const len = Math.min(this.controls.maxDistance, Math.max(this.controls.minDistance, o.length() * factor));
    o.setLength(len);
    this.camera.position.copy(t).add(o);
    this.autoFit = false;
    this.fitGoal = null;
    this.markMoving();
    this.invalidate();
  }

  /** Angles and distance of the camera (published on the canvas as data-gl-* for tests). */
  get cameraState(): { azimuth: number; elevation: number; distance: number; autoFit: boolean } {
    const o = this.camera.position.clone().sub(this.controls.target);
    return { ...offsetAngles([o.x, o.y, o.z]), autoFit: this.autoFit };
  }

  private resetFitBounds(): void {
    this.fitMin.fill(Infinity);
    this.fitMax.fill(-Infinity);
    this.fitDirty = true;
  }

  private grow(x: number, y: number, z: number): void {
    if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) return;
    const m = this.fitMin;
    const M = this.fitMax;
    const p = [x, y, z];
    for (let i = 0; i < 3; i++) {
      const v = p[i]!;
      if (v < m[i]!) {
        m[i] = v;
        this.fitDirty = true;
      }
      if (v > M[i]!) {
        M[i] = v;
        this.fitDirty = true;
      }
    }
  }

  /**
   * Keeps the camera framing the surface's box, its axis labels and whatever overlays poke out of
   * it (a long gradient arrow) with FIT_MARGIN to spare. The bounds only grow while one surface is
   * shown, so moving the point does not make the camera breathe in and out.
   */
  private updateFit(): boolean {
    if (!this.autoFit || !this.frame || this.userDrag) return false;
    const f = this.frame;
    const d = f.domain;
    this.grow(toWorldX(f, d.xMin), toWorldY(f, d.yMin), 0);
    this.grow(toWorldX(f, d.xMax), toWorldY(f, d.yMax), HEIGHT);
    for (const l of this.labels) this.grow(l.at[0], l.at[1], l.at[2]);
    for (const o of this.overlays) if (o.object.visible) o.extent?.((x, y, z) => this.grow(x, y, z));
    if (this.fitDirty || !this.fitGoal) {
      this.fitDirty = false;
      const t = this.controls.target;
      const o = this.camera.position.clone().sub(t);
      const corners: Vec3[] = [];
      for (const x of [this.fitMin[0], this.fitMax[0]]) for (const y of [this.fitMin[1], this.fitMax[1]]) for (const z of [this.fitMin[2], this.fitMax[2]]) corners.push([x, y, z]);
      const fit = fitCamera({ points: corners, direction: [o.x, o.y, o.z], up: [0, 0, 1], fovDeg: this.camera.fov, aspect: this.camera.aspect, margin: FIT_MARGIN, near: 0.05 });
      this.fitGoal = { target: new Vector3(...fit.target), distance: Math.min(this.controls.maxDistance, Math.max(this.controls.minDistance, fit.distance)) };
    }
    const goal = this.fitGoal;
    const t = this.controls.target;
    const dir = this.camera.position.clone().sub(t);
    const dist = dir.length();
    dir.normalize();
    const k = this.snapFit ? 1 : FIT_EASE;
    this.snapFit = false;
    t.lerp(goal.target, k);
    const nd = dist + (goal.distance - dist) * k;
    this.camera.position.copy(t).addScaledVector(dir, nd);
    return t.distanceTo(goal.target) > 1e-4 || Math.abs(nd - goal.distance) > 1e-4 * goal.distance;
  }

  /** Titles of the horizontal axes (display form, e.g. "w₁"). */
  setAxisNames(names: readonly [string, string]): void {
    if (names[0] === this.axisNames[0] && names[1] === this.axisNames[1]) return;
    this.axisNames = names;
    if (this.frame) this.setFrame(this.frame);
    this.invalidate();
  }

  /** Adds an overlay; it follows the current world frame from now on. Returns a remover. */
  addOverlay(overlay: SceneOverlay): () => void {
    this.overlays.add(overlay);
    this.scene.add(overlay.object);
    if (this.frame) overlay.setFrame(this.frame);
    this.invalidate();
    return () => {
      if (!this.overlays.delete(overlay)) return;
      this.scene.remove(overlay.object);
      overlay.dispose();
      this.invalidate();
    };
  }

  /** The current math→world mapping, or null before the first surface. */
  get worldFrame(): WorldFrame | null {
    return this.frame;
  }

  private readonly raycaster = new Raycaster();
  private readonly pointer = new Vector2();

  /**
   * The world-space ray under a pointer position (client pixels, as in PointerEvent.clientX/Y),
   * for picking (explorer/picking.ts). The direction is a unit vector.
   */
  rayAt(clientX: number, clientY: number): { origin: [number, number, number]; direction: [number, number, number] } {
    const rect = this.canvas.getBoundingClientRect();
    const w = rect.width > 0 ? rect.width : 1;
    const h = rect.height > 0 ? rect.height : 1;
    this.pointer.set(((clientX - rect.left) / w) * 2 - 1, 1 - ((clientY - rect.top) / h) * 2);
    this.camera.updateMatrixWorld();
    this.raycaster.setFromCamera(this.pointer, this.camera);
    const { origin: o, direction: d } = this.raycaster.ray;
    return { origin: [o.x, o.y, o.z], direction: [d.x, d.y, d.z] };
  }

  setColors(colors: SceneColors): void {
    this.renderer.setClearColor(new Color(colors.background), 1);
    this.axesMaterial.color.set(colors.axis);
    this.invalidate();
  }

  resize(width: number, height: number): void {
    if (width <= 0 || height <= 0) return;
    // Reallocating the drawing buffer is the costliest call in this view (SwiftShader waits for
    // every queued frame first: 0.3–0.7 s): only a real change of size does it.
    if (width === this.cssWidth && height === this.cssHeight && this.sized) return;
    this.sized = true;
    this.cssWidth = width;
    this.cssHeight = height;
    this.renderer.setSize(width, height, false);
    this.camera.aspect = width / height;
    this.camera.fov = verticalFov(this.camera.aspect);
    this.camera.updateProjectionMatrix();
    this.fitDirty = true;
    this.snapFit = true;
    this.invalidate();
  }

  private sized = false;

  /** Home: the default direction, framing the whole surface again (and fitting from now on). */
  resetView(): void {
    this.camera.position.copy(HOME);
    this.controls.target.copy(TARGET);
    this.controls.update();
    this.autoFit = true;
    this.snapFit = true;
    this.resetFitBounds();
    this.invalidate();
  }

  readonly invalidate = (): void => {
    if (this.pending || this.disposed) return;
    this.pending = requestAnimationFrame(this.renderNow);
  };

  private readonly renderNow = (): void => {
    this.pending = 0;
    if (this.disposed) return;
    // With damping the camera keeps gliding after the pointer stops: keep rendering until it settles.
    let moving = this.controls.update();
    if (this.updateFit()) moving = true;
    // A glide (damping, refitting) is motion too: stay coarse on a software rasterizer until it rests.
    if (moving) this.markMoving();
    this.camera.updateMatrixWorld();
    this.renderWithDetail();
    this.publishGlCounts();
    this.placeLabels();
    this.onRendered?.();
    if (moving) this.invalidate();
  };

  /**
   * Renders; while a software rasterizer is moving, without the transparent planes (slice planes,
   * tangent plane) and the see-through line copies drawn over everything — overdraw is what
   * costs most there. They are back in the frame drawn at rest.
   */
  private renderWithDetail(): void {
    const hidden = this.hiddenWhileMoving;
    hidden.length = 0;
    if (this.detail.cheap) {
      this.scene.traverseVisible((o) => {
        if (o === this.mesh || !('material' in o)) return;
        const m = o.material as Material | Material[];
        if (Array.isArray(m)) return;
        const plane = o instanceof Mesh && m.transparent && m.side === DoubleSide;
        if (plane || m.depthTest === false) hidden.push(o);
      });
      for (const o of hidden) o.visible = false;
    }
    this.renderer.render(this.scene, this.camera);
    for (const o of hidden) o.visible = true;
    hidden.length = 0;
  }

  /** Live GL object counts on the canvas (read by the e2e leak test; four attribute writes per frame). */
  private publishGlCounts(): void {
    const memory = this.renderer.info.memory;
    const data = this.canvas.dataset;
    const cam = this.cameraState;
    data.glAzimuth = cam.azimuth.toFixed(2);
    data.glElevation = cam.elevation.toFixed(2);
    data.glDistance = cam.distance.toFixed(3);
    data.glAutofit = String(cam.autoFit);
    data.glGeometries = String(memory.geometries);
    data.glTextures = String(memory.textures);
    data.glBuffers = String(this.glBuffers.live());
    data.glContexts = String(liveContexts);
  }

  private setFrame(frame: WorldFrame): void {
    const axes = buildAxes(frame, this.axisNames);
    const attr = this.axesGeometry.getAttribute('position');
    if (attr instanceof BufferAttribute && attr.array.length === axes.segments.length) {
      // As many segments as before (a new z range keeps the tick counts, mostly): the same GL
      // buffer takes the new coordinates.
      attr.array = axes.segments;
      attr.needsUpdate = true;
      this.axesGeometry.computeBoundingSphere();
    } else {
      // A new geometry: disposing the old one frees its GPU buffer (replacing the attribute of a
      // geometry in place would orphan it — each preset switch used to leave one behind).
      const old = this.axesGeometry;
      this.axesGeometry = new BufferGeometry();
      this.axesGeometry.setAttribute('position', new BufferAttribute(axes.segments, 3));
      this.axesGeometry.computeBoundingSphere();
      this.axes.geometry = this.axesGeometry;
      old.dispose();
    }
    this.labels = axes.labels;
    // The spans are reused (a slider drag changes the z range, and with it the frame, on every
    // move): only changed text is written, so the label layer is not rebuilt each time.
    const els = this.labelEls;
    for (let i = 0; i < axes.labels.length; i++) {
      const l = axes.labels[i]!;
      let el = els[i];
      if (!el) {
        el = document.createElement('span');
        this.labelLayer.appendChild(el);
        els.push(el);
        this.labelPlaced.push('\u0000');
      }
      const cls = `axis-label axis-label-${l.kind}`;
      if (el.className !== cls) el.className = cls;
      if (el.textContent !== l.text) el.textContent = l.text;
    }
    for (const el of els.splice(axes.labels.length)) el.remove();
    this.labelPlaced.length = els.length;
  }

  /** The last transform written to each label ('' = hidden), to skip writes that change nothing. */
  private readonly labelPlaced: string[] = [];

  private placeLabels(): void {
    // The size known from resize(): reading clientWidth here would force a layout every frame.
    const w = this.cssWidth;
    const h = this.cssHeight;
    for (let i = 0; i < this.labels.length; i++) {
      const l = this.labels[i]!;
      const el = this.labelEls[i]!;
      this.projected.set(l.at[0], l.at[1], l.at[2]).project(this.camera);
      const visible = this.projected.z < 1 && Math.abs(this.projected.x) <= 1.05 && Math.abs(this.projected.y) <= 1.05;
      const placed = visible ? `translate(${(((this.projected.x + 1) / 2) * w).toFixed(1)}px, ${(((1 - this.projected.y) / 2) * h).toFixed(1)}px) translate(-50%, -50%)` : '';
      if (placed === this.labelPlaced[i]) continue;
      const wasHidden = this.labelPlaced[i] === '';
      this.labelPlaced[i] = placed;
      if (visible) {
        if (wasHidden) el.style.display = '';
        el.style.transform = placed;
      } else el.style.display = 'none';
    }
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.idleTimer);
    clearTimeout(this.precompileTimer);
    if (this.pending) cancelAnimationFrame(this.pending);
    this.controls.removeEventListener('change', this.onControlsChange);
    this.controls.removeEventListener('start', this.onControlsStart);
    this.controls.removeEventListener('end', this.onControlsEnd);
    this.coarse?.geometry.dispose();
    this.cheapMaterial.dispose();
    this.controls.dispose();
    for (const entry of this.bySize.values()) entry.geometry.dispose();
    this.bySize.clear();
    this.geometry.dispose();
    this.material.dispose();
    this.axesGeometry.dispose();
    this.axesMaterial.dispose();
    for (const el of this.labelEls) el.remove();
    for (const o of this.overlays) o.dispose();
    this.overlays.clear();
    this.renderer.dispose();
    // Give the context back now: Chromium keeps at most 16 and would otherwise drop the oldest
    // (with a console warning) after many chapter switches.
    this.renderer.forceContextLoss();
    liveContexts--;
  }
}

function sameDomain(a: Domain, b: Domain): boolean {
  return a.xMin === b.xMin && a.xMax === b.xMax && a.yMin === b.yMin && a.yMax === b.yMax;
}

function sameFrame(a: WorldFrame, b: WorldFrame | null): boolean {
  return (
    b !== null &&
    a.zLo === b.zLo &&
    a.zHi === b.zHi &&
    a.domain.xMin === b.domain.xMin &&
    a.domain.xMax === b.domain.xMax &&
    a.domain.yMin === b.domain.yMin &&
    a.domain.yMax === b.domain.yMax
  );
}
