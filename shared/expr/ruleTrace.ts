/**
 * Which differentiation rule applies where: walks a formula exactly as `differentiateRaw` does and
 * records, for every node, the rule used, the sub-expression, the rule's right-hand side with the
 * sub-derivatives filled in, and the simplified result — a tree the derivatives chapter shows as
 * nested steps ("quotient rule: (f′g − fg′)/g² with f = x² + 1, g = x − 3 …").
 *
 * Each node's derivative is `simplify(applied)` where `applied` is built from the children's
 * (already simplified) derivatives, so the tree reads bottom-up like a derivation on the board and
 * the root's derivative equals `differentiate(expr, v)` wherever both are defined (tested).
 */
import type { Expr } from './ast';
import { add, call, div, freeVariables, mul, neg, num, pow, sub } from './ast';
import type { FnName } from './functions';
import { BINARY, UNARY, isBinaryFn } from './functions';
import { toLatex } from './latex';
import { simplify } from './simplify';

/**
 * The rule a node's derivative comes from.
 * - `constant`: c′ = 0 (numbers, π, e, other variables, any subtree free of the variable)
 * - `identity`: x′ = 1
 * - `negation`: (−f)′ = −f′
 * - `sum` / `difference`: (f ± g)′ = f′ ± g′
 * - `constant-multiple`: (c·f)′ = c·f′, also f·c and f/c
 * - `product`: (fg)′ = f′g + fg′
 * - `quotient`: (f/g)′ = (f′g − fg′)/g² (also for c/g, as `differentiateRaw` does)
 * - `power`: (f^c)′ = c·f^(c−1)·f′
 * - `exponential`: (c^g)′ = c^g·ln c·g′
 * - `general-power`: (f^g)′ = f^g·(g′ ln f + g f′/f)
 * - `function`: (F(g))′ = F′(g)·g′ for a named function F (`fn`); `chain` says whether g is more
 *   than the bare variable.
 */
export type DerivativeRule =
  | 'constant'
  | 'identity'
  | 'negation'
  | 'sum'
  | 'difference'
  | 'constant-multiple'
  | 'product'
  | 'quotient'
  | 'power'
  | 'exponential'
  | 'general-power'
  | 'function';

export interface RuleStep {
  readonly rule: DerivativeRule;
  /** The function, for rule `function`. */
  readonly fn?: FnName;
  /**
   * True when the chain rule is part of this step: the inner expression (base of a power,
   * exponent of an exponential, argument of a function) is not the bare variable, so its own
   * derivative multiplies in.
   */
  readonly chain: boolean;
  readonly expr: Expr;
  readonly exprLatex: string;
  /** The rule's right-hand side with this node's parts and their derivatives inserted. */
  readonly applied: Expr;
  readonly appliedLatex: string;
  /** simplify(applied): the derivative of `expr`. */
  readonly derivative: Expr;
  readonly derivativeLatex: string;
  /** Steps for the parts that depend on the variable, left to right. */
  readonly children: readonly RuleStep[];
}

const isOne = (e: Expr): boolean => e.kind === 'num' && e.value === 1;
/** a·b, leaving out a factor 1 so an applied rule reads "3x²", not "3x² · 1". */
const times = (a: Expr, b: Expr): Expr => (isOne(b) ? a : isOne(a) ? b : mul(a, b));
/** f^e, written f when e = 1. */
const power = (f: Expr, e: Expr): Expr => (isOne(e) ? f : pow(f, e));

