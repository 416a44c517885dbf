import { describe, expect, it } from 'vitest';
import { HORIZONTAL_FOV, verticalFov } from './camera-fit';

const horizontal = (vDeg: number, aspect: number) => (2 * Math.atan(Math.tan((vDeg * Math.PI) / 360) * aspect) * 180) / Math.PI;

describe('verticalFov', () => {
  it('keeps the horizontal angle for ordinary window shapes', () => {
    for (const aspect of [1, 1.2, 1.5]) expect(horizontal(verticalFov(aspect), aspect)).toBeCloseTo(HORIZONTAL_FOV, 6);
  });
  it('never goes below the minimum on very wide screens or above the maximum on very narrow ones', () => {
    expect(verticalFov(4)).toBe(43);
    expect(verticalFov(2)).toBe(43);
    expect(verticalFov(0.3)).toBe(75);
    expect(verticalFov(Number.NaN)).toBe(43);
  });
  it('widens vertically as the viewport narrows', () => {
    expect(verticalFov(1)).toBeGreaterThan(verticalFov(1.5));
  });
});

import fc from 'fast-check';
import { PerspectiveCamera, Vector3 } from 'three';
import { boxCorners, fitCamera, offsetAngles, orbitOffset, type Vec3 } from './camera-fit';

/** NDC of a point through a three.js camera placed as the fit says (independent of fitCamera's math). */
function ndcThroughThree(fit: { target: Vec3; distance: number }, direction: Vec3, fov: number, aspect: number, p: Vec3): Vector3 {
  const cam = new PerspectiveCamera(fov, aspect, 0.01, 1000);
  cam.up.set(0, 0, 1);
  const d = new Vector3(...direction).normalize();
  cam.position.set(fit.target[0] + d.x * fit.distance, fit.target[1] + d.y * fit.distance, fit.target[2] + d.z * fit.distance);
  cam.lookAt(new Vector3(...fit.target));
  cam.updateMatrixWorld();
  return new Vector3(...p).project(cam);
}

describe('fitCamera', () => {
  const margin = 0.08;
  const coord = fc.double({ min: -5, max: 5, noNaN: true });
  const size = fc.double({ min: 0.05, max: 6, noNaN: true });
  // Directions not within 3° of straight down or up (the explorer's keyboard stops at 89°).
  const dir = fc.tuple(fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }), fc.double({ min: -1.4, max: 1.4, noNaN: true })).map(
    ([az, el]): Vec3 => [Math.cos(el) * Math.cos(az), Math.cos(el) * Math.sin(az), Math.sin(el)],
  );
  it('puts every corner (and so every arrow tip inside the box) in the frustum with the margin, at any aspect', () => {
    fc.assert(
      fc.property(fc.tuple(coord, coord, coord), fc.tuple(size, size, size), dir, fc.double({ min: 0.3, max: 4, noNaN: true }), fc.double({ min: 30, max: 80, noNaN: true }), (c, s, d, aspect, fov) => {
        const min: Vec3 = [c[0], c[1], c[2]];
        const max: Vec3 = [c[0] + s[0], c[1] + s[1], c[2] + s[2]];
        const pts = boxCorners(min, max);
        const fit = fitCamera({ points: pts, direction: d, up: [0, 0, 1], fovDeg: fov, aspect, margin, near: 1e-6 });
        let worst = 0;
        for (const p of pts) {
          const n = ndcThroughThree(fit, d, fov, aspect, p);
          expect(n.z).toBeLessThan(1);
          expect(n.z).toBeGreaterThan(-1);
          worst = Math.max(worst, Math.abs(n.x), Math.abs(n.y));
        }
        expect(worst).toBeLessThanOrEqual(1 - margin + 1e-6);
        // Tight: some corner touches the margin.
        expect(worst).toBeGreaterThan(1 - margin - 1e-6);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
  it('frames the explorer box with a long gradient arrow poking out of it', () => {
    // World box [−1, 1]² × [0, 1.1] and a floor arrow from (0.9, 0) reaching x = 1.8 (a capped arrow).
    const pts: Vec3[] = [...boxCorners([-1, -1, 0], [1, 1, 1.1]), [1.8, 0.1, 0.006]];
    for (const aspect of [4 / 3, 16 / 9, 2.4, 0.8]) {
      const d: Vec3 = [2.0, -2.3, 1.75 - 0.55];
      const fit = fitCamera({ points: pts, direction: d, up: [0, 0, 1], fovDeg: verticalFov(aspect), aspect, margin: 0.06, near: 0.05 });
      const tip = ndcThroughThree(fit, d, verticalFov(aspect), aspect, [1.8, 0.1, 0.006]);
      expect(Math.abs(tip.x)).toBeLessThanOrEqual(0.94 + 1e-9);
      expect(Math.abs(tip.y)).toBeLessThanOrEqual(0.94 + 1e-9);
    }
  });
});

describe('orbitOffset', () => {
  it('turns about z keeping the distance, and stops short of the poles', () => {
    const o: Vec3 = [2, 0, 0];
    const r = orbitOffset(o, 90, 0);
    expect(r[0]).toBeCloseTo(0, 12);
    expect(r[1]).toBeCloseTo(2, 12);
    const up = orbitOffset(o, 0, 200);
    expect(offsetAngles(up).elevation).toBeCloseTo(89, 9);
    expect(offsetAngles(up).distance).toBeCloseTo(2, 12);
    const a = offsetAngles(orbitOffset([1, 1, Math.SQRT2], 10, -5));
    expect(a.azimuth).toBeCloseTo(55, 9);
    expect(a.elevation).toBeCloseTo(40, 9);
  });
});
