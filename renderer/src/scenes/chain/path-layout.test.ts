import { describe, expect, it } from 'vitest';
import { pathLayout } from './path-layout';

describe('pathLayout', () => {
  const l = pathLayout(['x', 'y'], ['u', 'v'], 'z');
  it('puts inputs left, intermediates in the middle and z on the right', () => {
    const pos = Object.fromEntries(l.nodes.map((n) => [n.id, n]));
    expect(pos.x!.x).toBeLessThan(pos.u!.x);
    expect(pos.u!.x).toBeLessThan(pos.z!.x);
    expect(pos.x!.y).toBeLessThan(pos.y!.y);
    expect(pos.z!.y).toBe(50);
  });
  it('has one edge per input × intermediate and one per intermediate into z', () => {
    expect(l.edges.map((e) => `${e.from}${e.to}`)).toEqual(['xu', 'xv', 'yu', 'yv', 'uz', 'vz']);
  });
  it('keeps the labels of the crossing edges apart (they cross in the middle)', () => {
    const xv = l.edges.find((e) => e.from === 'x' && e.to === 'v')!;
    const yu = l.edges.find((e) => e.from === 'y' && e.to === 'u')!;
    expect(Math.abs(xv.ly - yu.ly)).toBeGreaterThan(20);
    for (const e of l.edges) {
      expect(e.lx).toBeGreaterThan(Math.min(e.x1, e.x2) - 1e-9);
      expect(e.lx).toBeLessThan(Math.max(e.x1, e.x2) + 1e-9);
    }
  });
});
