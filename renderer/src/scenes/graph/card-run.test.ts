import { describe, expect, it } from 'vitest';
import { deckNetwork } from '$shared/nn/deckNetwork';
import { layoutGraph } from './layout';
import { analyse, IDLE, stepAny, viewAt, type Cursor } from './run-model';
import { toFlowNodes } from './flow-mapping';
import { runFields, runMerger } from './card-run';
import { benchGraph } from './bench-graph';

describe('the run on the cards', () => {
  it('merged with the card data, shows at every step what the full mapping puts in the data', () => {
    for (const g of [deckNetwork().graph, { nodes: benchGraph(60) }]) {
      const pos = layoutGraph(g);
      const a = analyse(g);
      let cursor: Cursor = IDLE;
      let cards = toFlowNodes(g, pos, viewAt(g, a, cursor), {}, a.outputId, [], false, true);
      const mergers = new Map(g.nodes.map((n) => [n.id, runMerger()]));
      for (let k = 0; k < 200; k++) {
        const view = viewAt(g, a, cursor);
        const next = toFlowNodes(g, pos, view, {}, a.outputId, cards, false, true);
        // The canvas's list never changes during the animation: xyflow is never woken.
        if (k > 0) expect(next).toBe(cards);
        cards = next;
        const full = toFlowNodes(g, pos, view, {}, a.outputId, []);
        cards.forEach((c, i) => {
          const shown = mergers.get(c.id)?.(c.data, c.id, view);
          expect(shown).toEqual(full[i]?.data);
        });
        const after = stepAny(a, cursor);
        if (after === cursor || JSON.stringify(after) === JSON.stringify(cursor)) break;
        cursor = after;
      }
    }
  });

  it('keeps the merged object while nothing the card shows changed, and makes a new one when it did', () => {
    const g = deckNetwork().graph;
    const a = analyse(g);
    const pos = layoutGraph(g);
    const cards = toFlowNodes(g, pos, viewAt(g, a, IDLE), {}, a.outputId, [], false, true);
    const u3 = cards.find((c) => c.id === 'u3');
    if (!u3) throw new Error('no u3');
    const merge = runMerger();
    const idle = merge(u3.data, 'u3', viewAt(g, a, IDLE));
    expect(idle.value).toBeUndefined();
    // Steps 1 and 2 compute u₁ and u₂: nothing changes on u₃'s card.
    expect(merge(u3.data, 'u3', viewAt(g, a, { phase: 'forward', k: 1 }))).toBe(idle);
    expect(merge(u3.data, 'u3', viewAt(g, a, { phase: 'forward', k: 2 }))).toBe(idle);
    // Step 3 computes u₃ = 0.5·1 + (−0.25)·2 = 0 (by hand) and lights it.
    const lit = merge(u3.data, 'u3', viewAt(g, a, { phase: 'forward', k: 3 }));
    expect(lit).not.toBe(idle);
    expect(lit).toMatchObject({ value: 0, active: true, name: 'u₃' });
    // Other card data (a rename): a new object even with the same run.
    const renamed = { ...u3.data, name: 'z' };
    expect(merge(renamed, 'u3', viewAt(g, a, { phase: 'forward', k: 3 }))).toMatchObject({ name: 'z', value: 0 });
    expect(runFields(viewAt(g, a, { phase: 'forward', k: 4 }), 'u3')).toEqual({ value: 0, grad: undefined, active: false, explanation: undefined });
  });
});
