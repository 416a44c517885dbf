import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, call, mul, num, pow, sub, variable } from '../expr/ast';
import { smallPoint, smoothExpr } from '../checks/smoothExprArbitrary';
import { backward } from './backward';
import { compileGradient } from './compileGradient';
import { forward } from './forward';
import { fromExpr } from './fromExpr';
import type { Graph } from './graph';
import { compileGraph } from './tape';
import { deckGraph } from './testGraphs';

const x = variable('x');
const y = variable('y');

describe('compileGradient', () => {
  it('computes z = (xy)² + (x + y²)³ and its gradient as the deck does by hand', () => {
    const z = add(pow(mul(x, y), num(2)), pow(add(x, pow(y, num(2))), num(3)));
    const c = compileGradient(z, ['x', 'y']);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    const g = new Float64Array(2);
    for (const [a, b] of [[1, 2], [-0.5, 1.5], [2, -1]] as const) {
      const v = c.value.valueAndGradient([a, b], g);
      expect(v).toBeCloseTo((a * b) ** 2 + (a + b * b) ** 3, 12);
      expect(g[0]).toBeCloseTo(2 * a * b * b + 3 * (a + b * b) ** 2, 12);
      expect(g[1]).toBeCloseTo(2 * a * a * b + 6 * b * (a + b * b) ** 2, 12);
      expect(c.value.evaluate([a, b])).toBe(v);
    }
  });

  it('matches the graph sweeps exactly on random smooth expressions, and finite differences', () => {
    fc.assert(
      fc.property(smoothExpr(['x', 'y']), smallPoint(['x', 'y']), (e, pt) => {
        const c = compileGradient(e, ['x', 'y']);
        expect(c.ok).toBe(true);
        if (!c.ok) return;
        const [px = 0, py = 0] = pt;
        const { graph, outputId } = fromExpr(e);
        const f = forward(graph, { x: px, y: py });
        if (!f.ok) return;
        const b = backward(graph, outputId, f.value);
        if (!b.ok) return;
        const grad = new Float64Array(2);
        const v = c.value.valueAndGradient(pt, grad);
        const fv = f.value.values[outputId] ?? Number.NaN;
        fc.pre(Number.isFinite(fv) && Math.abs(fv) < 1e6);
        const close = (a: number, b2: number, tol: number): boolean => Math.abs(a - b2) <= tol * (1 + Math.abs(b2));
        expect(close(v, fv, 1e-12)).toBe(true);
        expect(close(grad[0] ?? Number.NaN, b.value.grads.x ?? 0, 1e-10)).toBe(true);
        expect(close(grad[1] ?? Number.NaN, b.value.grads.y ?? 0, 1e-10)).toBe(true);
        // Central difference along x, as an independent check of the whole chain.
        const h = 1e-5;
        const fd = (c.value.evaluate([px + h, py]) - c.value.evaluate([px - h, py])) / (2 * h);
        expect(Math.abs((grad[0] ?? 0) - fd)).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(fd) + Math.abs(fv)));
      }),
      { numRuns: 300 },
    );
  });

  it('gives 0 for listed variables absent from the formula and rejects unlisted ones', () => {
    const c = compileGradient(call('sin', x), ['x', 'unused']);
    const g = new Float64Array([7, 7]);
    expect(c.ok && c.value.valueAndGradient([0.3, 5], g)).toBeCloseTo(Math.sin(0.3), 15);
    expect([...g]).toEqual([Math.cos(0.3), 0]);
    const bad = compileGradient(mul(x, y), ['x']);
    expect(!bad.ok && bad.error[0]?.kind).toBe('unknownVariable');
  });

  it('handles x^x (variable exponent) and x^3 at a negative base', () => {
    const c = compileGradient(pow(x, x), ['x']);
    const g = new Float64Array(1);
    if (!c.ok) throw new Error('compile failed');
    c.value.valueAndGradient([1.7], g);
    expect(g[0]).toBeCloseTo(1.7 ** 1.7 * (1 + Math.log(1.7)), 12);
    const cube = compileGradient(sub(pow(x, num(3)), num(1)), ['x']);
    if (!cube.ok) throw new Error('compile failed');
    cube.value.valueAndGradient([-2], g);
    expect(g[0]).toBe(12);
  });
});

describe('compileGraph', () => {
  it('runs the deck network with fused loss, sum and BCE ops', () => {
    const c = compileGraph(deckGraph, 'L', ['w1', 'w2']);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    const g = new Float64Array(2);
    expect(c.value.valueAndGradient([0.5, -0.25], g)).toBeCloseTo(0.125, 15);
    expect(g[0]).toBeCloseTo(-0.125, 15);
    expect(g[1]).toBeCloseTo(-0.25, 15);

    // L = bceWithLogits(a + b + c, t) = softplus(s) − t·s; ∂L/∂a = σ(s) − t. And BCE on σ(s) agrees.
    const net: Graph = {
      nodes: [
        { id: 'a', op: 'param', inputs: [], name: 'a', value: 0 },
        { id: 'b', op: 'param', inputs: [], name: 'b', value: 0 },
        { id: 'c', op: 'input', inputs: [], name: 'c', value: 0.25 },
        { id: 't', op: 'input', inputs: [], name: 't', value: 1 },
        { id: 's', op: 'sum', inputs: ['a', 'b', 'c'], name: 's' },
        { id: 'p', op: 'sigmoid', inputs: ['s'], name: 'p' },
        { id: 'L1', op: 'bceWithLogits', inputs: ['s', 't'], name: 'L₁' },
        { id: 'L2', op: 'bce', inputs: ['p', 't'], name: 'L₂' },
      ],
    };
    const l1 = compileGraph(net, 'L1', ['a', 'b']);
    const l2 = compileGraph(net, 'L2', ['a', 'b']);
    if (!l1.ok || !l2.ok) throw new Error('compile failed');
    const g1 = new Float64Array(2);
    const g2 = new Float64Array(2);
    const s = 0.5 - 1.25 + 0.25;
    const v1 = l1.value.valueAndGradient([0.5, -1.25], g1);
    const v2 = l2.value.valueAndGradient([0.5, -1.25], g2);
    expect(v1).toBeCloseTo(-Math.log(1 / (1 + Math.exp(-s))), 14);
    expect(v2).toBeCloseTo(v1, 14);
    expect(g1[0]).toBeCloseTo(1 / (1 + Math.exp(-s)) - 1, 14);
    expect(g1[1]).toBeCloseTo(g1[0] ?? 0, 15);
    expect(g2[0]).toBeCloseTo(g1[0] ?? 0, 12);
  });

  it('rejects unknown outputs and non-leaf variables', () => {
    expect(compileGraph(deckGraph, 'zzz', ['w1']).ok).toBe(false);
    expect(compileGraph(deckGraph, 'L', ['u1']).ok).toBe(false);
    expect(compileGraph(deckGraph, 'L', ['nope']).ok).toBe(false);
  });
});
