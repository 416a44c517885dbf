/**
 * The only door to mathjs: a locked-down instance (per the mathjs security guide) whose parser we
 * keep privately, while every function that could evaluate, compile, define or import code on the
 * instance is replaced by one that throws. We only ever ask mathjs for a syntax tree of text that
 * our own lexer has already whitelisted; nothing from mathjs is ever evaluated.
 */
import type { FactoryFunction } from 'mathjs';
import {
  ConstantNodeDependencies,
  FunctionNodeDependencies,
  OperatorNodeDependencies,
  ParenthesisNodeDependencies,
  SymbolNodeDependencies,
  create,
  createParse,
  factory,
  numericDependencies,
  typedDependencies,
} from 'mathjs/number';

// mathjs ships the parser's factory but its typings only declare the dependency map that bundles
// every node class; importing the factory itself lets the bundler leave the unused classes out.
declare module 'mathjs/number' {
  export const createParse: FactoryFunction<unknown>;
}

/**
 * Node classes mathjs's parser builds only for syntax our lexer refuses before mathjs sees the text
 * ([ ] { } . = ; ? : < > and the word operators, which become placeholders): each is a class
 * whose construction throws, so their code is not bundled and could never run anyway.
 */
const REFUSED_NODES = [
  'AccessorNode', 'ArrayNode', 'AssignmentNode', 'BlockNode', 'ConditionalNode', 'FunctionAssignmentNode',
  'IndexNode', 'ObjectNode', 'RangeNode', 'RelationalNode',
] as const;
const refusedNodes = Object.fromEntries(
  REFUSED_NODES.map((name) => [
    `create${name}`,
    factory(name, [], () =>
      class {
        constructor() {
          throw new Error(`mathjs ${name} is not part of Gradient Lab's formula language`);
        }
      },
    ),
  ]),
);

// Only the parser and the five node classes our formulas use, from the number-only entry
// (mathjs's factory functions resolve the rest of parse's dependencies): the full `create(all)`
// instance put 1.7 MB of mathjs (units, matrices, BigNumber, Fraction, Complex) into the first
// screen's chunk for a feature we use only to read a syntax tree. Nothing is ever evaluated here.
const math = create(
  {
    ...typedDependencies,
    ...numericDependencies,
    ...ConstantNodeDependencies,
    ...FunctionNodeDependencies,
    ...OperatorNodeDependencies,
    ...ParenthesisNodeDependencies,
    ...SymbolNodeDependencies,
    ...refusedNodes,
    createParse,
  },
  {},
);

/** Captured before the lock-down below: parse keeps its internal dependencies, not `math.parse`. */
const parseTree: (text: string) => unknown = math.parse;

const disabled = (name: string) => (): never => {
  throw new Error(`mathjs function ${name} is disabled in Gradient Lab`);
};

const LOCKED = [
  'import', 'createUnit', 'reviver', 'evaluate', 'parse', 'simplify', 'simplifyConstant', 'simplifyCore',
  'derivative', 'resolve', 'compile', 'rationalize', 'chain', 'parser', 'help', 'leafCount', 'symbolicEqual',
] as const;

math.import(Object.fromEntries(LOCKED.map((name) => [name, disabled(name)])), { override: true });

/**
 * mathjs syntax tree of `text` (already normalized by our lexer/rewriter). Throws mathjs's
 * SyntaxError (with a 1-based `char`) for malformed input; the caller catches it.
 */
export function parseToMathTree(text: string): unknown {
  return parseTree(text);
}

/** Exposed for the security tests: each locked function must throw. */
export const lockedInstance: Readonly<Record<string, unknown>> = math as unknown as Readonly<Record<string, unknown>>;
export const LOCKED_FUNCTIONS: readonly string[] = LOCKED;
