/**
 * How many evaluations a slice plot may spend on one drawing of a formula (issue 12: any accepted
 * formula is drawn within one frame budget of main-thread work). The plot's default cap (20 000)
 * suits everyday formulas; a 250-level x^x^… tower costs ~500 nodes per evaluation, so 20 000 of
 * them took 20–40 ms per slice. The cap scales inversely with the formula's size so each drawing
 * stays near a fixed amount of node evaluations, never below what draws ~5 samples per pixel.
 */
import { exprSize, type Expr } from '$shared/expr/ast';
import { DEFAULT_MAX_SAMPLES } from '../../../plot1d/sample-curve';

/** Node evaluations one slice drawing may cost (a few ms with the compiled evaluator). */
export const SLICE_NODE_BUDGET = 1_000_000;
/** The floor: still ~1 base sample per pixel of a 300 px plot plus refinement. */
export const MIN_SLICE_SAMPLES = 1500;

export function sliceSampleCap(expr: Expr): number {
  const size = Math.max(1, exprSize(expr));
  return Math.max(MIN_SLICE_SAMPLES, Math.min(DEFAULT_MAX_SAMPLES, Math.floor(SLICE_NODE_BUDGET / size)));
}
