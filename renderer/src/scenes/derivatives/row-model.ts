/**
 * One row of the deck's derivative table, prepared for its parameter value: f, the app's symbolic
 * f′ (differentiated with the parameter kept as a letter, so it reads like the deck's form), and
 * the deck's printed form(s), all compiled; and the three-number check at a point — symbolic f′,
 * a central difference, and the deck's form — with the verdict whether they agree.
 */
import type { Expr } from '$shared/expr/ast';
import { compile } from '$shared/expr/compile';
import { differentiate } from '$shared/expr/derivative';
import { toLatex } from '$shared/expr/latex';
import { parseExpr } from '$shared/expr/parse';
import { centralStep, representableStep } from '$shared/calculus/stepSize';
import type { DeckRow } from './deck-table';
import { rowVariables } from './deck-table';

export interface RowModel {
  readonly row: DeckRow;
  /** The parameter's value (NaN for rows without one). */
  readonly p: number;
  readonly derivative: Expr;
  /** The app's f and f′ in LaTeX (with c or n as letters). */
  readonly fLatex: string;
  readonly derivativeLatex: string;
  f(x: number): number;
  df(x: number): number;
  /** Each of the deck's forms at x. */
  readonly deck: readonly ((x: number) => number)[];
}

function parsed(text: string, vars: readonly string[]): Expr {
  const r = parseExpr(text, { variables: vars });
  // The table is our own data and its unit test parses every entry; a failure here is a bug.
  if (!r.ok) throw new Error(`deck table entry does not parse: ${text}`);
  return r.value;
}

function evaluator(e: Expr, vars: readonly string[], p: number): (x: number) => number {
  const c = compile(e, vars);
  if (!c.ok) throw new Error('deck table entry does not compile');
  const args = new Float64Array(vars.length);
  args[1] = p;
  const fn = c.value;
  return (x) => {
    args[0] = x;
    return fn.evaluate(args);
  };
}

export function createRowModel(row: DeckRow, p: number): RowModel {
  const vars = rowVariables(row);
  const expr = parsed(row.text, vars);
  const derivative = differentiate(expr, 'x');
  return {
    row,
    p,
    derivative,
    fLatex: toLatex(expr),
    derivativeLatex: toLatex(derivative),
    f: evaluator(expr, vars, p),
    df: evaluator(derivative, vars, p),
    deck: row.deckForms.map((t) => evaluator(parsed(t, vars), vars, p)),
  };
}

export interface RowCheck {
  readonly x: number;
  readonly inDomain: boolean;
  readonly symbolic: number;
  /** (f(x+h) − f(x−h))/(2h) with h = ∛ε·max(1, |x|) (exactly representable steps). */
  readonly central: number;
  readonly deck: readonly number[];
  /** The symbolic value and every deck form agree to rounding, and the central difference to its own accuracy. */
  readonly agree: boolean;
}

/** Relative agreement of exact formulas (different but equivalent expressions). */
const EXACT = 1e-9;
/** A central difference at its best step is good to about ∛ε² ≈ 4e-11 relative for tame f; allow margin. */
const NUMERIC = 1e-6;

const close = (a: number, b: number, rel: number): boolean =>
  Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

export function checkRow(m: RowModel, x: number): RowCheck {
  const hp = representableStep(x, centralStep(x));
  const hm = representableStep(x, -centralStep(x));
  const central = (m.f(x + hp) - m.f(x + hm)) / (hp - hm);
  const symbolic = m.df(x);
  const deck = m.deck.map((d) => d(x));
  const inDomain = m.row.inDomain(x, m.p);
  const agree = inDomain && close(central, symbolic, NUMERIC) && deck.every((d) => close(d, symbolic, EXACT));
  return { x, inDomain, symbolic, central, deck, agree };
}
