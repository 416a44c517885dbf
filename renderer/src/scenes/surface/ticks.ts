/**
 * Axis ticks at "nice" numbers (1, 2, 2.5, 5 × 10^k) so labels read like a textbook figure.
 *
 * Any magnitude and any ratio of range to span must work: [1e36, 1.2e36], [100000, 100000.5],
 * [−1e308, 1e308] or a span below the doubles' resolution at that magnitude. Ticks are always
 * distinct values, and `tickLabels` gives labels that are distinct too (loops key by index, but a
 * repeated label would still mislead the reader).
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

/** Below this span/magnitude ratio consecutive multiples of the step are no longer distinct doubles. */
const RESOLUTION = 1e-11;

export function niceTicks(min: number, max: number, maxTicks = 6): Ticks {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) return { step: 1, values: [], decimals: 0 };
  if (max === min) return { step: 1, values: [min], decimals: decimalsOf(min) };
  const span = max - min;
  if (!Number.isFinite(span)) {
    // [−1e308, 1e308]: the span overflows; tick half the range and double (exact in binary).
    const half = niceTicks(min / 2, max / 2, maxTicks);
    return { step: half.step * 2, values: half.values.map((v) => v * 2).filter(Number.isFinite), decimals: half.decimals };
  }
  const magnitude = Math.max(Math.abs(min), Math.abs(max));
  if (span <= magnitude * RESOLUTION) {
    // The range is a few ulps wide: one tick in the middle says everything there is to say.
    const mid = min + span / 2;
    return { step: span, values: [mid], decimals: decimalsOf(mid) };
  }
  const step = niceStep(span, maxTicks);
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  const values: number[] = [];
  for (let k = first; k <= last && values.length < 1000; k++) {
    const v = k * step;
    const tick = Math.abs(v) < step * 1e-9 ? 0 : v;
    if (values.length === 0 || tick > (values[values.length - 1] as number)) values.push(tick);
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

const minus = (s: string): string => s.replaceAll('-', '−');
const exponentForm = (v: number, mantissaDecimals: number): string =>
  minus(v.toExponential(Math.max(0, Math.min(16, mantissaDecimals))).replace('e+', 'e'));

/**
 * A tick label: fixed decimals for ordinary magnitudes, exponent form for huge/tiny ones. With the
 * tick `step`, the exponent form keeps as many mantissa digits as the step needs (ticks 5e34 apart
 * near 1.1e36 print as 1.10e36, 1.15e36), so neighbouring ticks never print alike.
 */
export function formatTick(v: number, decimals: number, step?: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-4) {
    if (step === undefined || !(step > 0) || !Number.isFinite(step)) return exponentForm(v, 1);
    const stepExp = Math.floor(Math.log10(step));
    const stepMantissa = step / 10 ** stepExp;
    const digits = Math.floor(Math.log10(a)) - stepExp + stepDecimals(stepMantissa);
    return exponentForm(v, Math.max(1, digits));
  }
  return minus(v.toFixed(Math.max(0, Math.min(decimals, 15))));
}

/**
 * Labels for a whole tick list, guaranteed distinct for distinct values: `formatTick` with the
 * step, and when rounding still repeats a label, more digits until it does not.
 */
export function tickLabels(t: Ticks): string[] {
  const base = t.values.map((v) => formatTick(v, t.decimals, t.step));
  if (new Set(base).size === base.length) return base;
  for (let extra = 1; extra <= 17; extra++) {
    const labels = t.values.map((v) => {
      const a = Math.abs(v);
      if (v === 0) return '0';
      if (a >= 1e5 || a < 1e-4) return exponentForm(v, extra + 1);
      return minus(v.toFixed(Math.min(15, t.decimals + extra)));
    });
    if (new Set(labels).size === labels.length) return labels;
  }
  return t.values.map((v) => minus(String(v)));
}
