import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, call, div, exprEquals, mul, num, pow, sub, variable } from '../expr/ast';
import { smoothExpr } from '../checks/smoothExprArbitrary';
import { fromExpr } from './fromExpr';
import { getNode } from './graph';
import { toExpr } from './toExpr';
import { validateGraph } from './validateGraph';

const [w1, x1, w2, x2, y] = ['w1', 'x1', 'w2', 'x2', 'y'].map(variable) as [
  ReturnType<typeof variable>, ReturnType<typeof variable>, ReturnType<typeof variable>,
  ReturnType<typeof variable>, ReturnType<typeof variable>,
];
/** ½(σ(w₁x₁ + w₂x₂) − y)², spelled as a student would type it. */
const deckExpr = mul(div(num(1), num(2)), pow(sub(call('sigmoid', add(mul(w1, x1), mul(w2, x2))), y), num(2)));

describe('fromExpr', () => {
  it('decomposes the deck network as the deck does (fused loss)', () => {
    const { graph, outputId } = fromExpr(deckExpr, { fuse: true, params: ['w1', 'w2'], outputName: 'L' });
    const ops = graph.nodes.filter((n) => n.inputs.length > 0);
    expect(ops.map((n) => [n.name, n.op, n.inputs.map((i) => getNode(graph, i)?.name)])).toEqual([
      ['u₁', 'mul', ['w₁', 'x₁']],
      ['u₂', 'mul', ['w₂', 'x₂']],
      ['u₃', 'add', ['u₁', 'u₂']],
      ['u₄', 'sigmoid', ['u₃']],
      ['L', 'halfSquaredError', ['u₄', 'y']],
    ]);
    expect(getNode(graph, outputId)?.name).toBe('L');
    expect(getNode(graph, 'w1')?.op).toBe('param');
    expect(getNode(graph, 'x1')?.op).toBe('input');
  });

  it('without fusing, shows every elementary step', () => {
    const { graph } = fromExpr(deckExpr);
    expect(graph.nodes.filter((n) => n.inputs.length > 0).map((n) => n.op)).toEqual([
      'div', 'mul', 'mul', 'add', 'sigmoid', 'sub', 'pow', 'mul',
    ]);
  });

  it('makes a repeated variable or subexpression one node with several consumers', () => {
    const x = variable('x');
    const s = call('sigmoid', x);
    const { graph } = fromExpr(add(mul(x, x), mul(s, sub(num(1), s))));
    expect(graph.nodes.filter((n) => n.id === 'x')).toHaveLength(1);
    expect(graph.nodes.filter((n) => n.op === 'sigmoid')).toHaveLength(1);
    const sq = graph.nodes.find((n) => n.op === 'mul' && n.inputs[0] === 'x');
    expect(sq?.inputs).toEqual(['x', 'x']);
    const unshared = fromExpr(add(mul(x, x), mul(s, sub(num(1), s))), { share: false }).graph;
    expect(unshared.nodes.filter((n) => n.op === 'sigmoid')).toHaveLength(2);
    expect(unshared.nodes.filter((n) => n.id === 'x')).toHaveLength(1);
  });

  it('names intermediates u₁, u₂, … in evaluation order and leaves by variable', () => {
    const { graph } = fromExpr(pow(add(mul(num(3), pow(variable('x_1'), num(2))), num(1)), num(5)));
    expect(graph.nodes.filter((n) => n.inputs.length > 0).map((n) => n.name)).toEqual(['u₁', 'u₂', 'u₃', 'u₄']);
    expect(getNode(graph, 'x_1')?.name).toBe('x₁');
  });

  it('always builds a valid graph, and toExpr gives the same formula back', () => {
    fc.assert(
      fc.property(smoothExpr(['x', 'y', 'z'], 5), fc.boolean(), (e, share) => {
        const { graph, outputId } = fromExpr(e, { share });
        expect(validateGraph(graph, { x: 0, y: 0, z: 0 }).ok).toBe(true);
        const back = toExpr(graph, outputId);
        expect(back.ok && exprEquals(back.value, e)).toBe(true);
      }),
    );
  });
});

describe('toExpr', () => {
  it('expands fused ops to their formulas', () => {
    const { graph, outputId } = fromExpr(deckExpr, { fuse: true });
    const r = toExpr(graph, outputId);
    expect(r.ok && exprEquals(r.value, deckExpr)).toBe(true);
  });

  it('fails on unknown nodes and structural errors', () => {
    const { graph } = fromExpr(deckExpr);
    expect(toExpr(graph, 'nope').ok).toBe(false);
    const broken = { nodes: [{ id: 'a', op: 'sin' as const, inputs: ['b'], name: 'u₁' }] };
    const r = toExpr(broken, 'a');
    expect(!r.ok && r.error[0]?.kind).toBe('missingInput');
  });
});
