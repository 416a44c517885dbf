import { describe, expect, it } from 'vitest';
import { GradientArrowsOverlay } from './gradient-arrows';
import { FRAME } from './test-frame';

describe('GradientArrowsOverlay.extent (what the camera keeps in frame)', () => {
  it('reports the tip of an arrow that reaches past the box', () => {
    // f = x² + y² at (1.8, 0): ∇f = (3.6, 0). Frame [−2, 2]², z ∈ [0, 8]: s = 0.5 world/unit and
    // k = niceFloor(0.25·4²/8) = 0.5, so the floor arrow runs from world x = 0.9 by
    // k·3.6·s = 0.9 to x = 1.8 — beyond the box edge at x = 1 (k·|∇f| = 1.8 is exactly the cap 0.45·4).
    const o = new GradientArrowsOverlay();
    o.setFrame(FRAME);
    o.setVisible(true, false);
    o.update({ a: 1.8, b: 0, z0: 3.24, fx: 3.6, fy: 0 });
    let maxX = -Infinity;
    let n = 0;
    o.extent((x) => {
      maxX = Math.max(maxX, x);
      n++;
    });
    expect(n).toBeGreaterThan(0);
    expect(maxX).toBeCloseTo(1.8, 6);
    o.dispose();
  });
  it('reports nothing while hidden', () => {
    const o = new GradientArrowsOverlay();
    o.setFrame(FRAME);
    o.update({ a: 1.8, b: 0, z0: 3.24, fx: 3.6, fy: 0 });
    o.setVisible(false, false);
    let n = 0;
    o.extent(() => n++);
    expect(n).toBe(0);
    o.dispose();
  });
});
