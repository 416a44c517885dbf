/**
 * Axis ticks at "nice" numbers (1, 2, 2.5, 5 × 10^k) so labels read like a textbook figure.
 */
export interface Ticks {
  readonly step: number;
  readonly values: readonly number[];
  /** Decimal places needed to print every value distinctly. */
  readonly decimals: number;
}

export function niceStep(span: number, maxTicks: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, maxTicks);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10;
  return nice * mag;
}

export function niceTicks(min: number, max: number, maxTicks = 6): Ticks {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) return { step: 1, values: [], decimals: 0 };
  if (max === min) return { step: 1, values: [min], decimals: decimalsOf(min) };
  const step = niceStep(max - min, maxTicks);
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  const values: number[] = [];
  for (let k = first; k <= last && values.length < 1000; k++) {
    const v = k * step;
    values.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  }
  return { step, values, decimals: stepDecimals(step) };
}

/** Decimal places that print every multiple of `step` exactly (2.5 → 1, 0.25 → 2, 50 → 0). */
export function stepDecimals(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  for (let d = 0; d <= 12; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(Math.round(scaled) - scaled) <= 1e-9 * Math.max(1, scaled)) return d;
  }
  return 12;
}

function decimalsOf(v: number): number {
  const s = String(v);
  const i = s.indexOf('.');
  return i < 0 ? 0 : Math.min(6, s.length - i - 1);
}

/** A tick label: fixed decimals for ordinary magnitudes, compact exponent form for huge/tiny ones. */
export function formatTick(v: number, decimals: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-4) return v.toExponential(1).replace('e+', 'e');
  return v.toFixed(Math.min(decimals, 6)).replace('-', '−');
}
