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
  MeshStandardMaterial,
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
import { verticalFov } from './camera-fit';
import type { SceneOverlay } from './overlay';
import { allocateSurfaceBuffers, fillSurfaceBuffers, type SurfaceBuffers, type SurfaceSamples } from './surface-mesh';
import { HEIGHT, makeWorldFrame, type Domain, type WorldFrame } from './world-frame';

export interface SceneColors {
  readonly background: string;
  readonly axis: string;
}

const HOME = new Vector3(2.0, -2.3, 1.75);
const TARGET = new Vector3(0, 0, HEIGHT / 2);
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
  private readonly mesh = new Mesh(this.geometry, this.material);
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

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly labelLayer: HTMLElement,
  ) {
    // preserveDrawingBuffer keeps the last frame readable for screenshots and PNG export.
    this.renderer = new WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true });
    this.renderer.setPixelRatio(Math.min(2, globalThis.devicePixelRatio || 1));
    this.glBuffers = countBuffers(this.renderer.getContext());
    liveContexts++;
    this.camera.up.set(0, 0, 1);
    this.camera.position.copy(HOME);
    this.controls = new OrbitControls(this.camera, canvas);
    this.controls.target.copy(TARGET);
    this.controls.enableDamping = true;
    this.controls.dampingFactor = 0.15;
    this.controls.minDistance = 0.5;
    this.controls.maxDistance = 20;
    this.controls.addEventListener('change', this.invalidate);
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
  }

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
    const count = fillSurfaceBuffers(samples, frame, this.buffers);
    for (const name of ['position', 'normal', 'color'] as const) {
      const attr = this.geometry.getAttribute(name);
      if (attr instanceof BufferAttribute) attr.needsUpdate = true;
    }
    const index = this.geometry.getIndex();
    if (index) index.needsUpdate = true;
    this.geometry.setDrawRange(0, count);
    // Every vertex lies in the fixed world box, so its bounding sphere is known: no pass over
    // 65 k vertices per update.
    this.geometry.boundingSphere = WORLD_SPHERE;
    this.mesh.visible = count > 0;
    if (!sameFrame(frame, this.frame)) {
      this.frame = frame;
      this.setFrame(frame);
      for (const o of this.overlays) o.setFrame(frame);
    }
    this.invalidate();
    return count / 3;
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
    this.renderer.setSize(width, height, false);
    this.camera.aspect = width / height;
    this.camera.fov = verticalFov(this.camera.aspect);
    this.camera.updateProjectionMatrix();
    this.invalidate();
  }

  resetView(): void {
    this.camera.position.copy(HOME);
    this.controls.target.copy(TARGET);
    this.controls.update();
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
    const moving = this.controls.update();
    this.renderer.render(this.scene, this.camera);
    this.publishGlCounts();
    this.placeLabels();
    this.onRendered?.();
    if (moving) this.invalidate();
  };

  /** Live GL object counts on the canvas (read by the e2e leak test; four attribute writes per frame). */
  private publishGlCounts(): void {
    const memory = this.renderer.info.memory;
    const data = this.canvas.dataset;
    data.glGeometries = String(memory.geometries);
    data.glTextures = String(memory.textures);
    data.glBuffers = String(this.glBuffers.live());
    data.glContexts = String(liveContexts);
  }

  private setFrame(frame: WorldFrame): void {
    const axes = buildAxes(frame, this.axisNames);
    // A new geometry per frame: disposing the old one frees its GPU buffer (each preset switch
    // used to leave one orphaned buffer behind by replacing the attribute in place).
    const old = this.axesGeometry;
    this.axesGeometry = new BufferGeometry();
    this.axesGeometry.setAttribute('position', new BufferAttribute(axes.segments, 3));
    this.axesGeometry.computeBoundingSphere();
    this.axes.geometry = this.axesGeometry;
    old.dispose();
    this.labels = axes.labels;
    for (const el of this.labelEls) el.remove();
    this.labelEls = axes.labels.map((l) => {
      const el = document.createElement('span');
      el.className = `axis-label axis-label-${l.kind}`;
      el.textContent = l.text;
      this.labelLayer.appendChild(el);
      return el;
    });
  }

  private placeLabels(): void {
    const w = this.canvas.clientWidth;
    const h = this.canvas.clientHeight;
    for (let i = 0; i < this.labels.length; i++) {
      const l = this.labels[i]!;
      const el = this.labelEls[i]!;
      this.projected.set(l.at[0], l.at[1], l.at[2]).project(this.camera);
      const visible = this.projected.z < 1 && Math.abs(this.projected.x) <= 1.05 && Math.abs(this.projected.y) <= 1.05;
      el.style.display = visible ? '' : 'none';
      if (visible) {
        el.style.transform = `translate(${((this.projected.x + 1) / 2) * w}px, ${((1 - this.projected.y) / 2) * h}px) translate(-50%, -50%)`;
      }
    }
  }

  dispose(): void {
    this.disposed = true;
    if (this.pending) cancelAnimationFrame(this.pending);
    this.controls.removeEventListener('change', this.invalidate);
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
