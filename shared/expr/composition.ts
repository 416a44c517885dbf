/**
 * Splitting a formula y(x) into an outer and an inner function, y = F(u) with u = g(x), as the
 * chain rule needs it: (3x² + 1)⁵ → F(u) = u⁵, u = 3x² + 1; sin(x²) → sin u, u = x².
 *
 * The rule is purely structural. The inner function g is the LARGEST subexpression such that
 *  1. g depends on x and is not x itself (a non-trivial inner function),
 *  2. every x in the formula lies inside a copy of g (so F really is a function of u alone),
 *  3. F is not affine in u (a·u + b): otherwise the "outer function" would only rescale or shift,
 *     and 3x² + 1 would come out as 3u + 1 with u = x², which nobody calls a composition.
 * Constant factors and terms therefore stay in the outer function: 2 sin(x²) + 1 → 2 sin u + 1.
 * A formula whose x all sit in copies of one inner expression is a composition even when its top
 * is a sum or product: sin(x²) + cos(x²) → sin u + cos u. Anything else is explained (a sum, a
 * product, xˣ …), with the largest composed term/factor offered where there is one.
 */
import type { Expr } from './ast';
import { exprSize, freeVariables, variable } from './ast';
import type { LocalizedText } from '../text';
import { text } from '../text';

/** y = outer(u) with u = inner(x). `substitute(outer, { [innerName]: inner })` is the original tree. */
export interface Composition {
  /** The outer function, in `innerName` only (the split variable no longer occurs). */
  readonly outer: Expr;
  /** The inner function of the split variable (never the bare variable). */
  readonly inner: Expr;
  /** The name standing for the inner function in `outer`: 'u' unless the formula already uses it. */
  readonly innerName: string;
}

/** Why a formula is not one function applied to one non-trivial inner expression. */
export type NotCompositionReason =
  | 'constant' // no x at all
  | 'identity' // y = x
  | 'linear' // a·x + b
  | 'elementary' // a basic function of x itself, with constant coefficients: 3x² + 1, sin x, eˣ
  | 'sum' // terms that depend on x in different ways
  | 'product'
  | 'quotient'
  | 'variable-power' // f(x)^g(x), like xˣ
  | 'two-inputs'; // log(f(x), g(x)), nthRoot(f(x), g(x))

export type CompositionSplit =
  | ({ readonly kind: 'composition' } & Composition)
  | {
      readonly kind: 'not-composition';
      readonly reason: NotCompositionReason;
      /** One or two sentences for the student (the variable's name filled in). */
      readonly message: LocalizedText;
      /** The largest term or factor that IS a composition (sums, products, quotients only). */
      readonly part?: { readonly expr: Expr; readonly split: Composition };
    };

const INNER_NAMES = ['u', 'v', 'w', 't', 's', 'q'];

/** Splits `expr` as a composition in `variable` (see the file comment for the rule). */
export function splitComposition(expr: Expr, variable: string): CompositionSplit {
  const innerName = pickInnerName(expr, variable);
  const found = findComposition(expr, variable, innerName);
  if (found) return { kind: 'composition', ...found };
  return explain(expr, variable, innerName);
}

function pickInnerName(expr: Expr, x: string): string {
  const used = new Set([x, ...freeVariables(expr)]);
  return INNER_NAMES.find((n) => !used.has(n)) ?? `${INNER_NAMES[0]}_${used.size}`;
}

const dependsOn = (e: Expr, x: string): boolean => freeVariables(e).includes(x);

/** Subtrees of `e` that depend on x (other than x itself), each once, largest first. */
function candidates(e: Expr, x: string): Expr[] {
  const seen = new Map<string, { expr: Expr; order: number }>();
  let order = 0;
  const walk = (n: Expr): boolean => {
    const here = order++;
    let dep: boolean;
    switch (n.kind) {
      case 'var':
        return n.name === x;
      case 'neg':
        dep = walk(n.arg);
        break;
      case 'binary': {
        const l = walk(n.left);
        const r = walk(n.right);
        dep = l || r;
        break;
      }
      case 'call':
        dep = n.args.map(walk).some(Boolean);
        break;
      default:
        return false;
    }
    if (dep) {
      const key = JSON.stringify(n);
      if (!seen.has(key)) seen.set(key, { expr: n, order: here });
    }
    return dep;
  };
  walk(e);
  return [...seen.values()].sort((a, b) => exprSize(b.expr) - exprSize(a.expr) || a.order - b.order).map((c) => c.expr);
}

