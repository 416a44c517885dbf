import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseExpr } from '$shared/expr/parse';
import { evaluateExpr } from '$shared/expr/evaluate';
import { forward } from '$shared/autodiff/forward';
import { toExpr } from '$shared/autodiff/toExpr';
import { defaultParams, formulaDoc, graphLatex } from './formula-graph';
import { chooseOutput } from './run-model';
import { deckNetwork } from '$shared/nn/deckNetwork';

const parse = (s: string) => {
  const r = parseExpr(s);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
};

describe('formula ⇄ graph', () => {
  it('the deck loss typed as a formula becomes a graph with the loss as one node', () => {
    const e = parse('1/2 (sigmoid(w1 x1 + w2 x2) - y)^2');
    expect(defaultParams(e).sort()).toEqual(['w1', 'w2']);
    const doc = formulaDoc(e, defaultParams(e), { w1: 0.5, x1: 1, w2: -0.25, x2: 2, y: 1 });
    const out = chooseOutput(doc.graph);
    expect(doc.graph.nodes.find((n) => n.id === out)?.op).toBe('halfSquaredError');
    const f = forward(doc.graph);
    expect(f.ok && f.value.values[out ?? '']).toBeCloseTo(0.125, 15);
    for (const n of doc.graph.nodes) expect(doc.positions[n.id]).toBeDefined();
  });

  it('graph → formula → value agrees with the graph (round trip on random inputs)', () => {
    const formulas = ['x*y + sin(x)', 'exp(-x^2) / (1 + y^2)', 'tanh(w*x + b)', 'ln(1 + exp(x)) - x*y', 'sqrt(x^2 + y^2)'];
    fc.assert(
      fc.property(fc.constantFrom(...formulas), fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (s, x, y) => {
        const e = parse(s);
        const values = { x, y, w: 0.3, b: -0.2 };
        const doc = formulaDoc(e, [], values);
        const out = chooseOutput(doc.graph) ?? '';
        const back = toExpr(doc.graph, out);
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        const names = Object.keys(values);
        const args = Object.values(values);
        const direct = evaluateExpr(e, names, args);
        const viaGraph = evaluateExpr(back.value, names, args);
        const f = forward(doc.graph);
        const g = f.ok ? f.value.values[out] : Number.NaN;
        if (typeof direct === 'number' && Number.isFinite(direct)) {
          expect(viaGraph).toBeCloseTo(direct, 9);
          expect(g).toBeCloseTo(direct, 9);
        }
      }),
    );
  });

  it('gives LaTeX for the deck network and a reason for an incomplete graph', () => {
    const tex = graphLatex(deckNetwork().graph);
    expect(tex.ok && tex.value).toMatch(/frac\{1\}\{2\}/);
    expect(tex.ok && tex.value).toMatch(/sigma|sigmoid/);
    const broken = graphLatex({ nodes: [{ id: 's', op: 'sin', inputs: [''], name: 's' }] });
    expect(broken.ok).toBe(false);
  });
});
