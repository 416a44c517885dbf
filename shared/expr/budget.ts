/**
 * Size and depth of an expression as the printers see it (a tree), measured on the DAG with a
 * memo per node so shared subtrees (a graph's `toExpr`, a derivative) cost once. Printing,
 * simplifying or typesetting a formula of millions of tree nodes freezes the app, and a deep one
 * overflows the recursive printers; callers check first and say "too large to show".
 */
import type { Expr } from './ast';

export interface TreeMeasure {
  /** Tree node count, saturating at `Number.MAX_SAFE_INTEGER` (a DAG can stand for 2^5000 nodes). */
  readonly size: number;
  /** Longest root-to-leaf path (1 for a leaf). */
  readonly depth: number;
}

function kids(e: Expr): readonly Expr[] {
  switch (e.kind) {
    case 'neg':
      return [e.arg];
    case 'call':
      return e.args;
    case 'binary':
      return [e.left, e.right];
    default:
      return [];
  }
}

/** Tree size and depth of `e`, iteratively (no recursion, whatever the depth). Linear in DAG nodes. */
export function measureTree(e: Expr): TreeMeasure {
  const memo = new Map<Expr, TreeMeasure>();
  const stack: Expr[] = [e];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Expr;
    if (memo.has(top)) {
      stack.pop();
      continue;
    }
    const ks = kids(top);
    const pending = ks.filter((k) => !memo.has(k));
    if (pending.length > 0) {
      stack.push(...pending);
      continue;
    }
    stack.pop();
    let size = 1;
    let depth = 0;
    for (const k of ks) {
      const m = memo.get(k) as TreeMeasure;
      size = Math.min(Number.MAX_SAFE_INTEGER, size + m.size);
      depth = Math.max(depth, m.depth);
    }
    memo.set(top, { size, depth: depth + 1 });
  }
  return memo.get(e) as TreeMeasure;
}

/** Limits under which printing a formula (text, LaTeX, KaTeX) stays well inside one frame. */
export const PRINT_MAX_NODES = 4000;
export const PRINT_MAX_DEPTH = 400;

/** True when `e` can be printed/typeset without risk of freezing or overflowing the stack. */
export function printable(e: Expr): boolean {
  const m = measureTree(e);
  return m.size <= PRINT_MAX_NODES && m.depth <= PRINT_MAX_DEPTH;
}

/**
 * How deeply the typeset formula nests boxes (exponents, fractions, roots): x^x^…^x 240 levels
 * deep is 240 nested superscripts, which KaTeX lays out in hundreds of milliseconds and nobody
 * can read. Iterative.
 */
export function typesetDepth(e: Expr): number {
  let max = 0;
  const stack: { e: Expr; d: number }[] = [{ e, d: 0 }];
  while (stack.length > 0) {
    const { e: n, d } = stack.pop() as { e: Expr; d: number };
    max = Math.max(max, d);
    if (n.kind === 'neg') stack.push({ e: n.arg, d });
    else if (n.kind === 'call') {
      const boxed = n.fn === 'sqrt' || n.fn === 'nthRoot' || n.fn === 'cbrt' || n.fn === 'exp';
      for (const a of n.args) stack.push({ e: a, d: boxed ? d + 1 : d });
    } else if (n.kind === 'binary') {
      if (n.op === 'pow') {
        stack.push({ e: n.left, d });
        stack.push({ e: n.right, d: d + 1 });
      } else if (n.op === 'div') {
        stack.push({ e: n.left, d: d + 1 });
        stack.push({ e: n.right, d: d + 1 });
      } else {
        stack.push({ e: n.left, d });
        stack.push({ e: n.right, d });
      }
    }
  }
  return max;
}

/** Limits for typesetting a formula with KaTeX inside a frame (and for it to be readable). */
export const TYPESET_MAX_DEPTH = 12;
export const TYPESET_MAX_LATEX = 1000;

/** The LaTeX of `e` when it is reasonable to typeset, else null (show the text instead). */
export function typesetLatex(e: Expr, toLatex: (e: Expr) => string, maxLatex = TYPESET_MAX_LATEX): string | null {
  if (!printable(e) || typesetDepth(e) > TYPESET_MAX_DEPTH) return null;
  const tex = toLatex(e);
  return tex.length <= maxLatex ? tex : null;
}
