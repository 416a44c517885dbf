/**
 * A tiny seeded PRNG so datasets and initial weights are reproducible on every machine (a lesson
 * or a saved scene stores the seed, not the data). mulberry32: 32-bit state, period 2³², plenty
 * for teaching-sized datasets; not for cryptography.
 */

/** A generator of uniform numbers in [0, 1). */
export type Rng = () => number;

/** mulberry32 seeded with the integer part of `seed` (any finite number; taken modulo 2³²). */
export function mulberry32(seed: number): Rng {
  let s = Math.trunc(Number.isFinite(seed) ? seed : 0) >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal sample (mean 0, standard deviation 1) by the Box–Muller transform. */
export function gaussian(rng: Rng): number {
  // 1 − u lies in (0, 1], so the logarithm is finite.
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Uniform in [min, max). */
export function uniform(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng();
}
