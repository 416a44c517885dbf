import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEAD, leadPan } from './follow-view';

const vp = { x: 0, y: 0, zoom: 1 };
const card = (x: number, y = 100) => ({ x, y, width: 100, height: 60 });

describe('leadPan: the view follows the active node ahead of it', () => {
  it('holds still while the node is in view', () => {
    expect(leadPan(card(300), vp, 1000, 600, 30)).toBeUndefined();
    expect(leadPan(card(870), vp, 1000, 600, 30, card(600))).toBeUndefined();
  });

  it('a node leaving on the right lands a quarter in from the left (the way ahead shown)', () => {
    // Node at 950..1050 screen: its start goes to 0.25 × 1000 = 250, so x = 250 − 950 = −700.
    expect(leadPan(card(950), vp, 1000, 600, 30, card(750))).toEqual({ x: -700, y: 0 });
  });

  it('going back (the backward pass), a node leaving on the left lands a quarter in from the right', () => {
    // Node at −120..−20: its end goes to 750, so x = 750 − (−20) = 770.
    expect(leadPan(card(-120), vp, 1000, 600, 30, card(100))).toEqual({ x: 770, y: 0 });
  });

  it('without a previous node, the side it left by gives the way', () => {
    expect(leadPan(card(950), vp, 1000, 600, 30)).toEqual({ x: -700, y: 0 });
    expect(leadPan(card(-120), vp, 1000, 600, 30)).toEqual({ x: 770, y: 0 });
  });

  it('never moves a graph that fits off the view: a node just inside the margin moves it only that far', () => {
    // Graph 35..786 wide in a 1000 px view (fits); the node at 35 is 5 px inside the 40 px margin:
    // the view moves 5 px right, not by the lead (its right end would leave the view).
    const graph = { x: 35, y: 100, width: 751, height: 200 };
    expect(leadPan(card(35), vp, 1000, 600, 40, card(650), graph)).toEqual({ x: 5, y: 0 });
  });

  it('at another zoom and along y: screen = flow × zoom + offset', () => {
    // zoom 0.5: node y 1400..1430 on screen is 700..730 below a 600 px view → its top to 150: y = 150 − 700 = −550.
    expect(leadPan({ x: 100, y: 1400, width: 100, height: 60 }, { x: 0, y: 0, zoom: 0.5 }, 1000, 600, 30, { x: 100, y: 1000, width: 100, height: 60 })).toEqual({ x: 0, y: -550 });
  });

  it('afterwards the node is always wholly in view (within the margin), and the view moved only if it was not', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5000, max: 5000, noNaN: true }), fc.double({ min: -5000, max: 5000, noNaN: true }),
        fc.double({ min: 20, max: 400, noNaN: true }), fc.double({ min: 20, max: 300, noNaN: true }),
        fc.double({ min: 0.2, max: 2, noNaN: true }), fc.double({ min: -3000, max: 3000, noNaN: true }), fc.boolean(),
        (x, y, w, h, zoom, px, withGraph) => {
          const v = { x: 13, y: -7, zoom };
          const box = { x, y, width: w, height: h };
          const graph = { x: Math.min(x, px) - 50, y: y - 20, width: Math.abs(x - px) + w + 400, height: h + 40 };
          const to = leadPan(box, v, 1200, 800, 24, { x: px, y, width: w, height: h }, withGraph ? graph : undefined);
          const ox = to?.x ?? v.x;
          const oy = to?.y ?? v.y;
          const inside = (s: number, size: number, o: number, view: number) => s * zoom + o >= 24 - 1e-6 && (s + size) * zoom + o <= view - 24 + 1e-6;
          expect(inside(x, w, ox, 1200)).toBe(true);
          expect(inside(y, h, oy, 800)).toBe(true);
          if (inside(x, w, v.x, 1200) && inside(y, h, v.y, 800)) expect(to).toBeUndefined();
        },
      ),
      { seed: 42 },
    );
    expect(LEAD).toBeGreaterThan(0);
  });
});
