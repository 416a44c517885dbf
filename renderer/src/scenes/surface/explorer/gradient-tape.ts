/**
 * The gradient tape of a surface f(x, y): built by the point model on the main thread, or by the
 * surface worker, which compiles its WebAssembly sweep and hands that to the page (surface-job.ts).
 */
import { freeVariables, type Expr } from '$shared/expr/ast';
import { fromExpr } from '$shared/autodiff/fromExpr';
import { compileGraph, type CompiledTape } from '$shared/autodiff/tape';

/** The surface's variables, in argument order. */
export const SURFACE_VARIABLES = ['x', 'y'] as const;

/**
 * The gradient tape of f(x, y) as `compileGradient` builds it (½(a − b)² fused, absent variables
 * allowed), without the WebAssembly sweep it adds at once. Null when the formula uses other
 * variables.
 */
export function gradientTape(expr: Expr): CompiledTape | null {
  if (freeVariables(expr).some((v) => !(SURFACE_VARIABLES as readonly string[]).includes(v))) return null;
  const { graph, outputId } = fromExpr(expr, { fuse: true });
  const tape = compileGraph(graph, outputId, SURFACE_VARIABLES, { allowAbsentVariables: true });
  return tape.ok ? tape.value : null;
}
