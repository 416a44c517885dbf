/**
 * The only door to mathjs: a locked-down instance (per the mathjs security guide) whose parser we
 * keep privately, while every function that could evaluate, compile, define or import code on the
 * instance is replaced by one that throws. We only ever ask mathjs for a syntax tree of text that
 * our own lexer has already whitelisted; nothing from mathjs is ever evaluated.
 */
import { all, create } from 'mathjs';

// mathjs types `all` as possibly undefined; it is always defined in the package build.
const math = create(all ?? {}, {});

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
