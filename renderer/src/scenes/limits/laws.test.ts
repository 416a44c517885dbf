import { describe, expect, it } from 'vitest';
import { parseExpr } from '$shared/expr/parse';
import { compileUnary } from './formula-field.svelte';
import { analyseComposition, touchesValueNear } from './composition';
import { analyseLaws, type LawOp } from './laws';
import { COMPOSITION_PRESETS, LAW_PRESETS } from './law-presets';

const fn = (s: string, v = 'x') => {
  const e = parseExpr(s, { variables: [v] });
  if (!e.ok) throw new Error(s);
  return compileUnary(e.value, v);
};
const row = (r: ReturnType<typeof analyseLaws>, op: LawOp) => r.rows.find((x) => x.op === op)!;

describe('limit laws', () => {
  it('x² and x + 1 at 2: A = 4, B = 3, and every law agrees (7, 1, 12, 4/3)', () => {
    const r = analyseLaws(fn('x^2'), fn('x + 1'), 2);
    expect(r.A?.value).toBe(4);
    expect(r.B?.value).toBe(3);
    const expected: Record<LawOp, number> = { sum: 7, difference: 1, product: 12, quotient: 4 / 3 };
    for (const op of ['sum', 'difference', 'product', 'quotient'] as const) {
      expect(row(r, op).status).toBe('agrees');
      expect(row(r, op).predicted).toBeCloseTo(expected[op], 12);
      expect(row(r, op).numeric?.value).toBeCloseTo(expected[op], 9);
    }
  });

  it('0/0 is not covered by the quotient law: x/x → 1, x²/x → 0, x/x² → ∞', () => {
    const same = analyseLaws(fn('x'), fn('x'), 0);
    expect(row(same, 'quotient').status).toBe('zero-denominator');
    expect(row(same, 'quotient').numeric?.value).toBe(1);
    expect(row(same, 'product').status).toBe('agrees');
    expect(row(analyseLaws(fn('x^2'), fn('x'), 0), 'quotient').numeric?.value).toBe(0);
    expect(row(analyseLaws(fn('x'), fn('x^2'), 0), 'quotient').numeric?.verdict).toBe('infinite');
  });

  it('1/x at 0: A = 1, B = 0, no limit (infinite, opposite signs)', () => {
    const r = analyseLaws(fn('1'), fn('x'), 0);
    const q = row(r, 'quotient');
    expect(q.status).toBe('zero-denominator');
    expect(q.numeric?.verdict).toBe('infinite');
    expect(q.predicted).toBeUndefined();
  });

  it('without limits the laws say nothing', () => {
    const r = analyseLaws(fn('sin(1/x)'), fn('x'), 0);
    expect(r.rows.every((x) => x.status === 'no-limits')).toBe(true);
  });

  it('every preset parses', () => {
    for (const p of LAW_PRESETS) {
      expect(parseExpr(p.f, { variables: ['x'] }).ok).toBe(true);
      expect(parseExpr(p.g, { variables: ['x'] }).ok).toBe(true);
    }
  });
});

describe('composition', () => {
  const preset = (id: string) => COMPOSITION_PRESETS.find((p) => p.id === id)!;
  const run = (id: string) => {
    const p = preset(id);
    return analyseComposition(fn(p.inner), fn(p.outer, 'u'), p.x0);
  };

  it('g continuous at a: (3x² + 1)⁵ at x₀ = 0 → a = 1, b = 1⁵ = 1; at x₀ = 1 → a = 4, b = 1024', () => {
    const r = run('continuous');
    expect(r.inner?.value).toBe(1);
    expect(r.outer?.value).toBe(1);
    expect(r.continuous).toBe(true);
    expect(r.composed?.value).toBe(1);
    expect(r.status).toBe('theorem');
    const s = analyseComposition(fn('3x^2 + 1'), fn('u^5', 'u'), 1);
    expect(s.inner?.value).toBe(4);
    expect(s.outer?.value).toBe(1024);
    expect(s.composed?.value).toBe(1024);
  });

  it('the counterexample: f = 0, g = |sgn u| → a = 0, b = 1, but g(f(x)) = 0 for every x', () => {
    const r = run('constant');
    expect(r.inner?.value).toBe(0);
    expect(r.outer?.value).toBe(1);
    expect(r.gAtA).toBe(0);
    expect(r.continuous).toBe(false);
    expect(r.touchesA).toBe(true);
    expect(r.composed?.verdict).toBe('exists');
    expect(r.composed?.value).toBe(0);
    expect(r.status).toBe('not-covered');
  });

  it('f(x) = x never equals 0 near 0, so lim |sgn(f(x))| = b = 1 although g jumps at 0', () => {
    const r = run('avoids');
    expect(r.continuous).toBe(false);
    expect(r.touchesA).toBe(false);
    expect(r.composed?.value).toBe(1);
    expect(r.status).toBe('theorem');
  });

  it('touchesValueNear sees crossings: x·sin(1/x) crosses 0 arbitrarily close to 0; x² − 1 near 1 does not', () => {
    expect(touchesValueNear((x) => x * Math.sin(1 / x), 0, 0)).toBe(true);
    expect(touchesValueNear((x) => x * x - 1, 1, 0)).toBe(false);
  });

  it('no inner limit: the theorem does not apply', () => {
    expect(analyseComposition((x) => Math.sin(1 / x), (u) => u, 0).status).toBe('no-limits');
  });
});