/** The rule tree of d(expr)/d(v). */
export function ruleTrace(expr: Expr, v: string): RuleStep {
  const dependsOn = (e: Expr): boolean => freeVariables(e).includes(v);
  const isBare = (e: Expr): boolean => e.kind === 'var' && e.name === v;

  const step = (
    e: Expr,
    rule: DerivativeRule,
    applied: Expr,
    children: readonly RuleStep[],
    extra: { fn?: FnName; chain?: boolean } = {},
  ): RuleStep => {
    const derivative = simplify(applied);
    return {
      rule,
      ...(extra.fn === undefined ? {} : { fn: extra.fn }),
      chain: extra.chain ?? false,
      expr: e,
      exprLatex: toLatex(e),
      applied,
      appliedLatex: toLatex(applied),
      derivative,
      derivativeLatex: toLatex(derivative),
      children,
    };
  };

  const walk = (e: Expr): RuleStep => {
    if (!dependsOn(e)) return step(e, 'constant', num(0), []);
    switch (e.kind) {
      case 'num':
      case 'const':
        return step(e, 'constant', num(0), []);
      case 'var':
        return step(e, 'identity', num(1), []);
      case 'neg': {
        const t = walk(e.arg);
        return step(e, 'negation', neg(t.derivative), [t]);
      }
      case 'call':
        return callStep(e);
      case 'binary':
        return binaryStep(e);
    }
  };

  const callStep = (e: Extract<Expr, { kind: 'call' }>): RuleStep => {
    const [a, b] = e.args;
    if (isBinaryFn(e.fn)) {
      if (!a || !b) return step(e, 'constant', num(0), []);
      const [da, db] = BINARY[e.fn].dsym(a, b);
      const parts: Expr[] = [];
      const children: RuleStep[] = [];
      if (dependsOn(a)) {
        const t = walk(a);
        children.push(t);
        parts.push(times(da, t.derivative));
      }
      if (dependsOn(b)) {
        const t = walk(b);
        children.push(t);
        parts.push(times(db, t.derivative));
      }
      const [first, second] = parts;
      const applied = first === undefined ? num(0) : second === undefined ? first : add(first, second);
      const chain = children.some((c) => !isBare(c.expr));
      return step(e, 'function', applied, children, { fn: e.fn, chain });
    }
    if (!a) return step(e, 'constant', num(0), []);
    const t = walk(a);
    return step(e, 'function', times(UNARY[e.fn].dsym(a), t.derivative), [t], { fn: e.fn, chain: !isBare(a) });
  };

  const binaryStep = (e: Extract<Expr, { kind: 'binary' }>): RuleStep => {
    const { left: f, right: g } = e;
    const fv = dependsOn(f);
    const gv = dependsOn(g);
    switch (e.op) {
      case 'add':
      case 'sub': {
        const tf = walk(f);
        const tg = walk(g);
        const applied = e.op === 'add' ? add(tf.derivative, tg.derivative) : sub(tf.derivative, tg.derivative);
        return step(e, e.op === 'add' ? 'sum' : 'difference', applied, [tf, tg]);
      }
      case 'mul': {
        if (!fv) {
          const tg = walk(g);
          return step(e, 'constant-multiple', times(f, tg.derivative), [tg]);
        }
        if (!gv) {
          const tf = walk(f);
          return step(e, 'constant-multiple', times(tf.derivative, g), [tf]);
        }
        const tf = walk(f);
        const tg = walk(g);
        return step(e, 'product', add(times(tf.derivative, g), times(f, tg.derivative)), [tf, tg]);
      }
      case 'div': {
        if (!gv) {
          const tf = walk(f);
          return step(e, 'constant-multiple', div(tf.derivative, g), [tf]);
        }
        const tf = walk(f);
        const tg = walk(g);
        const applied = div(sub(times(tf.derivative, g), times(f, tg.derivative)), pow(g, num(2)));
        return step(e, 'quotient', applied, fv ? [tf, tg] : [tg]);
      }
      case 'pow': {
        if (!gv) {
          const tf = walk(f);
          const lower = g.kind === 'num' ? num(g.value - 1) : sub(g, num(1));
          return step(e, 'power', times(times(g, power(f, lower)), tf.derivative), [tf], { chain: !isBare(f) });
        }
        if (!fv) {
          const tg = walk(g);
          return step(e, 'exponential', times(mul(e, call('ln', f)), tg.derivative), [tg], { chain: !isBare(g) });
        }
        const tf = walk(f);
        const tg = walk(g);
        const applied = mul(e, add(times(tg.derivative, call('ln', f)), div(times(g, tf.derivative), f)));
        return step(e, 'general-power', applied, [tf, tg], { chain: !isBare(f) || !isBare(g) });
      }
    }
  };

  return walk(expr);
}

/** Every step of the tree in pre-order (the root first), e.g. to list the rules a formula uses. */
export function flattenRuleTrace(root: RuleStep): RuleStep[] {
  const out: RuleStep[] = [];
  const visit = (s: RuleStep): void => {
    out.push(s);
    s.children.forEach(visit);
  };
  visit(root);
  return out;
}
