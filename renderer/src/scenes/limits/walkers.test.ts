import { describe, expect, it } from 'vitest';
import { finite, MINUS_INFINITY, parsePoint, PLUS_INFINITY, pointLatex, pointText } from './approach-point';
import { analyseLimit } from './limit-analysis';
import { followView, nextStop, previousStop, rowReached, startDistance, walkDistance, walkerPoints, WALK_END, WALK_START } from './walkers';

describe('walkers', () => {
  it('stand on the table rows at whole steps', () => {
    const f = (x: number): number => x * x;
    const r = analyseLimit(f, finite(3));
    if (!r.ok) throw new Error('failed');
    for (let k = 0; k <= WALK_END; k++) {
      const w = walkerPoints(f, finite(3), k);
      expect(w.left?.x).toBeCloseTo(r.value.rows[k]?.left?.x ?? Number.NaN, 12);
      expect(w.right?.x).toBeCloseTo(r.value.rows[k]?.right?.x ?? Number.NaN, 12);
    }
  });

  it('never reach a, and approach it geometrically', () => {
    for (let p = WALK_START; p <= WALK_END; p += 0.37) {
      const d = walkDistance(finite(0), p);
      expect(d).toBeGreaterThan(0);
      expect(walkDistance(finite(0), p + 1)).toBeCloseTo(d / 10, 15);
    }
  });

  it('walk out to ±∞ on one side only', () => {
    const w = walkerPoints((x) => x, PLUS_INFINITY, 2);
    expect(w.right?.x).toBe(1000);
    expect(w.left).toBeUndefined();
    expect(walkerPoints((x) => x, MINUS_INFINITY, 0).left?.x).toBe(-10);
  });

  it('steps land on whole rows', () => {
    expect(rowReached(-1)).toBe(-1);
    expect(rowReached(2.999999999999)).toBe(3);
    expect(nextStop(0.4)).toBe(1);
    expect(nextStop(WALK_END)).toBe(WALK_END);
    expect(previousStop(3)).toBe(2);
    expect(previousStop(3.5)).toBe(3);
    expect(previousStop(WALK_START)).toBe(WALK_START);
  });

  it('enter from near the window edges and glide into row 0', () => {
    const view = { xMin: 0, xMax: 6 };
    // a = 5 in [0, 6]: the nearer edge is 1 away, so they start at h = 0.9; row 0 is h = 0.5.
    const h0 = startDistance(finite(5), view);
    expect(h0).toBeCloseTo(0.9, 12);
    expect(walkDistance(finite(5), WALK_START, h0)).toBeCloseTo(0.9, 12);
    expect(walkDistance(finite(5), 0, h0)).toBeCloseTo(0.5, 12);
    // Too close to the edge for an entrance: they start on row 0.
    expect(startDistance(finite(5.5), view)).toBeCloseTo(0.55, 12);
    expect(startDistance(finite(3), view)).toBeCloseTo(2.7, 12);
    expect(walkDistance(finite(3), -0.5, 2.7)).toBeCloseTo(Math.sqrt(2.7 * 0.3), 12);
  });

  it('the following window keeps both walkers inside and closes in on a', () => {
    const base = { xMin: 0, xMax: 6 };
    const h0 = startDistance(finite(5.5), base);
    for (let p = WALK_START; p <= WALK_END; p += 0.25) {
      const v = followView(base, finite(5.5), p, h0);
      const d = walkDistance(finite(5.5), p, h0);
      expect(v.xMin).toBeLessThan(5.5 - d);
      expect(v.xMax).toBeGreaterThan(5.5 + d);
      if (p >= 2) expect(v.xMax - v.xMin).toBeLessThanOrEqual(6 * d + 1e-14);
    }
    expect(followView(base, finite(3), WALK_START)).toBe(base);
  });

  it('keeps the base window until it zooms, then lets y frame itself', () => {
    const base = { xMin: -3, xMax: 3, yMin: -2, yMax: 2 };
    expect(followView(base, finite(0), WALK_START, 2.7)).toBe(base);
    expect(followView(base, finite(0), 3).yMin).toBeUndefined();
  });

  it('widens toward +∞', () => {
    const v = followView({ xMin: 0, xMax: 40 }, PLUS_INFINITY, 3);
    expect(v.xMax).toBeGreaterThan(1e4);
    expect(v.xMin).toBe(0);
  });
});

describe('the point a', () => {
  it('reads numbers, constant formulas and infinities', () => {
    expect(parsePoint('3')).toEqual({ ok: true, value: finite(3) });
    const pi = parsePoint('pi/2');
    expect(pi.ok && pi.value.kind === 'finite' && pi.value.a).toBeCloseTo(Math.PI / 2, 15);
    expect(parsePoint('∞')).toEqual({ ok: true, value: PLUS_INFINITY });
    expect(parsePoint('-inf')).toEqual({ ok: true, value: MINUS_INFINITY });
    expect(parsePoint('−∞')).toEqual({ ok: true, value: MINUS_INFINITY });
    expect(parsePoint('+oo')).toEqual({ ok: true, value: PLUS_INFINITY });
  });
  it('refuses variables, non-finite values and nonsense', () => {
    expect(parsePoint('x').ok).toBe(false);
    expect(parsePoint('1/0').ok).toBe(false);
    expect(parsePoint('2+').ok).toBe(false);
    expect(parsePoint('1e7').ok).toBe(false);
  });
  it('prints back what it reads', () => {
    for (const s of ['3', '-2.5', '∞', '−∞', '0.001']) {
      const p = parsePoint(s);
      if (!p.ok) throw new Error(s);
      const again = parsePoint(pointText(p.value));
      expect(again).toEqual(p);
    }
    expect(pointLatex(PLUS_INFINITY)).toBe('+\\infty');
    expect(pointLatex(finite(-2))).toBe('-2');
  });
});
