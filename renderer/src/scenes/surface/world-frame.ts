/**
 * Maps math coordinates (x, y, z) to the scene's world box: the longer of the x/y spans becomes
 * [−1, 1], the other keeps the true aspect ratio, and the z range becomes [0, HEIGHT]. Working in
 * a fixed-size box keeps camera, lights and line widths sensible for any domain, even 1e6 wide.
 */
export const HEIGHT = 1.1;

export interface Domain {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

export interface WorldFrame {
  readonly domain: Domain;
  readonly zLo: number;
  readonly zHi: number;
  /** World units per math unit horizontally. */
  readonly s: number;
  /** World units per math unit vertically. */
  readonly sz: number;
  readonly cx: number;
  readonly cy: number;
}

export function makeWorldFrame(domain: Domain, zLo: number, zHi: number): WorldFrame {
  const span = Math.max(domain.xMax - domain.xMin, domain.yMax - domain.yMin);
  const zSpan = zHi - zLo;
  return {
    domain,
    zLo,
    zHi,
    s: 2 / span,
    sz: zSpan > 0 && Number.isFinite(zSpan) ? HEIGHT / zSpan : 1,
    cx: (domain.xMin + domain.xMax) / 2,
    cy: (domain.yMin + domain.yMax) / 2,
  };
}

export const toWorldX = (f: WorldFrame, x: number): number => (x - f.cx) * f.s;
export const toWorldY = (f: WorldFrame, y: number): number => (y - f.cy) * f.s;
/** Heights outside [zLo, zHi] are clamped so outliers flatten at the box edge instead of spiking. */
export const toWorldZ = (f: WorldFrame, z: number): number => (Math.min(f.zHi, Math.max(f.zLo, z)) - f.zLo) * f.sz;
export const fromWorldX = (f: WorldFrame, wx: number): number => wx / f.s + f.cx;
export const fromWorldY = (f: WorldFrame, wy: number): number => wy / f.s + f.cy;
export const fromWorldZ = (f: WorldFrame, wz: number): number => wz / f.sz + f.zLo;
