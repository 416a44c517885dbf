/**
 * How finely a formula can be sampled inside one frame's budget. Sampling a grid costs
 * (points × work per point), and a 500-character formula (x^x^…^x, 240 powers) is ~100× the work
 * of a textbook one: at 128 × 128 it took 0.4 s on the main thread, with no frame drawn. The
 * resolution is therefore capped so that points × cost stays under a fixed budget; the view says
 * so when it happens. Ordinary formulas (cost < ~90) keep the full 128 × 128 (or 256 × 256 up to
 * cost ~23).
 */
import type { Expr } from '$shared/expr/ast';

/** Weighted node evaluations per surface update (~30–50 ms of compiled evaluation). */
export const GRID_BUDGET = 1_500_000;
/** Never coarser than this: a 24 × 24 surface still shows the shape. */
export const MIN_RESOLUTION = 24;

/** Relative cost of one evaluation of each node kind (Math.pow and transcendental calls dominate). */
function weight(e: Expr): number {
  switch (e.kind) {
    case 'binary':
      return e.op === 'pow' ? (e.right.kind === 'num' && Number.isInteger(e.right.value) && Math.abs(e.right.value) <= 3 ? 1 : 4) : 1;
    case 'call':
      return 3;
    default:
      return 1;
  }
}

/** Weighted size of `e` as a tree (what the compiled evaluator executes per point). Iterative. */
export function evaluationCost(e: Expr): number {
  let cost = 0;
  const stack: Expr[] = [e];
  while (stack.length > 0) {
    const n = stack.pop() as Expr;
    cost += weight(n);
    if (n.kind === 'neg') stack.push(n.arg);
    else if (n.kind === 'call') stack.push(...n.args);
    else if (n.kind === 'binary') stack.push(n.left, n.right);
  }
  return cost;
}

/** The largest n ≤ `wanted` with n² · cost ≤ GRID_BUDGET (at least MIN_RESOLUTION, at most wanted). */
export function budgetResolution(cost: number, wanted: number): number {
  if (!(cost > 0)) return wanted;
  const n = Math.floor(Math.sqrt(GRID_BUDGET / cost));
  return Math.max(Math.min(MIN_RESOLUTION, wanted), Math.min(wanted, n));
}
