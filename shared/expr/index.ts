/** Public API of the expression engine (see shared/README.md "## expr"). */
export type { Expr, BinaryOp, ConstName } from './ast';
export {
  num, konst, variable, neg, binary, add, sub, mul, div, pow, call, CONST_VALUES,
  freeVariables, exprEquals, exprSize,
} from './ast';
export type { FnName, UnaryFnName, BinaryFnName, UnaryFn, BinaryFn } from './functions';
export { UNARY, BINARY, UNARY_NAMES, BINARY_NAMES, isFnName, isUnaryFn, isBinaryFn, sigmoid, softplus, nthRoot } from './functions';
export type { ExprError, ExprErrorCode } from './errors';
export type { ParseOptions } from './parse';
export { parseExpr, DEFAULT_MAX_LENGTH, DEFAULT_MAX_DEPTH } from './parse';
export { toText } from './print';
export { toLatex, variableLatex } from './latex';
export { evaluateExpr } from './evaluate';
export type { CompiledFn } from './compile';
export { compile } from './compile';
export type { VectorFn } from './compile-grid';
export { compileVectorized } from './compile-grid';
export { differentiate, differentiateRaw, differentiateWithin, SYMBOLIC_NODE_BUDGET } from './derivative';
export type { TreeMeasure } from './budget';
export { measureTree, printable, typesetDepth, typesetLatex, PRINT_MAX_NODES, PRINT_MAX_DEPTH, TYPESET_MAX_DEPTH, TYPESET_MAX_LATEX } from './budget';
export { substitute } from './substitute';
export { simplify } from './simplify';
export type { DerivativeRule, RuleStep } from './ruleTrace';
export { ruleTrace, flattenRuleTrace } from './ruleTrace';
export type { Composition, CompositionSplit, NotCompositionReason } from './composition';
export { splitComposition, isAffineIn } from './composition';
export type { Intermediate, ChainRuleSpec, ChainEdge, ChainPath, InputPartial, ChainRuleAtPoint } from './chainPaths';
export { chainRuleAt, CHAIN_OUTPUT } from './chainPaths';