/** Replaces every copy of `g` in `e` by the variable `name` (outermost copies; no re-descent). */
function replaceAll(e: Expr, g: Expr, name: string): Expr {
  const key = JSON.stringify(g);
  const size = exprSize(g);
  const walk = (n: Expr): Expr => {
    if (exprSize(n) === size && JSON.stringify(n) === key) return variable(name);
    switch (n.kind) {
      case 'neg':
        return { kind: 'neg', arg: walk(n.arg) };
      case 'binary':
        return { kind: 'binary', op: n.op, left: walk(n.left), right: walk(n.right) };
      case 'call':
        return { kind: 'call', fn: n.fn, args: n.args.map(walk) };
      default:
        return n;
    }
  };
  return walk(e);
}

/** True when `e` is a·u + b structurally: u reached only through ±, × constant, ÷ constant. */
export function isAffineIn(e: Expr, u: string): boolean {
  if (!dependsOn(e, u)) return true;
  switch (e.kind) {
    case 'var':
      return true;
    case 'neg':
      return isAffineIn(e.arg, u);
    case 'binary':
      switch (e.op) {
        case 'add':
        case 'sub':
          return isAffineIn(e.left, u) && isAffineIn(e.right, u);
        case 'mul':
          return (!dependsOn(e.left, u) && isAffineIn(e.right, u)) || (!dependsOn(e.right, u) && isAffineIn(e.left, u));
        case 'div':
          return !dependsOn(e.right, u) && isAffineIn(e.left, u);
        default:
          return false;
      }
    default:
      return false;
  }
}

function findComposition(expr: Expr, x: string, u: string): Composition | undefined {
  for (const g of candidates(expr, x)) {
    if (g.kind === 'var') continue;
    const outer = replaceAll(expr, g, u);
    if (dependsOn(outer, x) || isAffineIn(outer, u)) continue;
    return { outer, inner: g, innerName: u };
  }
  return undefined;
}

/** Strips a·(…) + b wrappers (one side constant) down to the first node that is not one. */
function core(e: Expr, x: string): Expr {
  let n = e;
  for (;;) {
    if (n.kind === 'neg') {
      n = n.arg;
      continue;
    }
    if (n.kind === 'binary' && (n.op === 'add' || n.op === 'sub' || n.op === 'mul' || (n.op === 'div' && !dependsOn(n.right, x)))) {
      const l = dependsOn(n.left, x);
      const r = dependsOn(n.right, x);
      if (l !== r) {
        n = l ? n.left : n.right;
        continue;
      }
    }
    return n;
  }
}

/** The operands of a sum (or of a product/quotient) at the top of `e`, flattened. */
function operands(e: Expr, kind: 'sum' | 'product'): Expr[] {
  const ops = kind === 'sum' ? ['add', 'sub'] : ['mul', 'div'];
  if (e.kind === 'neg') return operands(e.arg, kind);
  if (e.kind === 'binary' && ops.includes(e.op)) return [...operands(e.left, kind), ...operands(e.right, kind)];
  return [e];
}

function largestComposedPart(parts: readonly Expr[], x: string): { expr: Expr; split: Composition } | undefined {
  let best: { expr: Expr; split: Composition } | undefined;
  for (const p of parts) {
    if (!dependsOn(p, x)) continue;
    const s = splitComposition(p, x);
    const split = s.kind === 'composition' ? s : s.part?.split;
    const expr = s.kind === 'composition' ? p : s.part?.expr;
    if (split && expr && (!best || exprSize(expr) > exprSize(best.expr))) best = { expr, split };
  }
  return best;
}

