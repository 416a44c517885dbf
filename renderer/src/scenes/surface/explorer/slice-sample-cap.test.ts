import { describe, expect, it } from 'vitest';
import { exprSize } from '$shared/expr/ast';
import { parseExpr } from '$shared/expr/parse';
import { DEFAULT_MAX_SAMPLES, sampleCurve } from '../../../plot1d/sample-curve';
import { MIN_SLICE_SAMPLES, SLICE_NODE_BUDGET, sliceSampleCap } from './slice-sample-cap';

const parse = (t: string) => {
  const r = parseExpr(t, { variables: ['x', 'y'] });
  if (!r.ok) throw new Error(t);
  return r.value;
};

describe('sliceSampleCap', () => {
  it('everyday formulas keep the plot default', () => {
    for (const t of ['sin(x) cos(y) + 0.1 (x^2 + y^2)', '(1 - x)^2 + 100 (y - x^2)^2', 'x^2 + y^2']) expect(sliceSampleCap(parse(t))).toBe(DEFAULT_MAX_SAMPLES);
  });

  it('a huge formula gets a cap that keeps node evaluations within the budget, never below the floor', () => {
    const tower = parse(Array(250).fill('x').join('^'));
    const cap = sliceSampleCap(tower);
    expect(cap).toBeLessThan(DEFAULT_MAX_SAMPLES);
    expect(cap).toBeGreaterThanOrEqual(MIN_SLICE_SAMPLES);
    expect(cap * exprSize(tower)).toBeLessThanOrEqual(Math.max(SLICE_NODE_BUDGET, MIN_SLICE_SAMPLES * exprSize(tower)));
    const sum = parse(Array(50).fill('sin(x*y)').join('+'));
    expect(sliceSampleCap(sum)).toBe(Math.max(MIN_SLICE_SAMPLES, Math.floor(SLICE_NODE_BUDGET / exprSize(sum))));
  });

  it('the sampler honours the cap on the tower\'s slice and still draws it', () => {
    const n = 250;
    const tower = (x: number): number => {
      let v = x;
      for (let i = 1; i < n; i++) v = x ** v;
      return v;
    };
    let calls = 0;
    const cap = sliceSampleCap(parse(Array(n).fill('x').join('^')));
    const s = sampleCurve((x) => (calls++, tower(x)), { xMin: 0.05, xMax: 2, pixelWidth: 300, pixelHeight: 180, maxSamples: cap });
    expect(calls).toBeLessThanOrEqual(cap);
    expect(s.runs.length).toBeGreaterThan(0);
  });
});
