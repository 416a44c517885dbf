/**
 * A small, sound simplifier aimed at board-quality derivatives: constant folding, 0/1 identities,
 * double negation, flattening of sums and products, numeric coefficients combined (exactly, as
 * rationals), like factors merged into powers (x·x^2 = x^3) and like terms collected (2x + 3x = 5x).
 *
 * Soundness contract (property-tested): wherever both the input and the output are defined (finite
 * real values) they are equal up to rounding. Rewrites that are only true for some signs are never
 * made: (x^2)^(1/2) stays as written (it is |x|, not x); sums are never expanded.
 */
import type { Expr } from './ast';
import { add, call, div, mul, neg, num, pow, sub } from './ast';
import { BINARY, UNARY, isBinaryFn } from './functions';
import { toText } from './print';
import { isConstantExpr } from './compile';
import { evaluateExpr } from './evaluate';
import type { Rational } from './rational';
import { ONE, addR, invR, isExact, isInteger, isOne, isZero, mulR, negR, powR, rational, value } from './rational';

interface Factor {
  readonly base: Expr;
  readonly exp: Rational;
  /** Canonical text of `base`: equal keys mean equal bases. */
  readonly key: string;
}

/** coef · Π base^exp, factors with distinct keys. */
interface Term {
  readonly coef: Rational;
  readonly factors: readonly Factor[];
}

const factor = (base: Expr, exp: Rational = ONE): Factor => ({ base, exp, key: toText(base) });
const single = (f: Factor): Term[] => [{ coef: ONE, factors: [f] }];
const numberTerm = (v: Rational): Term[] => (isZero(v) ? [] : [{ coef: v, factors: [] }]);

function fromNumber(v: number): Rational {
  return Number.isInteger(v) ? rational(v) : { n: v, d: 1 };
}

function termKey(t: Term): string {
  return t.factors
    .map((f) => `${f.key}^${f.exp.n}/${f.exp.d}`)
    .sort()
    .join('*');
}

/** Adds terms, collecting like terms in order of first appearance. */
function collect(terms: readonly Term[]): Term[] {
  const byKey = new Map<string, number>();
  const out: Term[] = [];
  for (const t of terms) {
    const k = termKey(t);
    const at = byKey.get(k);
    const prev = at === undefined ? undefined : out[at];
    if (at !== undefined && prev) out[at] = { coef: addR(prev.coef, t.coef), factors: prev.factors };
    else {
      byKey.set(k, out.length);
      out.push(t);
    }
  }
  return out.filter((t) => !isZero(t.coef) || !Number.isFinite(value(t.coef)));
}

const negate = (ts: readonly Term[]): Term[] => ts.map((t) => ({ coef: negR(t.coef), factors: t.factors }));

function mulTerm(a: Term, b: Term): Term {
  const factors: Factor[] = [...a.factors];
  for (const f of b.factors) {
    const i = factors.findIndex((g) => g.key === f.key);
    const g = i >= 0 ? factors[i] : undefined;
    if (g) factors[i] = { base: g.base, key: g.key, exp: addR(g.exp, f.exp) };
    else factors.push(f);
  }
  return { coef: mulR(a.coef, b.coef), factors: factors.filter((f) => !isZero(f.exp)) };
}

/** The sum as one term: itself when it has a single term, else an opaque (parenthesized) factor. */
function asTerm(ts: readonly Term[]): Term {
  const [t] = ts;
  if (ts.length === 1 && t) return t;
  return { coef: ONE, factors: [factor(build(ts))] };
}

/** ±1 written as a term list (a product with it only flips or keeps signs). */
function unitSign(ts: readonly Term[]): number {
  const [t] = ts;
  if (ts.length !== 1 || !t || t.factors.length > 0 || t.coef.d !== 1 || Math.abs(t.coef.n) !== 1) return 0;
  return t.coef.n;
}

function product(a: readonly Term[], b: readonly Term[]): Term[] {
  if (a.length === 0 || b.length === 0) return [];
  // 1·(f + g) and −1·(f + g) open up, so that f'g − fg' can cancel inside a quotient rule.
  const sa = unitSign(a);
  if (sa !== 0) return sa > 0 ? [...b] : negate(b);
  const sb = unitSign(b);
  if (sb !== 0) return sb > 0 ? [...a] : negate(a);
  return collect([mulTerm(asTerm(a), asTerm(b))]);
}

function quotient(a: readonly Term[], b: readonly Term[]): Term[] {
  const [t] = b;
  if (b.length === 0 || !t || (b.length === 1 && isZero(t.coef))) {
    return single(factor(div(build(a), build(b))));
  }
  if (a.length === 0) return [];
  const den = asTerm(b);
  const inv: Term = { coef: invR(den.coef), factors: den.factors.map((f) => ({ ...f, exp: negR(f.exp) })) };
  // (6x + 3)/3 -> 2x + 1 distributes; (sign(x) + 1)/2 stays a fraction rather than grow halves.
  if (den.factors.length === 0) {
    const spread = a.map((x) => mulTerm(x, inv));
    if (spread.every((x) => isInteger(x.coef))) return collect(spread);
  }
  return collect([mulTerm(asTerm(a), inv)]);
}

const isOddInteger = (r: Rational): boolean => isInteger(r) && Math.abs(r.n % 2) === 1;

