import { describe, expect, it } from 'vitest';
import { decimatedIndices, decimateSamples, IDLE_MS, MOVING_RESOLUTION, renderDetail } from './render-detail';
import { isSoftwareRendererName } from './software-gl';

describe('renderDetail', () => {
  it('never reduces anything on a GPU, moving or not, whatever the switch', () => {
    const gpu = isSoftwareRendererName('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)');
    for (const moving of [false, true])
      for (const adapt of [false, true])
        for (const dpr of [1, 1.5, 2, 3]) expect(renderDetail({ software: gpu, adapt, moving, devicePixelRatio: dpr })).toEqual({ pixelRatio: Math.min(2, dpr), coarseMesh: false, cheap: false });
  });
  it('on a software rasterizer caps the pixel ratio at 1 at rest and coarsens only while moving', () => {
    const sw = isSoftwareRendererName('Google SwiftShader');
    expect(renderDetail({ software: sw, adapt: true, moving: false, devicePixelRatio: 2 })).toEqual({ pixelRatio: 1, coarseMesh: false, cheap: false });
    expect(renderDetail({ software: sw, adapt: true, moving: true, devicePixelRatio: 2 })).toEqual({ pixelRatio: 1, coarseMesh: true, cheap: true });
  });
  it('does nothing when the user turned the adaptation off', () => {
    expect(renderDetail({ software: true, adapt: false, moving: true, devicePixelRatio: 1 })).toEqual({ pixelRatio: 1, coarseMesh: false, cheap: false });
  });
  it('survives a nonsense device pixel ratio', () => {
    expect(renderDetail({ software: false, adapt: true, moving: false, devicePixelRatio: Number.NaN }).pixelRatio).toBe(1);
  });
  it('refines within a fraction of a second', () => expect(IDLE_MS).toBeLessThanOrEqual(200));
});

describe('decimation', () => {
  it('keeps both ends and spreads the rest evenly', () => {
    expect([...decimatedIndices(128, 48)].slice(0, 3)).toEqual([0, 3, 5]);
    const ix = decimatedIndices(128, MOVING_RESOLUTION);
    expect(ix.length).toBe(48);
    expect(ix[0]).toBe(0);
    expect(ix[47]).toBe(127);
    for (let j = 1; j < ix.length; j++) {
      const gap = ix[j]! - ix[j - 1]!;
      expect(gap).toBeGreaterThanOrEqual(2);
      expect(gap).toBeLessThanOrEqual(3);
      // Each kept index is within half a fine cell of the even spacing 127/47.
      expect(Math.abs(ix[j]! - (j * 127) / 47)).toBeLessThanOrEqual(0.5);
    }
    expect([...decimatedIndices(10, 48)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it('copies heights and gaps of the kept samples', () => {
    const nx = 5;
    const z = new Float32Array(25).map((_, k) => k);
    const mask = new Uint8Array(25).fill(1);
    mask[12] = 0; // the centre (i = 2, j = 2)
    const d = decimateSamples({ nx, ny: nx, z, mask }, 3, null);
    expect(d.nx).toBe(3);
    expect([...d.z.slice(0, 9)]).toEqual([0, 2, 4, 10, 12, 14, 20, 22, 24]);
    expect([...d.mask.slice(0, 9)]).toEqual([1, 1, 1, 1, 0, 1, 1, 1, 1]);
    // The output buffer is reused.
    const again = decimateSamples({ nx, ny: nx, z, mask }, 3, d);
    expect(again).toBe(d);
  });
});
