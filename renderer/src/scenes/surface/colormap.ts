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

/** Writes the viridis colour of t ∈ [0, 1] (clamped; NaN → 0) as linear-ish sRGB 0..1 into out[o..o+2]. */
export function viridisInto(t: number, out: Float32Array, o: number): void {
  const u = Number.isNaN(t) ? 0 : t < 0 ? 0 : t > 1 ? 1 : t;
  for (let c = 0; c < 3; c++) {
    const v = C0[c]! + u * (C1[c]! + u * (C2[c]! + u * (C3[c]! + u * (C4[c]! + u * (C5[c]! + u * C6[c]!)))));
    out[o + c] = v < 0 ? 0 : v > 1 ? 1 : v;
  }
}

export function viridis(t: number): [number, number, number] {
  const out = new Float32Array(3);
  viridisInto(t, out, 0);
  return [out[0]!, out[1]!, out[2]!];
}
