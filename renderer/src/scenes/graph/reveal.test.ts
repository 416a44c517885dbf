import { describe, expect, it } from 'vitest';
import { boundsOf, onScreenFirst, replacesGraph, Reveal, viewBox, type Placed } from './reveal';

const card = { width: 100, height: 50 };
const at = (id: string, x: number, y: number, extra: Partial<Placed> = {}): Placed => ({ id, position: { x, y }, ...extra });

describe('revealing a large graph', () => {
  it('bounds use the measured size, then the initial size, then the card', () => {
    const list = [at('a', 0, 0), at('b', 300, 100, { measured: { width: 40, height: 20 } }), at('c', -50, 400, { initialWidth: 10, initialHeight: 5 })];
    // x from −50 to max(0+100, 300+40, −50+10) = 340; y from 0 to max(50, 120, 405) = 405.
    expect(boundsOf(list, card)).toEqual({ x: -50, y: 0, width: 390, height: 405 });
    expect(boundsOf([], card)).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });

  it('tells another graph from an edit of the same one', () => {
    const a = [at('x', 0, 0), at('y', 0, 0), at('z', 0, 0)];
    expect(replacesGraph(a, [...a, at('w', 0, 0)])).toBe(false); // one node added
    expect(replacesGraph(a, [at('p', 0, 0), at('q', 0, 0), at('x', 0, 0)])).toBe(true); // 1 of 3 kept
    expect(replacesGraph([], a)).toBe(true);
    expect(replacesGraph(a, [])).toBe(false);
  });

  it('the view box inverts the viewport transform (screen = flow × zoom + offset)', () => {
    const v = { x: -200, y: 100, zoom: 0.5 };
    const b = viewBox(v, 800, 600);
    // Screen (0, 0) is flow ((0 − (−200)) / 0.5, (0 − 100) / 0.5) = (400, −200); 800 px wide is 1,600 flow px.
    expect(b).toEqual({ x: 400, y: -200, width: 1600, height: 1200 });
  });

  it('lists only the nodes on screen, nearest the middle first', () => {
    const view = { x: 0, y: 0, width: 1000, height: 1000 };
    const list = [at('far', 5000, 0), at('corner', 0, 0), at('middle', 450, 475), at('edge', 990, 500), at('off', -101, 0)];
    // centres: corner (50, 25) → 671 from (500, 500); middle (500, 500) → 0; edge (1040, 525) → 541.
    expect(onScreenFirst(list, view, card)).toEqual(['middle', 'edge', 'corner']);
  });

  it('reveals the on-screen nodes a few per step, then everything else at once', () => {
    const all = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => at(id, 0, 0));
    const r = new Reveal(all, ['c', 'a', 'e'], 2);
    expect([...r.hidden].sort()).toEqual(['b', 'd', 'e', 'f']);
    r.step();
    expect([...r.hidden].sort()).toEqual(['b', 'd', 'f']);
    expect(r.done).toBe(false);
    r.step();
    expect(r.done).toBe(true);
    expect(r.hidden.size).toBe(0);
  });

  it('reveals the off-screen rest in batches when asked to', () => {
    const all = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => at(id, 0, 0));
    const r = new Reveal(all, ['c'], 1, 2);
    expect(r.hidden.size).toBe(6);
    r.step();
    expect(r.hidden.size).toBe(4);
    r.step();
    expect(r.hidden.size).toBe(2);
    r.step();
    expect(r.done).toBe(true);
  });

  it('forgets nodes removed during the reveal', () => {
    const all = ['a', 'b', 'c', 'd'].map((id) => at(id, 0, 0));
    const r = new Reveal(all, ['a', 'b', 'c'], 1);
    r.keepOnly(new Set(['a', 'c', 'd']));
    expect([...r.hidden].sort()).toEqual(['c', 'd']);
    r.step();
    expect([...r.hidden]).toEqual(['d']);
  });
});
