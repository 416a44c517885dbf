/**
 * Typed formula ⇄ graph. A formula becomes a laid-out graph through the autodiff core's
 * `fromExpr` (the deck's u₁, u₂ … decomposition, shared subexpressions as branches); a graph
 * becomes LaTeX through `toExpr` and the expression engine's `toLatex`.
 */
import { fromExpr } from '$shared/autodiff/fromExpr';
import { toExpr } from '$shared/autodiff/toExpr';
import type { Graph } from '$shared/autodiff/graph';
import type { Expr } from '$shared/expr/ast';
import { freeVariables } from '$shared/expr/ast';
import { toLatex } from '$shared/expr/latex';
import { printable, typesetLatex } from '$shared/expr/budget';
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import type { GraphDoc } from './graph-doc';
import { layoutGraph } from './layout';
import { chooseOutput } from './run-model';

/** Variables treated as trainable parameters unless the user says otherwise: w…, b…, θ…. */
export function defaultParams(expr: Expr): string[] {
  return [...freeVariables(expr)].filter((v) => /^(w|b|θ|theta)(_?\d+)?$/.test(v));
}

/**
 * The graph of `expr`, laid out. Variables get value `values[name]` (default 1); those in
 * `params` become parameters. ½(a − b)² and a² are drawn as one loss / square node, as in the deck.
 */
export function formulaDoc(
  expr: Expr,
  params: readonly string[],
  values: Readonly<Record<string, number>> = {},
): GraphDoc {
  const all = Object.fromEntries([...freeVariables(expr)].map((v) => [v, values[v] ?? 1]));
  const { graph } = fromExpr(expr, { params, values: all, fuse: true });
  return { graph, positions: layoutGraph(graph) };
}

/** Longest graph formula typeset (characters of LaTeX; KaTeX takes a few ms per thousand). */
export const GRAPH_MAX_LATEX = 6000;

/** The LaTeX of what the graph's output computes, or why there is none yet. */
export function graphLatex(graph: Graph): Result<string, LocalizedText> {
  const out = chooseOutput(graph);
  if (out === undefined) return err({ en: 'The graph has no operation yet.', 'zh-CN': '图中还没有运算节点。' });
  const e = toExpr(graph, out);
  if (!e.ok) return err(e.error[0]?.message ?? { en: 'The graph is incomplete.', 'zh-CN': '计算图不完整。' });
  // A shared node is written out once per use, so a file's formula can stand for millions of
  // terms (or nest thousands deep): measured on the shared form first, never printed if too large.
  // A network's formula is long by nature (shared nodes written out), so it gets a larger
  // allowance than a typed formula's preview; it scrolls inside its panel.
  const tex = printable(e.value) ? typesetLatex(e.value, toLatex, GRAPH_MAX_LATEX) : null;
  if (tex === null) {
    return err({
      en: 'The formula of this graph is too large to show; the values and gradients on the canvas are still computed.',
      'zh-CN': '这个计算图的公式太大，无法显示；画布上的数值和梯度仍照常计算。',
    });
  }
  return ok(tex);
}
