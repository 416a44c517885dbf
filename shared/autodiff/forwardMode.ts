/**
 * Forward mode: push a tangent (a direction in input space) through the graph alongside the
 * values. The tangent at a node is its directional derivative along `direction`; at the output it
 * is ∇f · direction, one column of the Jacobian per sweep.
 */
import type { Result } from '../result';
import { err, ok } from '../result';
import type { GraphError } from './errors';
import type { ForwardValues } from './forward';
import { forward } from './forward';
import type { Graph } from './graph';
import { isLeafOp, nodeMap } from './graph';
import { opSpec } from './ops';
import { dictFrom, own } from '../dict';

export interface ForwardModeValues extends ForwardValues {
  /** d(node)/dt along the direction, for every node. */
  readonly tangents: Readonly<Record<string, number>>;
}

/**
 * Values and tangents of every node. `direction` gives the tangent of leaves by node id (missing
 * leaves have tangent 0); `inputs` override leaf values as in `forward`. Terms whose input tangent
 * is 0 are skipped, so an infinite or undefined partial along a direction not taken (e.g. ∂(x^c)/∂c
 * at x < 0) does not turn the result into NaN.
 */
export function forwardMode(
  graph: Graph,
  direction: Readonly<Record<string, number>>,
  inputs?: Readonly<Record<string, number>>,
): Result<ForwardModeValues, readonly GraphError[]> {
  const fwd = forward(graph, inputs);
  if (!fwd.ok) return err(fwd.error);
  const byId = nodeMap(graph);
  const { values } = fwd.value;
  const tangents = new Map<string, number>();
  for (const id of fwd.value.order) {
    const node = byId.get(id);
    if (node === undefined) continue;
    if (isLeafOp(node.op)) {
      const d = node.op !== 'const' && Object.hasOwn(direction, id) ? direction[id] : undefined;
      tangents.set(id, d ?? 0);
      continue;
    }
    const spec = opSpec(node.op);
    const args = node.inputs.map((i) => values[i] ?? Number.NaN);
    const locals = spec?.partials(args, own(values, id) ?? Number.NaN) ?? [];
    let t = 0;
    node.inputs.forEach((input, i) => {
      const ti = tangents.get(input) ?? 0;
      if (ti !== 0) t += (locals[i] ?? Number.NaN) * ti;
    });
    tangents.set(id, t);
  }
  return ok({ ...fwd.value, tangents: dictFrom(tangents) });
}
