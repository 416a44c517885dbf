import { describe, expect, it } from 'vitest';
import { deckNetwork } from '$shared/nn/deckNetwork';
import { parseExpr } from '$shared/expr/parse';
import type { Graph } from '$shared/autodiff/graph';
import { analyse, chooseOutput, endCursor, IDLE, isAtEnd, stepAny, stepBackward, stepForward, viewAt, type Cursor } from './run-model';
import { deckClosedForm, isDeckNetwork } from './deck-check';
import { formulaDoc } from './formula-graph';
import { edgeId } from './edge-id';

const deck = deckNetwork().graph;
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

describe('run model', () => {
  it('picks the loss as output', () => {
    expect(chooseOutput(deck)).toBe('L');
    expect(chooseOutput({ nodes: [] })).toBeUndefined();
  });

  it('walks forward one op at a time in topological order, lighting each node', () => {
    const a = analyse(deck);
    expect(a.forwardSteps.map((s) => s.nodeId)).toEqual(['u1', 'u2', 'u3', 'yhat', 'L']);
    let c: Cursor = IDLE;
    const v0 = viewAt(deck, a, c);
    expect(v0.values.u1).toBeUndefined();
    expect(v0.values.w1).toBe(0.5);
    c = stepForward(a, c);
    const v1 = viewAt(deck, a, c);
    expect(v1.values.u1).toBe(0.5 * 1);
    expect(v1.values.u2).toBeUndefined();
    expect(v1.active).toEqual(['u1']);
    for (let i = 0; i < 10; i++) c = stepForward(a, c);
    expect(c).toEqual({ phase: 'forward', k: 5 });
    expect(viewAt(deck, a, c).values.L).toBeCloseTo(0.125, 15);
  });

  it('backward ends at the deck closed forms and shows local derivatives on edges', () => {
    const a = analyse(deck);
    const end = endCursor(a);
    const v = viewAt(deck, a, end);
    const cf = deckClosedForm(deck);
    if (cf === undefined) throw new Error('deck not recognised');
    // Independent: ŷ = σ(0.5·1 − 0.25·2) = ½, so (ŷ−y)ŷ(1−ŷ) = −⅛ and the partials are −⅛·x.
    expect(cf.dw1).toBeCloseTo(-0.125, 15);
    expect(cf.dw2).toBeCloseTo(-0.25, 15);
    expect(v.grads.w1).toBeCloseTo(cf.dw1, 12);
    expect(v.grads.w2).toBeCloseTo(cf.dw2, 12);
    expect(v.grads.L).toBe(1);
    // Edge ŷ → L carries ∂L/∂ŷ = ŷ − y = −½; edge u₃ → ŷ carries σ'(0) = ¼.
    expect(v.edgeLocals[edgeId('yhat', 'L', 0)]).toBeCloseTo(-0.5, 15);
    expect(v.edgeLocals[edgeId('u3', 'yhat', 0)]).toBeCloseTo(0.25, 15);
    expect(isAtEnd(a, end)).toBe(true);
  });

  it('a backward step starts after the forward pass with ∂L/∂L = 1 and nothing else', () => {
    const a = analyse(deck);
    const c = stepBackward(a, IDLE);
    const v = viewAt(deck, a, c);
    expect(v.grads).toEqual({ L: 1 });
    expect(v.values.L).toBeCloseTo(0.125, 15);
    const v2 = viewAt(deck, a, stepBackward(a, c));
    expect(v2.backwardStep?.targetId).toBe('yhat');
    expect(v2.backwardStep?.upstream).toBe(1);
    expect(v2.backwardStep?.contribution).toBeCloseTo(-0.5, 15);
  });

  it('shows the running sum where a value feeds two nodes (x·y + sin x)', () => {
    const parsed = parseExpr('x*y + sin(x)');
    if (!parsed.ok) throw new Error('parse');
    const doc = formulaDoc(parsed.value, [], { x: 0.7, y: -1.3 });
    const a = analyse(doc.graph);
    let c: Cursor = IDLE;
    const sums: number[][] = [];
    while (!isAtEnd(a, c)) {
      c = stepAny(a, c);
      const v = viewAt(doc.graph, a, c);
      if (v.runningSum?.targetId === 'x') sums.push([...v.runningSum.terms]);
    }
    expect(sums).toHaveLength(2);
    const [first, second] = sums;
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(2);
    // ∂f/∂x = y + cos x, by hand.
    const total = (second ?? []).reduce((s, t) => s + t, 0);
    expect(total).toBeCloseTo(-1.3 + Math.cos(0.7), 12);
    expect(viewAt(doc.graph, a, c).grads.x).toBeCloseTo(-1.3 + Math.cos(0.7), 12);
  });

  it('a graph with an open slot is blocked and names the node', () => {
    const g: Graph = { nodes: deck.nodes.map((n) => (n.id === 'u3' ? { ...n, inputs: ['u1', ''] } : n)) };
    const a = analyse(g);
    expect(a.forward).toBeUndefined();
    expect(a.blocked.some((e) => 'nodeId' in e && e.nodeId === 'u3')).toBe(true);
    expect(stepForward(a, IDLE)).toEqual(IDLE);
  });

  it('division by zero gives ∞/NaN with an explanation at the node and downstream', () => {
    const parsed = parseExpr('ln(a / b) + 1');
    if (!parsed.ok) throw new Error('parse');
    const doc = formulaDoc(parsed.value, [], { a: 1, b: 0 });
    const a = analyse(doc.graph);
    const v = viewAt(doc.graph, a, endCursor(a));
    const div = doc.graph.nodes.find((n) => n.op === 'div');
    const ln = doc.graph.nodes.find((n) => n.op === 'ln');
    if (!div || !ln) throw new Error('nodes');
    expect(v.values[div.id]).toBe(Infinity);
    expect(v.explanations[div.id]?.en).toMatch(/Division by zero/);
    expect(v.explanations[ln.id]?.en).toMatch(/not a finite number|infinite/);
    const neg = formulaDoc(parsed.value, [], { a: -1, b: 1 });
    const an = analyse(neg.graph);
    const vn = viewAt(neg.graph, an, endCursor(an));
    const lnNeg = neg.graph.nodes.find((n) => n.op === 'ln');
    expect(Number.isNaN(vn.values[lnNeg?.id ?? ''])).toBe(true);
    expect(vn.explanations[lnNeg?.id ?? '']?.en).toMatch(/outside the domain/);
  });

  it('recognises the deck network only with its wiring', () => {
    expect(isDeckNetwork(deck)).toBe(true);
    expect(isDeckNetwork({ nodes: deck.nodes.map((n) => (n.id === 'u3' ? { ...n, op: 'sub' } : n)) })).toBe(false);
    expect(sigmoid(0)).toBe(0.5);
  });
});
