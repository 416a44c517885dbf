/** Automatic differentiation on plain-data computational graphs (see shared/README.md#autodiff). */
export type { Graph, GraphNode, LeafOp } from './graph';
export {
  LEAF_OPS, addNode, annotate, consumers, createGraph, getNode, isLeafOp, nodeMap, removeNode, renameNode,
  setValue, updateNode,
} from './graph';
export type { ArithmeticOp, CompositeOp, NodeOp, OpSpec } from './ops';
export { ALL_OPS, isNodeOp, opSpec, powExponentPartial } from './ops';
export type { GraphError } from './errors';
export type { CycleError } from './topologicalOrder';
export { ancestorsInOrder, topologicalOrder } from './topologicalOrder';
export type { ValidGraph } from './validateGraph';
export { validateGraph } from './validateGraph';
export type { ForwardResult, ForwardStep, ForwardTrace, ForwardValues, IssueKind, NodeIssue } from './forward';
export { forward, forwardTrace } from './forward';
export type { BackwardResult, BackwardStep, BackwardTrace, BackwardValues } from './backward';
export { backward, backwardTrace } from './backward';
export type { ForwardModeValues } from './forwardMode';
export { forwardMode } from './forwardMode';
export type { ExprGraph, FromExprOptions } from './fromExpr';
export { fromExpr } from './fromExpr';
export { toExpr } from './toExpr';
export type { CompiledTape } from './tape';
export { compileGraph } from './tape';
export { compileGradient } from './compileGradient';
export {
  binaryCrossEntropy, binaryCrossEntropyPartials, binaryCrossEntropyWithLogits, binaryCrossEntropyWithLogitsPartials,
  halfSquaredError,
} from './lossMath';
export { displayName, subscript } from './displayName';
export { formatNumber } from './formatNumber';