function explain(expr: Expr, x: string, u: string): CompositionSplit {
  const no = (reason: NotCompositionReason, message: LocalizedText, part?: { expr: Expr; split: Composition }): CompositionSplit =>
    part ? { kind: 'not-composition', reason, message, part } : { kind: 'not-composition', reason, message };
  if (!dependsOn(expr, x)) {
    return no('constant', text(
      `This formula does not depend on ${x}, so its derivative is 0 and there is nothing to split.`,
      `这个式子不含 ${x}，导数为 0，没有可拆分的内层函数。`,
    ));
  }
  if (expr.kind === 'var') {
    return no('identity', text(
      `y = ${x} itself: there is no inner function to split off.`,
      `y = ${x} 本身，没有可拆出的内层函数。`,
    ));
  }
  const n = core(expr, x);
  if (n.kind === 'var') {
    return no('linear', text(
      `A linear function of ${x} (a·${x} + b): its derivative is the constant a, and there is no inner function to split off.`,
      `这是 ${x} 的一次函数（a·${x} + b），导数就是常数 a，没有可拆出的内层函数。`,
    ));
  }
  if (n.kind === 'binary' && dependsOn(n.left, x) && dependsOn(n.right, x)) {
    switch (n.op) {
      case 'add':
      case 'sub': {
        const part = largestComposedPart(operands(n, 'sum'), x);
        return no('sum', text(
          `At the top this is a sum of terms that depend on ${x} in different ways, not one function of one inner expression: the sum rule differentiates it term by term.` +
            (part ? ' Its largest composed term can be split on its own.' : ` None of its terms is a composition.`),
          `最外层是几项之和，各项以不同方式依赖 ${x}，不是“一个函数套一个内层表达式”：按和的求导法则逐项求导即可。` +
            (part ? '其中最大的复合项可以单独拆分。' : '其中没有一项是复合函数。'),
        ), part);
      }
      case 'mul':
      case 'div': {
        const part = largestComposedPart(operands(n, 'product'), x);
        const quotient = n.op === 'div';
        return no(quotient ? 'quotient' : 'product', text(
          `At the top this is a ${quotient ? 'quotient' : 'product'} of two expressions that both depend on ${x}: the ${quotient ? 'quotient' : 'product'} rule comes first, and the chain rule then works inside a factor.` +
            (part ? ' Its largest composed factor can be split on its own.' : ' None of its factors is a composition.'),
          `最外层是两个都依赖 ${x} 的式子的${quotient ? '商' : '积'}：先用${quotient ? '商' : '积'}的求导法则，再在因子内部使用链式法则。` +
            (part ? '其中最大的复合因子可以单独拆分。' : '其中没有一个因子是复合函数。'),
        ), part);
      }
      case 'pow':
        return no('variable-power', text(
          `Both the base and the exponent depend on ${x} (like ${x}^${x}), so this is not one function of one inner expression. For a positive base, rewrite f^g as e^(g·ln f): that is a composition with outer e^${u} and inner ${u} = g·ln f.`,
          `底数和指数都依赖 ${x}（例如 ${x}^${x}），所以不是“一个函数套一个内层表达式”。底数为正时可改写为 f^g = e^(g·ln f)：它是外层 e^${u}、内层 ${u} = g·ln f 的复合函数。`,
        ));
    }
  }
  if (n.kind === 'call' && n.args.filter((a) => dependsOn(a, x)).length > 1) {
    return no('two-inputs', text(
      `This function has two inputs that both depend on ${x}, so it is not one function of one inner expression.`,
      `这个函数的两个输入都依赖 ${x}，所以不是“一个函数套一个内层表达式”。`,
    ));
  }
  return no('elementary', text(
    `A basic function applied to ${x} itself (constant coefficients and terms aside): there is no non-trivial inner function, so the chain rule is not needed here.`,
    `这是直接作用在 ${x} 上的基本函数（常数系数和常数项不算）：没有非平凡的内层函数，这里不需要链式法则。`,
  ));
}
