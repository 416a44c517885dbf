import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expr } from './ast';
import { exprEquals, freeVariables } from './ast';
import { chainRuleAt, CHAIN_OUTPUT, type ChainRuleSpec } from './chainPaths';
import { evaluateExpr } from './evaluate';
import { parseExpr } from './parse';
import { tameExprArb } from './test-arbitrary';

const parse = (s: string, variables: readonly string[]): Expr => {
  const r = parseExpr(s, { variables: [...variables] });
  if (!r.ok) throw new Error(`${s}: ${r.error.message.en}`);
  return r.value;
};

const deck: ChainRuleSpec = {
  outer: parse('u^2 + v^3', ['u', 'v']),
  intermediates: [
    { name: 'u', expr: parse('x y', ['x', 'y']) },
    { name: 'v', expr: parse('x + y^2', ['x', 'y']) },
  ],
  inputs: ['x', 'y'],
};

function at(spec: ChainRuleSpec, point: Record<string, number>) {
  const r = chainRuleAt(spec, point);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

describe('chainRuleAt on the deck\'s z = (xy)² + (x + y²)³', () => {
  const r = at(deck, { x: 1, y: 2 });

  it('evaluates u = xy = 2, v = x + y² = 5 and z = 4 + 125 = 129 at (1, 2)', () => {
    expect(r.values).toEqual({ x: 1, y: 2, u: 2, v: 5, [CHAIN_OUTPUT]: 129 });
  });

  it('puts the deck\'s local partials on the edges: ∂z/∂u = 2u, ∂z/∂v = 3v², ∂u/∂x = y, ∂u/∂y = x, ∂v/∂x = 1, ∂v/∂y = 2y', () => {
    const e = (from: string, to: string) => [...r.outerEdges, ...r.innerEdges].find((x) => x.from === from && x.to === to);
    const expected: [string, string, string, readonly string[], number][] = [
      ['u', 'z', '2u', ['u', 'v'], 4],
      ['v', 'z', '3v^2', ['u', 'v'], 75],
      ['x', 'u', 'y', ['x', 'y'], 2],
      ['y', 'u', 'x', ['x', 'y'], 1],
      ['x', 'v', '1', ['x', 'y'], 1],
      ['y', 'v', '2y', ['x', 'y'], 4],
    ];
    for (const [from, to, formula, vars, value] of expected) {
      const edge = e(from, to);
      expect(edge, `${from}→${to}`).toBeDefined();
      expect(exprEquals(edge!.partial, parse(formula, vars)), `${from}→${to}`).toBe(true);
      expect(edge!.value).toBe(value);
    }
  });

  it('multiplies along each path and sums per input: ∂z/∂x = 8 + 75 = 83, ∂z/∂y = 4 + 300 = 304', () => {
    const products = Object.fromEntries(r.paths.map((p) => [`${p.input}${p.via}`, p.product]));
    expect(products).toEqual({ xu: 2 * 2 * 2, xv: 3 * 25 * 1, yu: 2 * 2 * 1, yv: 3 * 25 * 4 });
    const [dx, dy] = r.partials;
    expect(dx!.pathSum).toBe(83);
    expect(dy!.pathSum).toBe(304);
  });

  it('agrees with the direct partials of z(x, y), symbolic and numeric', () => {
    const [dx, dy] = r.partials;
    expect(dx!.directValue).toBe(83);
    expect(dy!.directValue).toBe(304);
    expect(dx!.numericValue).toBeCloseTo(83, 6);
    expect(dy!.numericValue).toBeCloseTo(304, 6);
  });

  it('composes z(x, y) = (xy)² + (x + y²)³ and writes the chain-rule result as a formula in x, y', () => {
    expect(exprEquals(r.composed, parse('(x y)^2 + (x + y^2)^3', ['x', 'y']))).toBe(true);
    // Against the deck's hand result 2(xy)y + 3(x + y²)², 2(xy)x + 6y(x + y²)² at many points.
    for (const [x, y] of [[0.3, -1.2], [2, 0.5], [-1.5, 1.1], [0, 0]] as const) {
      const hx = 2 * (x * y) * y + 3 * (x + y * y) ** 2;
      const hy = 2 * (x * y) * x + 6 * y * (x + y * y) ** 2;
      expect(evaluateExpr(r.partials[0]!.chainFormula, ['x', 'y'], [x, y])).toBeCloseTo(hx, 10);
      expect(evaluateExpr(r.partials[1]!.chainFormula, ['x', 'y'], [x, y])).toBeCloseTo(hy, 10);
      const q = at(deck, { x, y });
      expect(q.partials[0]!.pathSum).toBeCloseTo(hx, 10);
      expect(q.partials[1]!.pathSum).toBeCloseTo(hy, 10);
    }
  });
});

describe('chainRuleAt in general', () => {
  it('polar coordinates: z = u² + v², u = x cos y, v = x sin y gives ∂z/∂x = 2x, ∂z/∂y = 0', () => {
    const spec: ChainRuleSpec = {
      outer: parse('u^2 + v^2', ['u', 'v']),
      intermediates: [
        { name: 'u', expr: parse('x cos(y)', ['x', 'y']) },
        { name: 'v', expr: parse('x sin(y)', ['x', 'y']) },
      ],
      inputs: ['x', 'y'],
    };
    const r = at(spec, { x: 1.5, y: 0.7 });
    expect(r.partials[0]!.pathSum).toBeCloseTo(3, 12);
    expect(r.partials[1]!.pathSum).toBeCloseTo(0, 12);
    // The two paths of ∂z/∂y cancel: 2u·(−x sin y) + 2v·(x cos y) = 0.
    const [, , pu, pv] = r.paths;
    expect(pu!.product).toBeCloseTo(-pv!.product, 12);
    expect(Math.abs(pu!.product)).toBeGreaterThan(1);
  });

  it('an intermediate the outer formula ignores contributes 0 on each of its paths', () => {
    const r = at({ ...deck, outer: parse('u^2', ['u', 'v']) }, { x: 1, y: 2 });
    expect(r.paths.filter((p) => p.via === 'v').map((p) => p.product)).toEqual([0, 0]);
    expect(r.partials[0]!.pathSum).toBe(2 * 2 * 2);
  });

  it('refuses names outside the declared variables', () => {
    const r = chainRuleAt({ ...deck, outer: parse('u + w', ['u', 'w']) }, { x: 1, y: 2 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('unknown-variable');
  });

  it('the path sum equals the direct partial and the central difference for random z, u, v', () => {
    const uv = tameExprArb(['u', 'v'], 3);
    const xy = tameExprArb(['x', 'y'], 3);
    const coord = fc.double({ min: -2, max: 2, noNaN: true });
    fc.assert(
      fc.property(uv, xy, xy, coord, coord, (outer, ue, ve, x, y) => {
        const res = chainRuleAt({ outer, intermediates: [{ name: 'u', expr: ue }, { name: 'v', expr: ve }], inputs: ['x', 'y'] }, { x, y });
        expect(res.ok).toBe(true);
        if (!res.ok) return;
        const r = res.value;
        for (const p of r.partials) {
          const vals = [p.pathSum, p.directValue, p.numericValue, ...Object.values(r.values)];
          if (!vals.every((v) => Number.isFinite(v) && Math.abs(v) < 1e5)) continue;
          const scale = Math.max(1, ...vals.map(Math.abs));
          expect(Math.abs(p.pathSum - p.directValue), `${p.input}: path sum vs direct`).toBeLessThan(1e-9 * scale);
          const chain = evaluateExpr(p.chainFormula, ['x', 'y'], [x, y]);
          if (Number.isFinite(chain)) expect(Math.abs(chain - p.directValue), 'chain formula').toBeLessThan(1e-8 * scale);
          // Central differences carry ~1e-10 relative error on smooth data; kinks (abs, relu) may sit near the point.
          if (freeVariables(r.composed).length > 0 && Math.abs(p.numericValue - p.directValue) > 1e-5 * scale) {
            const kinked = /abs|relu|sign|sqrt|cbrt/.test(JSON.stringify(r.composed));
            expect(kinked, `${p.input}: numeric ${p.numericValue} vs direct ${p.directValue}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
