/**
 * Sampling budgets (informational ratios, DESIGN.md §6): a 256×256 grid of a hand-written
 * function into a reused target vs a naive sampler that allocates a point object per sample,
 * and marching squares at 10 levels vs one sampling of the same grid.
 */
import { it } from 'vitest';
import { report, timeIt } from './harness';
import { contours } from '../shared/sampling/contours';
import { sampleGrid } from '../shared/sampling/sampleGrid';
import type { GridSamples } from '../shared/sampling/sampleGrid';

const N = 256;
const domain = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 };
const f = (x: number, y: number): number => Math.sin(x) * Math.cos(y) + 0.1 * (x * x + y * y);

/** The naive baseline: a fresh array of {x, y, z} objects, then a fresh Float32Array. */
function naive(): Float32Array {
  const pts: { x: number; y: number; z: number }[] = [];
  for (let j = 0; j < N; j++) {
    for (let i = 0; i < N; i++) {
      const x = domain.xMin + ((domain.xMax - domain.xMin) * i) / (N - 1);
      const y = domain.yMin + ((domain.yMax - domain.yMin) * j) / (N - 1);
      pts.push({ x, y, z: f(x, y) });
    }
  }
  const z = new Float32Array(pts.length);
  pts.forEach((p, k) => {
    z[k] = Number.isFinite(p.z) ? p.z : 0;
  });
  return z;
}

function sampleInto(target: GridSamples | undefined): GridSamples {
  const r = sampleGrid(f, domain, { nx: N, ny: N }, target);
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}

it('sampleGrid 256×256 into a reused target vs naive per-point objects', () => {
  let target = sampleInto(undefined);
  const subject = timeIt(() => {
    target = sampleInto(target);
  });
  const baseline = timeIt(() => {
    naive();
  });
  report({
    name: 'sampleGrid 256x256 (reused target) vs naive allocating sampler',
    value: subject,
    unit: 'ms',
    baseline,
    baselineName: 'naive: array of {x,y,z} objects + new Float32Array',
    ratioKind: 'speedup',
    budget: {},
  });
});

it('contours at 10 levels on 256×256 vs one sampling', () => {
  let grid = sampleInto(undefined);
  // Ten evenly spaced levels strictly inside the range.
  const levels = Array.from({ length: 10 }, (_, k) => grid.zMin + ((grid.zMax - grid.zMin) * (k + 1)) / 11);
  const subject = timeIt(() => {
    contours(grid, levels);
  });
  const baseline = timeIt(() => {
    grid = sampleInto(grid);
  });
  report({
    name: `contours 256x256 x ${levels.length} levels vs one sampleGrid`,
    value: subject,
    unit: 'ms',
    baseline,
    baselineName: 'sampleGrid 256x256 into a reused target',
    ratioKind: 'cost',
    budget: {},
  });
});
