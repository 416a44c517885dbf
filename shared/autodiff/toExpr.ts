/** Graph → formula: the expression a node computes, in terms of the graph's leaves. */
import type { Expr } from '../expr/ast';
import { konst, num, variable } from '../expr/ast';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { GraphError } from './errors';
import { unknownNodeError } from './errors';
import type { Graph } from './graph';
import { nodeMap } from './graph';
import { opSpec } from './ops';
import { topologicalOrder } from './topologicalOrder';
import { validateGraph } from './validateGraph';

/**
 * The formula node `nodeId` computes. Input/param leaves become variables (their `symbol`, else
 * their id); const leaves become numbers (or π, e). Fused ops expand to their formula, e.g.
 * halfSquaredError(a, b) → 1/2·(a − b)². A shared node appears once per use (the tree is a tree).
 * Render it with the expression engine's `toLatex`. Fails on structural errors (values not needed).
 */
export function toExpr(graph: Graph, nodeId: string): Result<Expr, readonly GraphError[]> {
  const byId = nodeMap(graph);
  if (!byId.has(nodeId)) return err([unknownNodeError(nodeId)]);
  const valid = validateGraph(graph);
  if (!valid.ok) {
    // Formulas do not need values, so a variable leaf without one is fine here.
    const isVariable = (id: string): boolean => ['input', 'param'].includes(byId.get(id)?.op ?? '');
    const structural = valid.error.filter((e) => !(e.kind === 'missingValue' && isVariable(e.nodeId)));
    if (structural.length > 0) return err(structural);
  }
  const order = topologicalOrder(graph);
  const memo = new Map<string, Expr>();
  const build = (id: string): Expr => {
    const cached = memo.get(id);
    if (cached !== undefined) return cached;
    const node = byId.get(id);
    let e: Expr;
    if (node === undefined) e = num(Number.NaN);
    else if (node.op === 'input' || node.op === 'param') e = variable(node.symbol ?? node.id);
    else if (node.op === 'const') e = node.symbol === 'pi' || node.symbol === 'e' ? konst(node.symbol) : num(node.value ?? Number.NaN);
    else e = opSpec(node.op)?.expr(node.inputs.map(build)) ?? num(Number.NaN);
    memo.set(id, e);
    return e;
  };
  // Building in evaluation order memoises inputs first, so `build` never recurses deeply.
  for (const id of order.ok ? order.value : []) build(id);
  return ok(build(nodeId));
}
