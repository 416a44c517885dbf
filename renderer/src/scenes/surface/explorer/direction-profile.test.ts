import { describe, expect, it } from 'vitest';
import { directionMarkers, profileSamples, toDegrees } from './direction-profile';
import type { PointValues } from './point-model';

const pv = (fx: number, fy: number): PointValues => ({ a: 0, b: 0, f: 0, fx, fy, gradNorm: Math.hypot(fx, fy), defined: true });

describe('directionMarkers', () => {
  it('puts the max along ∇f, the min opposite and zeros on the contour', () => {
    // ∇f = (0, 3): straight up, θ = π/2; contour along ±x: θ = 0 and π.
    const m = directionMarkers(pv(0, 3));
    expect(m?.max).toBeCloseTo(Math.PI / 2, 14);
    expect(m?.min).toBeCloseTo(1.5 * Math.PI, 14);
    expect(m?.zeros[0]).toBeCloseTo(0, 14);
    expect(m?.zeros[1]).toBeCloseTo(Math.PI, 14);
    expect(directionMarkers(pv(0, 0))).toBeNull();
  });
  it('samples a cosine of amplitude ‖∇f‖ peaking at the marker', () => {
    const p = pv(-1, 1); // θ_∇ = 3π/4, ‖∇f‖ = √2
    const { angles, values } = profileSamples(p, 360);
    let best = 0;
    for (let k = 1; k < values.length; k++) if ((values[k] ?? -Infinity) > (values[best] ?? -Infinity)) best = k;
    expect(angles[best]).toBeCloseTo((3 * Math.PI) / 4, 2);
    expect(values[best]).toBeCloseTo(Math.SQRT2, 4);
    expect(angles[0]).toBe(0);
    expect(angles[angles.length - 1]).toBeCloseTo(2 * Math.PI, 14);
    expect(toDegrees(Math.PI / 3)).toBe(60);
  });
});
