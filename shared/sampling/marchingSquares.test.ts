import { describe, expect, it } from 'vitest';
import { marchContours } from './marchingSquares';

/** Collects segments per level index. */
function collect(z: number[], nx: number, ny: number, levels: number[], mask?: number[]) {
  const xs = Array.from({ length: nx }, (_, i) => i);
  const ys = Array.from({ length: ny }, (_, j) => j);
  const out: [number, number, number, number, number][] = [];
  marchContours({ nx, ny, z, mask: mask ?? z.map(() => 1) }, xs, ys, levels, { segment: (l, a, b, c, d) => out.push([l, a, b, c, d]) });
  return out;
}

describe('marchContours', () => {
  it('crosses each edge at the linear interpolation of its corners', () => {
    // One cell: a = 0, b = 2, c = 2, d = 0 → level 1 runs vertically through x = 0.5.
    expect(collect([0, 2, 0, 2], 2, 2, [1])).toEqual([[0, 0.5, 0, 0.5, 1]]);
  });
  it('reports each level by its index in the caller\'s order, whatever that order', () => {
    const segs = collect([0, 4, 0, 4], 2, 2, [3, 1, Number.NaN]);
    expect(segs.map((s) => s[0]).sort()).toEqual([0, 1]);
    const at = (l: number) => segs.find((s) => s[0] === l)!;
    expect(at(0)[1]).toBeCloseTo(0.75, 12);
    expect(at(1)[1]).toBeCloseTo(0.25, 12);
  });
  it('resolves a saddle by the centre value', () => {
    // a = 1, b = 0, c = 1, d = 0 (case 5); centre 0.5.
    const high = collect([1, 0, 0, 1], 2, 2, [0.4]); // centre above the level: a and c joined
    const low = collect([1, 0, 0, 1], 2, 2, [0.6]); // centre below: a and c isolated
    expect(high).toHaveLength(2);
    expect(low).toHaveLength(2);
    // Centre high: segments join edge 0–1 and 2–3 (cutting off the low corners b and d).
    expect(high[0]!.slice(1)).toEqual([0.6, 0, 1, 0.4]);
    // Centre low: segments join edge 3–0 and 1–2 (cutting off the high corners a and c).
    expect(low[0]!.slice(1)).toEqual([0, 0.4, 0.4, 0]);
  });
  it('skips cells with a masked corner and levels equal to a flat cell', () => {
    expect(collect([0, 2, 0, 2], 2, 2, [1], [1, 1, 0, 1])).toEqual([]);
    expect(collect([1, 1, 1, 1], 2, 2, [1])).toEqual([]);
  });
});
