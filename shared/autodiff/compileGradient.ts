import type { Expr } from '../expr/ast';
import { freeVariables } from '../expr/ast';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { GraphError } from './errors';
import { unknownVariableError } from './errors';
import { fromExpr } from './fromExpr';
import type { CompiledTape } from './tape';
import { compileGraph } from './tape';
import { wasmValueAndGradient } from './wasmGradient';

/**
 * Compiles `expr` as a function of `variables` (in that order) with value and gradient from one
 * flat tape: `valueAndGradient(args, gradOut)` costs a forward and a reverse sweep, no allocation.
 * Where WebAssembly is allowed, `valueAndGradient` is the tape's sweeps generated as one
 * straight-line wasm function (wasmGradient.ts, bit-identical results; the interpreter loop alone
 * cost 7–12× one evaluation on small formulas); `evaluate` and `partial` are the tape's.
 * Variables listed but absent from the formula get gradient 0; a free variable of the formula that
 * is not listed is an error.
 */
export function compileGradient(expr: Expr, variables: readonly string[]): Result<CompiledTape, readonly GraphError[]> {
  const missing = freeVariables(expr).filter((v) => !variables.includes(v));
  if (missing.length > 0) return err(missing.map(unknownVariableError));
  // Fusing ½(a − b)² into one op saves two tape slots on the deck's loss; the value is identical
  // (multiplying by ½ is exact).
  const { graph, outputId } = fromExpr(expr, { fuse: true });
  const tape = compileGraph(graph, outputId, variables, { allowAbsentVariables: true });
  if (!tape.ok) return tape;
  // The same sweeps as one straight-line WebAssembly function where the realm allows it
  // (bit-identical values; see wasmGradient.ts); evaluate and partial stay the tape's.
  const fast = wasmValueAndGradient(tape.value);
  if (fast === undefined) return tape;
  const t = tape.value;
  return ok({ variableIds: t.variableIds, size: t.size, evaluate: t.evaluate, partial: t.partial, valueAndGradient: fast });
}
