/**
 * Viridis, the perceptually uniform colour map of matplotlib: lightness rises monotonically, so
 * height reads correctly in print, for colour-blind viewers and on washed-out projectors.
 * Polynomial fit by Matt Zucker (CC0) of the reference table; its largest deviation from the table is about 0.013 per channel — invisible on screen.
 */
const C0 = [0.2777273272234177, 0.005407344544966578, 0.3340998053353061] as const;
const C1 = [0.1050930431085774, 1.404613529898575, 1.384590162594685] as const;
const C2 = [-0.3308618287255563, 0.214847559468213, 0.09509516302823659] as const;
const C3 = [-4.634230498983486, -5.799100973351585, -19.33244095627987] as const;
const C4 = [6.228269936347081, 14.17993336680509, 56.69055260068105] as const;
const C5 = [4.776384997670288, -13.74514537774601, -65.35303263337234] as const;
const C6 = [-5.435455855934631, 4.645852612178535, 26.3124352495832] as const;

const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);

/**
 * Writes the viridis colour of t ∈ [0, 1] (clamped; NaN → 0) as sRGB 0..1 into out[o..o+2].
 * Unrolled per channel: it runs once per vertex on every surface update.
 */
export function viridisInto(t: number, out: Float32Array, o: number): void {
  const u = t > 0 ? (t < 1 ? t : 1) : 0;
  out[o] = clamp01(C0[0] + u * (C1[0] + u * (C2[0] + u * (C3[0] + u * (C4[0] + u * (C5[0] + u * C6[0]))))));
  out[o + 1] = clamp01(C0[1] + u * (C1[1] + u * (C2[1] + u * (C3[1] + u * (C4[1] + u * (C5[1] + u * C6[1]))))));
  out[o + 2] = clamp01(C0[2] + u * (C1[2] + u * (C2[2] + u * (C3[2] + u * (C4[2] + u * (C5[2] + u * C6[2]))))));
}

export function viridis(t: number): [number, number, number] {
  const out = new Float32Array(3);
  viridisInto(t, out, 0);
  return [out[0]!, out[1]!, out[2]!];
}
