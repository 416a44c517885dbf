import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { deckNetwork } from '$shared/nn/deckNetwork';
import type { Graph } from '$shared/autodiff/graph';
import { nodeMap } from '$shared/autodiff/graph';
import { analyse, IDLE, stepAny, viewAt, type Cursor } from './run-model';
import { backwardTex, formulasAt, forwardTex, nextCursor, outNameOf, runningSumTex, upcomingFormulas } from './step-tex';
import { benchGraph } from './bench-graph';

const namer = (g: Graph) => {
  const m = nodeMap(g);
  return (id: string): string => m.get(id)?.name ?? id;
};

/** What the step panel shows at `c`, built from run-model's view (the other route to the same formulas). */
function panelFormulas(g: Graph, c: Cursor): string[] {
  const a = analyse(g);
  const v = viewAt(g, a, c);
  const name = namer(g);
  const out = outNameOf(a, name);
  const list: string[] = [];
  if (c.phase === 'idle') return list;
  if (v.forwardStep) list.push(forwardTex(v.forwardStep, name));
  if (v.backwardStep) list.push(backwardTex(v.backwardStep, out, name));
  if (v.backwardStep && v.runningSum) {
    const s = runningSumTex(v.runningSum, out, name);
    if (s !== null) list.push(s);
  }
  return list;
}

/** x = 3, u = x·x, L = u + x: x feeds three terms, dL/dx = 2x + 1 = 7 (by hand). */
const branch: Graph = {
  nodes: [
    { id: 'x', op: 'input', inputs: [], name: 'x', value: 3 },
    { id: 'u', op: 'mul', inputs: ['x', 'x'], name: 'u' },
    { id: 'L', op: 'add', inputs: ['u', 'x'], name: 'L' },
  ],
};

describe('the step formulas', () => {
  it('the deck network: forward u₁ = w₁·x₁ = 0.5·1 = 0.5 (by hand), and every formula typesets', () => {
    const g = deckNetwork().graph;
    const a = analyse(g);
    expect(formulasAt(a, { phase: 'forward', k: 1 }, namer(g))).toEqual(['u_{1} = w_{1} \\cdot x_{1} = 0.5 \\cdot 1 = 0.5']);
    for (const tex of upcomingFormulas(a, IDLE, namer(g), 100)) expect(() => katex.renderToString(tex, { displayMode: true, throwOnError: true })).not.toThrow();
  });

  it('a value read three times: the last contribution shows the whole sum 7 = 2·3 + 1', () => {
    const a = analyse(branch);
    const steps = a.backward?.steps ?? [];
    const last = formulasAt(a, { phase: 'backward', k: steps.length }, namer(branch));
    expect(last).toHaveLength(2);
    expect(last[1]).toMatch(/^\\frac\{\\partial L\}\{\\partial x\} = .* = 7$/);
    // Contributions 1 (through L's second input) and 3, 3 (through u = x·x), in the sweep's order.
    const terms = steps.filter((s) => s.targetId === 'x').map((s) => s.contribution).sort();
    expect(terms).toEqual([1, 3, 3]);
    // Part way: "+ ⋯" marks the terms still to come.
    const first = steps.findIndex((s) => s.targetId === 'x') + 1;
    expect(formulasAt(a, { phase: 'backward', k: first }, namer(branch))[1]).toContain('+ \\cdots');
  });

  it('are, at every step of a whole pass, exactly what the panel builds from the view (the same cache keys)', () => {
    for (const g of [deckNetwork().graph, branch, { nodes: benchGraph(40) }]) {
      const a = analyse(g);
      const name = namer(g);
      let c: Cursor = IDLE;
      let seen = 0;
      for (;;) {
        expect(formulasAt(a, c, name)).toEqual(panelFormulas(g, c));
        const next = nextCursor(a, c);
        // The prefetch order is play order.
        const played = stepAny(a, c);
        if (next === undefined) {
          expect(played).toEqual(c);
          break;
        }
        expect(next).toEqual(played);
        c = next;
        seen++;
      }
      expect(seen).toBe(a.forwardSteps.length + 1 + (a.backward?.steps.length ?? 0));
    }
  });

  it('the window ahead lists the next steps in order, and nothing past the end', () => {
    const g = deckNetwork().graph;
    const a = analyse(g);
    const name = namer(g);
    const two = upcomingFormulas(a, IDLE, name, 2);
    expect(two).toEqual([...formulasAt(a, { phase: 'forward', k: 1 }, name), ...formulasAt(a, { phase: 'forward', k: 2 }, name)]);
    const end = { phase: 'backward', k: a.backward?.steps.length ?? 0 } as const;
    expect(upcomingFormulas(a, end, name, 5)).toEqual([]);
  });
});
