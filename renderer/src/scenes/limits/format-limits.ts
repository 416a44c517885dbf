/**
 * Number formats of the limits chapter: table entries that show one more digit per row (so the
 * approach is visible: 8.82, 8.982, 8.9982, …) and side behaviours in words and LaTeX.
 */
import type { SideBehaviour } from '$shared/calculus';
import { formatSig, latexNumber } from '../surface/explorer/format';
import { tidyLimit } from './limit-analysis';

/**
 * Significant digits that show how f(x) differs from the value L it approaches: two digits of
 * the difference (8.982, 8.9982, … toward 9; 0.99998 toward 1), between 4 and 13. Without a
 * finite L (or when f(x) = L) the row's x precision is used.
 */
export function valueDigits(fx: number, L: number | undefined, fallback: number): number {
  if (L === undefined || !Number.isFinite(L) || !Number.isFinite(fx) || fx === L) return fallback;
  const d = Math.ceil(Math.log10(Math.max(Math.abs(fx), Math.abs(L)) / Math.abs(fx - L))) + 2;
  return Math.min(13, Math.max(4, d));
}

/** A side's behaviour as a short LaTeX right-hand side: 9, +\infty, -\infty, or null. */
export function sideLatex(b: SideBehaviour | undefined): string | null {
  if (!b) return null;
  if (b.kind === 'finite') return latexNumber(tidyLimit(b.value, b.errorEstimate), 10);
  if (b.kind === 'infinite') return b.sign > 0 ? '+\\infty' : '-\\infty';
  return null;
}

/** A side's behaviour as plain text for the read-outs: "9", "+∞", "−∞". */
export function sideText(b: SideBehaviour | undefined): string | null {
  if (!b) return null;
  if (b.kind === 'finite') return formatSig(tidyLimit(b.value, b.errorEstimate), 10);
  if (b.kind === 'infinite') return b.sign > 0 ? '+∞' : '−∞';
  return null;
}

/** ε and δ read-outs: 6 significant digits. */
export const fmt6 = (v: number): string => formatSig(v, 6);
