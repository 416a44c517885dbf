/**
 * Input slots of a node as the canvas shows them. The shared graph keeps `inputs` in argument
 * order; an unconnected argument of a fixed-arity op is stored as '' so that removing the
 * numerator of a ÷ never silently turns the denominator into the numerator. `validateGraph`
 * reports '' as "has an unconnected input", naming the node that blocks the pass.
 */
import type { GraphNode } from '$shared/autodiff/graph';
import { isLeafOp } from '$shared/autodiff/graph';
import { opSpec } from '$shared/autodiff/ops';

/** The id stored in `inputs` for an argument that is not connected yet. */
export const OPEN_SLOT = '';

/** Whether the op takes any number (≥ 1) of inputs, like Σ. */
export function isVariadic(node: GraphNode): boolean {
  return opSpec(node.op)?.arity === 'variadic';
}

/**
 * How many target handles the node shows: 0 for leaves, the arity for fixed ops, and for a
 * variadic op one more than it has, so there is always a free handle to add a term.
 */
export function slotCount(node: GraphNode): number {
  if (isLeafOp(node.op)) return 0;
  const arity = opSpec(node.op)?.arity;
  if (arity === undefined) return node.inputs.length;
  if (arity === 'variadic') return node.inputs.filter((i) => i !== OPEN_SLOT).length + 1;
  return arity;
}

/** The handle id of input slot `i` (also used in edge ids). */
export const slotHandle = (i: number): string => `in-${i}`;

/** The slot index of a handle id, or undefined if it is not an input handle. */
export function slotOfHandle(handle: string | null | undefined): number | undefined {
  const m = /^in-(\d+)$/.exec(handle ?? '');
  return m === null ? undefined : Number(m[1]);
}

/**
 * Above this many connected inputs a node draws ONE bundled input port with a count ("Σ of 1,000
 * inputs") instead of a handle per input: a thousand handles are a thousand components to build
 * and measure (a file with two 1,000-input sums froze the page for seconds), and nobody can read
 * a thousand handles 0.1 px apart anyway. The inputs stay listed in the node on demand.
 */
export const BUNDLE_ABOVE = 8;
/** The handle id of the bundled input port. */
export const BUNDLE_HANDLE = 'in-bundle';

/** How many inputs of the node are connected (the count a bundled port shows). */
export function connectedCount(node: GraphNode): number {
  let k = 0;
  for (const i of node.inputs) if (i !== OPEN_SLOT) k++;
  return k;
}

/** Whether the node's inputs are drawn as one bundled port. */
export const isBundled = (node: GraphNode): boolean => !isLeafOp(node.op) && connectedCount(node) > BUNDLE_ABOVE;
