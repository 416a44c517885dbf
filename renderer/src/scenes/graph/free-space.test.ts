import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockBounds, FREE_GAP, freeSpot, type Rect } from './free-space';

const hit = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('freeSpot: a new node never lands on another', () => {
  it('keeps the wish when it is free, moves the least distance when it is not', () => {
    const size = { width: 136, height: 96 };
    expect(freeSpot({ x: 0, y: 0 }, size, [])).toEqual({ x: 0, y: 0 });
    const taken: Rect = { x: 0, y: 0, width: 136, height: 96 };
    const p = freeSpot({ x: 0, y: 0 }, size, [taken]);
    expect(hit({ ...p, ...size }, taken)).toBe(false);
    // The nearest free cell: below (96 + 16 gap → 5 steps of 24 = 120) is nearer than right (136 + 16 → 7 steps).
    expect(p).toEqual({ x: 0, y: 120 });
  });

  it('property (seed 42): the block never overlaps an existing node, and stays near when there is room', () => {
    const rect = fc.record({ x: fc.integer({ min: -600, max: 600 }), y: fc.integer({ min: -600, max: 600 }), width: fc.integer({ min: 40, max: 200 }), height: fc.integer({ min: 40, max: 140 }) });
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 80 }), fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }), fc.record({ width: fc.integer({ min: 60, max: 700 }), height: fc.integer({ min: 60, max: 340 }) }), (occupied, want, size) => {
        const p = freeSpot(want, size, occupied);
        const box = { ...p, ...size };
        for (const r of occupied) expect(hit(box, r), JSON.stringify({ box, r })).toBe(false);
        // Never further than the whole scene's extent away (the bounded search or the fallback).
        expect(Math.abs(p.y - want.y)).toBeLessThanOrEqual(40 * 24);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('keeps the gap, and the neuron block as a whole', () => {
    const occupied: Rect[] = [{ x: 0, y: 0, width: 136, height: 96 }];
    const block = blockBounds([{ x: 0, y: 0 }, { x: 0, y: 110 }, { x: 570, y: 90 }], { width: 136, height: 96 });
    expect(block).toEqual({ x: 0, y: 0, width: 706, height: 206 });
    const p = freeSpot({ x: 0, y: 0 }, block, occupied);
    const grown = { x: p.x - FREE_GAP, y: p.y - FREE_GAP, width: block.width + 2 * FREE_GAP, height: block.height + 2 * FREE_GAP };
    expect(hit(grown, occupied[0] as Rect)).toBe(false);
  });
});
