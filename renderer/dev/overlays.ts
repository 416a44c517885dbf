/**
 * Dev page for looking at the explorer overlays (screenshots): not referenced by index.html, so
 * it is never part of the production build. ?f=bowl|pole|dome|saddle|log&theta=rad&plane=0|1&click=x,y
 */
import { sampleGrid } from '$shared/sampling/sampleGrid';
import { niceLevels } from '$shared/sampling/niceLevels';
import { SurfaceView } from '../src/scenes/surface/surface-view';
import { pick } from '../src/scenes/surface/explorer/picking';
import {
  ContoursOverlay, GradientArrowsOverlay, PointMarkerOverlay, SlicePlanesOverlay, TangentPlaneOverlay, WalkerTrailsOverlay, walkerColor,
} from '../src/scenes/surface/explorer/three/index';

type F = (x: number, y: number) => number;
const FUNCS: Record<string, { f: F; fx: F; fy: F; domain: { xMin: number; xMax: number; yMin: number; yMax: number } }> = {
  bowl: { f: (x, y) => x * x + 2 * y * y, fx: (x) => 2 * x, fy: (_x, y) => 4 * y, domain: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 } },
  saddle: { f: (x, y) => x * x - y * y, fx: (x) => 2 * x, fy: (_x, y) => -2 * y, domain: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 } },
  pole: {
    f: (x, y) => 1 / (x * x + y * y),
    fx: (x, y) => (-2 * x) / (x * x + y * y) ** 2,
    fy: (x, y) => (-2 * y) / (x * x + y * y) ** 2,
    domain: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 },
  },
  dome: {
    f: (x, y) => Math.sqrt(1 - x * x - y * y),
    fx: (x, y) => -x / Math.sqrt(1 - x * x - y * y),
    fy: (x, y) => -y / Math.sqrt(1 - x * x - y * y),
    domain: { xMin: -1.5, xMax: 1.5, yMin: -1.5, yMax: 1.5 },
  },
  log: { f: (x, y) => Math.log(x * y), fx: (x) => 1 / x, fy: (_x, y) => 1 / y, domain: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 } },
};

const q = new URLSearchParams(location.search);
const spec = FUNCS[q.get('f') ?? 'bowl'] ?? FUNCS['bowl'];
if (!spec) throw new Error('no function');
const canvas = document.getElementById('c') as HTMLCanvasElement;
const labels = document.getElementById('labels') as HTMLElement;
const info = document.getElementById('info') as HTMLElement;
// ?w=&h=&ox=&oy= renders a larger canvas shifted left/up: a poor man's zoom for screenshots.
const host = document.getElementById('host') as HTMLElement;
if (q.has('w')) {
  host.style.width = `${q.get('w')}px`;
  host.style.height = `${q.get('h') ?? q.get('w')}px`;
  host.style.marginLeft = `-${q.get('ox') ?? 0}px`;
  host.style.marginTop = `-${q.get('oy') ?? 0}px`;
}
const view = new SurfaceView(canvas, labels);
view.setColors({ background: '#ffffff', axis: '#888888' });
view.resize(canvas.clientWidth, canvas.clientHeight);
// Headless Chromium settles the viewport size after the first script run: follow it.
new ResizeObserver(() => view.resize(canvas.clientWidth, canvas.clientHeight)).observe(canvas);
const grid = sampleGrid(spec.f, spec.domain, { nx: 128, ny: 128 });
if (!grid.ok) throw new Error('sampling');
const g = grid.value;
view.setSurface(g, spec.domain, g.zMin, g.zMax);

let a = Number(q.get('a') ?? 0.8);
let b = Number(q.get('b') ?? 0.6);
const click = q.get('click');
const frame = view.worldFrame;
// Picking waits for the settled layout (see the ResizeObserver above).
await new Promise((resolve) => setTimeout(resolve, 500));
info.textContent = `canvas ${canvas.clientWidth}×${canvas.clientHeight}`;
if (click && frame) {
  const [cx, cy] = click.split(',').map(Number);
  const ray = view.rayAt(cx ?? 0, cy ?? 0);
  const hit = pick(ray, frame, spec.f);
  info.textContent += ` click ${click} → ${hit ? `${hit.kind} (${hit.x.toFixed(3)}, ${hit.y.toFixed(3)})` : 'miss'}`;
  if (hit) {
    a = hit.x;
    b = hit.y;
  }
}
const z0 = spec.f(a, b);
const fx = spec.fx(a, b);
const fy = spec.fy(a, b);

const contours = new ContoursOverlay(view.invalidate);
view.addOverlay(contours);
contours.setContours(g, spec.domain, niceLevels(g.zMin, g.zMax, 10));
const slices = new SlicePlanesOverlay(view.invalidate);
view.addOverlay(slices);
slices.update({ a, b, f: spec.f, dfdx: fx, dfdy: fy, z0 });
const plane = new TangentPlaneOverlay(view.invalidate);
view.addOverlay(plane);
plane.visible = q.get('plane') !== '0';
plane.update({ a, b, z0, fx, fy });
const arrows = new GradientArrowsOverlay(view.invalidate);
view.addOverlay(arrows);
arrows.update({ a, b, z0, fx, fy }, q.has('theta') ? Number(q.get('theta')) : 2.2);
const marker = new PointMarkerOverlay(view.invalidate);
view.addOverlay(marker);
marker.update(a, b, z0);

// Two walkers of plain gradient descent from the same start: a good rate and one too large.
function walk(lr: number, steps: number): Float64Array {
  const pts = new Float64Array(3 * (steps + 1));
  let x = -1.7;
  let y = 1.6;
  for (let k = 0; k <= steps; k++) {
    pts[3 * k] = x;
    pts[3 * k + 1] = y;
    pts[3 * k + 2] = spec?.f(x, y) ?? 0;
    const gx = spec?.fx(x, y) ?? 0;
    const gy = spec?.fy(x, y) ?? 0;
    x -= lr * gx;
    y -= lr * gy;
  }
  return pts;
}
const trails = new WalkerTrailsOverlay(view.invalidate);
view.addOverlay(trails);
trails.setTrails([
  { id: 'good', color: walkerColor(1), points: walk(0.1, 30), count: 31 },
  { id: 'bad', color: walkerColor(2), points: walk(0.55, 8), count: 9, diverged: true },
]);
info.textContent += ` | a=${a.toFixed(2)} b=${b.toFixed(2)} f=${z0.toFixed(3)} ∇f=(${fx.toFixed(2)}, ${fy.toFixed(2)}) arrow = ∇f × ${arrows.scale}${arrows.capped ? ' (capped)' : ''}`;