function power(base: readonly Term[], exponent: readonly Term[]): Term[] {
  if (exponent.length === 0) return numberTerm(ONE);
  const [e] = exponent;
  if (exponent.length !== 1 || !e || e.factors.length > 0) return single(factor(pow(build(base), build(exponent))));
  const k = e.coef;
  if (isOne(k)) return [...base];
  const [b] = base;
  if (base.length === 0) {
    return value(k) > 0 ? [] : single(factor(pow(num(0), build(exponent))));
  }
  if (base.length === 1 && b) {
    if (isInteger(k) && !(isZero(b.coef) && value(k) < 0)) {
      return [{ coef: powR(b.coef, k.n), factors: b.factors.map((f) => ({ ...f, exp: mulR(f.exp, k) })) }];
    }
    // Non-integer powers distribute only where that cannot trade a NaN for a wrong sign:
    // (x^3)^(1/3) -> x is fine (equal wherever both are real), (x^2)^(1/2) -> x is not.
    if (isOne(b.coef) && b.factors.every((f) => isOddInteger(f.exp))) {
      return [{ coef: ONE, factors: b.factors.map((f) => ({ ...f, exp: mulR(f.exp, k) })) }];
    }
    if (b.factors.length === 0 && isExact(k) && value(b.coef) > 0) {
      return single(factor(num(value(b.coef)), k));
    }
  }
  if (!isExact(k)) return single(factor(pow(build(base), num(value(k)))));
  return single(factor(build(base), k));
}

function simplifyCall(fn: Expr & { kind: 'call' }): Term[] {
  const args = fn.args.map((a) => terms(a));
  const argExprs = args.map(build);
  if (argExprs.every(isConstantExpr)) {
    const [x, y] = argExprs.map((a) => evaluateExpr(a, [], []));
    const v = isBinaryFn(fn.fn)
      ? x !== undefined && y !== undefined ? BINARY[fn.fn].eval(x, y) : Number.NaN
      : x !== undefined ? UNARY[fn.fn].eval(x) : Number.NaN;
    // Fold only exact results (ln e = 1, cos 0 = 1, sqrt(4) = 2); ln 2 stays ln 2 on the board.
    if (Number.isInteger(v)) return numberTerm(rational(v));
  }
  return single(factor(call(fn.fn, ...argExprs)));
}

function terms(e: Expr): Term[] {
  switch (e.kind) {
    case 'num':
      return Number.isFinite(e.value) ? numberTerm(fromNumber(e.value)) : single(factor(e));
    case 'const':
    case 'var':
      return single(factor(e));
    case 'neg':
      return negate(terms(e.arg));
    case 'call':
      return simplifyCall(e);
    case 'binary': {
      const l = terms(e.left);
      const r = terms(e.right);
      switch (e.op) {
        case 'add':
          return collect([...l, ...r]);
        case 'sub':
          return collect([...l, ...negate(r)]);
        case 'mul':
          return product(l, r);
        case 'div':
          return quotient(l, r);
        case 'pow':
          return power(l, r);
      }
    }
  }
}

/** Display order inside a product: constants, then variables alphabetically, then the rest. */
function rank(f: Factor): number {
  if (f.base.kind === 'const') return 0;
  if (f.base.kind === 'var') return 1;
  return 2;
}

function ordered(fs: readonly Factor[]): Factor[] {
  return fs
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || (rank(a.f) === 1 ? a.f.key.localeCompare(b.f.key) : a.i - b.i))
    .map((x) => x.f);
}

function exponentExpr(r: Rational): Expr {
  return r.d === 1 ? num(r.n) : div(num(r.n), num(r.d));
}

function factorExpr(f: Factor, exp: Rational): Expr {
  return isOne(exp) ? f.base : pow(f.base, exponentExpr(exp));
}

function productOf(items: readonly Expr[]): Expr | undefined {
  return items.reduce<Expr | undefined>((acc, x) => (acc ? mul(acc, x) : x), undefined);
}

/** The term without its sign, and whether it was negative. */
function buildTerm(t: Term): { expr: Expr; negative: boolean } {
  const c = t.coef;
  const negative = value(c) < 0;
  const absN = Math.abs(c.n);
  const fs = ordered(t.factors);
  const top = fs.filter((f) => value(f.exp) > 0).map((f) => factorExpr(f, f.exp));
  const bottom = fs.filter((f) => value(f.exp) < 0).map((f) => factorExpr(f, negR(f.exp)));
  const numer = productOf(absN !== 1 || top.length === 0 ? [num(absN), ...top] : top) ?? num(1);
  const denom = productOf(c.d !== 1 ? [num(c.d), ...bottom] : bottom);
  return { expr: denom ? div(numer, denom) : numer, negative };
}

function build(ts: readonly Term[]): Expr {
  let acc: Expr | undefined;
  for (const t of ts) {
    const { expr, negative } = buildTerm(t);
    if (!acc) acc = negative ? neg(expr) : expr;
    else acc = negative ? sub(acc, expr) : add(acc, expr);
  }
  return acc ?? num(0);
}

/**
 * Simplified, board-style form of `expr` (e.g. 3·2·x^1 -> 6x, 5(3x²+1)^4·6x -> 30x(3x²+1)^4).
 * Equal in value to `expr` wherever both are defined; idempotent in practice (a second pass
 * changes nothing).
 */
export function simplify(expr: Expr): Expr {
  return build(terms(expr));
}
