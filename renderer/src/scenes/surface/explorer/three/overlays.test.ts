/**
 * The overlay classes without WebGL: three's scene graph and buffers work in Node, so these check
 * that updates write into the same buffers (no reallocation in the steady state), that nothing
 * drawn holds NaN even for functions with poles, and that dispose frees every geometry/material.
 */
import { describe, expect, it } from 'vitest';
import { BufferGeometry, Material, Mesh, type Object3D } from 'three';
import { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js';
import { sampleGrid } from '$shared/sampling/sampleGrid';
import { makeWorldFrame } from '../../world-frame';
import { ContoursOverlay, GradientArrowsOverlay, PointMarkerOverlay, SlicePlanesOverlay, TangentPlaneOverlay, WalkerTrailsOverlay } from './index';
import { allFinite } from './test-frame';

const DOMAIN = { xMin: -2, xMax: 2, yMin: -2, yMax: 2 };
const FRAME = makeWorldFrame(DOMAIN, 0, 8);
const pole = (x: number, y: number): number => 1 / (x * x + y * y);
const bowl = (x: number, y: number): number => x * x + y * y;

/** Every drawn vertex position of every visible line/mesh under `root` (shared geometries once: see-through copies share theirs). */
function drawnPositions(root: Object3D): number[][] {
  const out: number[][] = [];
  const seen = new Set<BufferGeometry>();
  root.traverseVisible((o) => {
    if ('geometry' in o && o.geometry instanceof BufferGeometry) {
      if (seen.has(o.geometry)) return;
      seen.add(o.geometry);
    }
    if (o instanceof LineSegments2) {
      const start = o.geometry.getAttribute('instanceStart');
      const n = o.geometry.instanceCount;
      if ('data' in start) out.push(Array.from(start.data.array.slice(0, n * 6)));
    } else if ('geometry' in o && o.geometry instanceof BufferGeometry) {
      const pos = o.geometry.getAttribute('position');
      const count = Math.min(o.geometry.drawRange.count, pos.count);
      out.push(Array.from(pos.array.slice(0, count * 3)));
    }
  });
  return out;
}

/** Counts dispose events fired by geometries and materials under `root`. */
function trackDisposals(root: Object3D): { total: number; disposed: () => number } {
  const seen = new Set<BufferGeometry | Material>();
  let disposed = 0;
  root.traverse((o) => {
    const items: (BufferGeometry | Material)[] = [];
    if ('geometry' in o && o.geometry instanceof BufferGeometry) items.push(o.geometry);
    if ('material' in o && o.material instanceof Material) items.push(o.material);
    for (const it of items) {
      if (seen.has(it)) continue;
      seen.add(it);
      it.addEventListener('dispose', () => disposed++);
    }
  });
  return { total: seen.size, disposed: () => disposed };
}

describe('SlicePlanesOverlay', () => {
  it('draws finite slices even through a pole, in the same buffers each update', () => {
    let frames = 0;
    const o = new SlicePlanesOverlay(() => frames++);
    o.setFrame(FRAME);
    o.update({ a: 0, b: 0, f: pole, dfdx: Number.NaN, dfdy: Number.NaN, z0: Number.POSITIVE_INFINITY });
    const before = drawnPositions(o.object);
    expect(before.length).toBeGreaterThan(0);
    for (const p of before) expect(allFinite(p)).toBe(true);
    const lines: LineSegments2[] = [];
    o.object.traverse((c) => {
      if (c instanceof LineSegments2) lines.push(c);
    });
    const arrays = lines.map((l) => l.geometry.getAttribute('instanceStart'));
    o.update({ a: 1, b: 0.5, f: bowl, dfdx: 2, dfdy: 1, z0: 1.25 });
    expect(lines.map((l) => l.geometry.getAttribute('instanceStart'))).toEqual(arrays);
    // Each update asks for a frame (the frame set before the first one is drawn with it).
    expect(frames).toBe(2);
    const d = trackDisposals(o.object);
    o.dispose();
    expect(d.disposed()).toBe(d.total);
  });

  it('rebuilds for a new frame once: with the function an update brings in the same task, or on its own', async () => {
    const o = new SlicePlanesOverlay();
    let oldCalls = 0;
    const old = (x: number, y: number): number => {
      oldCalls++;
      return bowl(x, y);
    };
    o.setFrame(FRAME);
    o.update({ a: 1, b: 0.5, f: old, dfdx: 2, dfdy: 1, z0: 1.25 });
    expect(oldCalls).toBeGreaterThan(0);
    // A new surface: its frame, then the new function's point values, in one task.
    oldCalls = 0;
    const wider = makeWorldFrame(DOMAIN, -1, 9);
    o.setFrame(wider);
    o.update({ a: 1, b: 0.5, f: pole, dfdx: Number.NaN, dfdy: Number.NaN, z0: Number.POSITIVE_INFINITY });
    await Promise.resolve();
    expect(oldCalls).toBe(0);
    // A frame alone (no point update follows) is still drawn, before the next frame.
    const before = drawnPositions(o.object).map((p) => [...p]);
    o.update({ a: 1, b: 0.5, f: old, dfdx: 2, dfdy: 1, z0: 1.25 });
    const atWider = drawnPositions(o.object).map((p) => [...p]);
    expect(atWider).not.toEqual(before);
    oldCalls = 0;
    o.setFrame(FRAME);
    expect(oldCalls).toBe(0);
    await Promise.resolve();
    expect(oldCalls).toBeGreaterThan(0);
    expect(drawnPositions(o.object).map((p) => [...p])).not.toEqual(atWider);
    o.dispose();
  });
});

describe('TangentPlaneOverlay', () => {
  it('toggles, hides an undefined plane and disposes', () => {
    const o = new TangentPlaneOverlay();
    o.setFrame(FRAME);
    o.update({ a: 1, b: 0.5, z0: 1.25, fx: 2, fy: 1 });
    expect(o.object.visible).toBe(true);
    expect(o.vertexCount).toBeGreaterThanOrEqual(6);
    o.visible = false;
    expect(o.object.visible).toBe(false);
    o.visible = true;
    o.update({ a: 0, b: 0, z0: Number.NaN, fx: 0, fy: 0 });
    expect(o.object.visible).toBe(false);
    const d = trackDisposals(o.object);
    o.dispose();
    expect(d.disposed()).toBe(d.total);
  });
});

describe('GradientArrowsOverlay', () => {
  it('reports the scale and the cap, and draws the unit vector on request', () => {
    const o = new GradientArrowsOverlay();
    o.setFrame(FRAME);
    o.update({ a: 1, b: 0.5, z0: 1.25, fx: 2, fy: 1 }, Math.PI / 3);
    expect(o.scale).toBe(0.5);
    expect(o.capped).toBe(false);
    const lines = drawnPositions(o.object);
    expect(lines.length).toBe(2);
    o.update({ a: 1, b: 0.5, z0: 1.25, fx: 2000, fy: 1 });
    expect(o.capped).toBe(true);
    expect(drawnPositions(o.object).length).toBe(1);
    o.setScale(0.1);
    expect(o.scale).toBe(0.1);
    o.dispose();
  });
});

describe('ContoursOverlay', () => {
  it('grows its buffers when a surface needs more segments, and draws no NaN for a pole', () => {
    const o = new ContoursOverlay(() => {}, 8);
    o.setFrame(FRAME);
    const r = sampleGrid(pole, DOMAIN, { nx: 64, ny: 64 });
    if (!r.ok) throw new Error('sampling failed');
    o.setContours(r.value, DOMAIN, [0.5, 1, 2, 4]);
    expect(o.segmentCount).toBeGreaterThan(8);
    expect(o.capacity).toBeGreaterThanOrEqual(o.segmentCount);
    for (const p of drawnPositions(o.object)) expect(allFinite(p)).toBe(true);
    const d = trackDisposals(o.object);
    o.dispose();
    expect(d.disposed()).toBe(d.total);
  });
});

describe('WalkerTrailsOverlay', () => {
  it('pools walkers, rings a diverged one and hides unused entries', () => {
    const o = new WalkerTrailsOverlay();
    o.setFrame(FRAME);
    const a = Float64Array.from([1.5, 1.5, 4.5, 1, 1, 2, 0.5, 0.5, 0.5]);
    const b = Float64Array.from([-1, 1, 2, 3, -3, 18, Number.NaN, Number.NaN, Number.NaN]);
    o.setTrails([
      { id: 'gd', color: '#000000', points: a, count: 3 },
      { id: 'adam', color: '#009e73', points: b, count: 3, diverged: true },
    ]);
    expect(o.object.children.length).toBe(2);
    const rings: Object3D[] = [];
    o.object.traverseVisible((c) => {
      if (c instanceof Mesh && c.geometry.type === 'TorusGeometry') rings.push(c);
    });
    expect(rings.length).toBe(1);
    for (const p of drawnPositions(o.object)) expect(allFinite(p)).toBe(true);
    o.setTrails([{ id: 'gd', color: '#000000', points: a, count: 3 }]);
    expect(o.object.children.length).toBe(2);
    expect(o.object.children[1]?.visible).toBe(false);
    o.dispose();
  });
});

describe('PointMarkerOverlay', () => {
  it('places the sphere on the surface or only the foot where f is undefined', () => {
    const o = new PointMarkerOverlay();
    o.setFrame(FRAME);
    o.update(1, -1, 2);
    expect(o.placement).toBe('surface');
    o.update(0, 0, Number.NaN);
    expect(o.placement).toBe('floor');
    o.update(5, 0, 1);
    expect(o.object.visible).toBe(false);
    const d = trackDisposals(o.object);
    o.dispose();
    expect(d.disposed()).toBe(d.total);
  });
});
