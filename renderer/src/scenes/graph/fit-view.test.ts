import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitReadable, panToShow } from './fit-view';

describe('fitReadable: fit the graph, never below the readable zoom', () => {
  it('a graph that fits is centred at the fitted zoom (capped at 1)', () => {
    // 400×200 graph in 1000×600 with a 50 px margin: fit zoom min(900/400, 500/200) = 2.25 → cap 1.
    const v = fitReadable({ x: 0, y: 0, width: 400, height: 200 }, 1000, 600, { margin: 50, minZoom: 0.5, maxZoom: 1 });
    expect(v).toEqual({ zoom: 1, x: 300, y: 200, whole: true });
    // 1800×500 in the same canvas: zoom 900/1800 = 0.5 ≥ minZoom 0.4 → whole, centred.
    const w = fitReadable({ x: 100, y: 0, width: 1800, height: 500 }, 1000, 600, { margin: 50, minZoom: 0.4, maxZoom: 1 });
    expect(w.zoom).toBeCloseTo(0.5, 12);
    expect(w.whole).toBe(true);
    expect(w.x + 100 * w.zoom).toBeCloseTo(50, 9);
  });

  it('too large: stays at the readable zoom and starts at the top left, or keeps the anchor in view', () => {
    const b = { x: 0, y: 0, width: 5000, height: 3000 };
    const v = fitReadable(b, 1000, 600, { margin: 40, minZoom: 1, maxZoom: 1 });
    expect(v).toMatchObject({ zoom: 1, x: 40, y: 40, whole: false });
    // Anchor at the far right middle: the graph's right end sits at the right margin.
    const a = fitReadable(b, 1000, 600, { margin: 40, minZoom: 1, maxZoom: 1, anchor: { x: 4900, y: 1450, width: 100, height: 100 } });
    expect(a.x + 5000).toBe(960);
    expect(a.y + 1500).toBe(300);
  });

  it('property (seed 42): zoom ∈ [min(minZoom, maxZoom), maxZoom]; the anchor (or the whole graph) is on screen', () => {
    fc.assert(
      fc.property(
        fc.record({
          w: fc.integer({ min: 1, max: 20000 }), h: fc.integer({ min: 1, max: 20000 }), x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }),
          vw: fc.integer({ min: 200, max: 3000 }), vh: fc.integer({ min: 200, max: 2000 }), minZoom: fc.double({ min: 0.1, max: 2, noNaN: true }),
          ax: fc.double({ min: 0, max: 1, noNaN: true }), ay: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        ({ w, h, x, y, vw, vh, minZoom, ax, ay }) => {
          const margin = 20;
          const anchor = { x: x + ax * Math.max(0, w - 100), y: y + ay * Math.max(0, h - 80), width: Math.min(100, w), height: Math.min(80, h) };
          const v = fitReadable({ x, y, width: w, height: h }, vw, vh, { margin, minZoom, maxZoom: 1, anchor });
          expect(v.zoom).toBeLessThanOrEqual(1 + 1e-12);
          expect(v.zoom).toBeGreaterThanOrEqual(Math.min(minZoom, 1) - 1e-12);
          const left = anchor.x * v.zoom + v.x;
          const top = anchor.y * v.zoom + v.y;
          expect(left).toBeGreaterThanOrEqual(-1e-6);
          expect(top).toBeGreaterThanOrEqual(-1e-6);
          expect(left + anchor.width * v.zoom).toBeLessThanOrEqual(vw + 1e-6);
          expect(top + anchor.height * v.zoom).toBeLessThanOrEqual(vh + 1e-6);
          if (v.whole) {
            expect(x * v.zoom + v.x).toBeGreaterThanOrEqual(margin - 1e-6);
            expect((x + w) * v.zoom + v.x).toBeLessThanOrEqual(vw - margin + 1e-6);
          }
        },
      ),
      { seed: 42 },
    );
  });
});

describe('panToShow: follow the active node', () => {
  it('no pan when the box is in view; the smallest pan that brings it in otherwise', () => {
    const vp = { x: 0, y: 0, zoom: 1 };
    expect(panToShow({ x: 100, y: 100, width: 50, height: 50 }, vp, 800, 600, 20)).toBeUndefined();
    // Box right edge at 900 + 50 = 950; must end at 800 − 20 = 780 → shift −170.
    expect(panToShow({ x: 900, y: 100, width: 50, height: 50 }, vp, 800, 600, 20)).toEqual({ x: -170, y: 0 });
    // Box above the top: starts at −200 → shift +220.
    expect(panToShow({ x: 100, y: -200, width: 50, height: 50 }, vp, 800, 600, 20)).toEqual({ x: 0, y: 220 });
  });
});
