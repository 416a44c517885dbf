/**
 * The deck's derivation of the multivariable chain rule through the total differential, as steps
 * a student advances: dz = f_u du + f_v dv; du = g_x dx + g_y dy, dv = h_x dx + h_y dy; substitute;
 * collect dx and dy; read off the coefficients. Each step has the general line (the deck's f, g, h)
 * and the same line for the formulas typed, ending with the numbers at the point.
 */
import type { Expr } from '$shared/expr/ast';
import type { ChainEdge, ChainRuleAtPoint } from '$shared/expr/chainPaths';
import { CHAIN_OUTPUT } from '$shared/expr/chainPaths';
import { toLatex, variableLatex } from '$shared/expr/latex';
import { latexNumber } from '../surface/explorer/format';

export type DifferentialStepId = 'outer' | 'inner' | 'substitute' | 'collect' | 'read';

/** lhs = term₁ + term₂ + … (= result): kept as parts so it can be set on one line or one term per line. */
export interface TexEquation {
  readonly lhs: string;
  /** Terms of the right-hand side; null terms (a zero coefficient) are dropped. */
  readonly terms: readonly (string | null)[];
  /** A final "= value" (the numbers at the point). */
  readonly result?: string;
  /** Keep the terms on one line even in the aligned form (short numeric sums). */
  readonly noBreak?: boolean;
}

export interface DifferentialStep {
  readonly id: DifferentialStepId;
  /** With the deck's function names: z = f(u, v), u = g(x, y), v = h(x, y). */
  readonly general: readonly TexEquation[];
  /** The same equations for the formulas typed. */
  readonly instance: readonly TexEquation[];
}

/** All equations on one line, separated by commas. */
export function inlineTex(eqs: readonly TexEquation[]): string {
  return eqs.map((e) => `${e.lhs} = ${sumTex(e.terms)}${e.result !== undefined ? ` = ${e.result}` : ''}`).join(',\\quad ');
}

/** One equation per row, aligned at "=", and each term of a long sum on its own row. */
export function alignedTex(eqs: readonly TexEquation[]): string {
  const rows: string[] = [];
  for (const e of eqs) {
    const kept = e.terms.filter((t): t is string => t !== null && t !== '');
    const tail = e.result !== undefined ? ` = ${e.result}` : '';
    if (e.noBreak || kept.length <= 1) {
      rows.push(`${e.lhs} &= ${sumTex(kept)}${tail}`);
      continue;
    }
    kept.forEach((t, i) => {
      const signed = i === 0 ? t : t.startsWith('-') ? `- ${t.slice(1)}` : `+ ${t}`;
      rows.push(i === 0 ? `${e.lhs} &= ${signed}` : `&\\quad ${signed}${i === kept.length - 1 ? tail : ''}`);
    });
  }
  return `\\begin{aligned}${rows.join(' \\\\[0.3em] ')}\\end{aligned}`;
}

/** The deck's letters for the inner functions, in the order of the intermediates. */
const INNER_LETTERS = ['g', 'h', 'k', 'm', 'p', 'q'];

const d = (name: string): string => `d${variableLatex(name)}`;
const partial = (top: string, bottom: string): string => `\\frac{\\partial ${top}}{\\partial ${variableLatex(bottom)}}`;

/** A factor in a product: parenthesised when it is a sum, a difference or starts with a minus. */
export function factorTex(e: Expr): string {
  const t = toLatex(e);
  const compound = (e.kind === 'binary' && (e.op === 'add' || e.op === 'sub')) || e.kind === 'neg' || t.startsWith('-');
  return compound ? `\\left(${t}\\right)` : t;
}

const isZero = (e: Expr): boolean => e.kind === 'num' && e.value === 0;
const isOne = (e: Expr): boolean => e.kind === 'num' && e.value === 1;

/** c·dv as a term of a linear combination: 1 → dv, 0 → (dropped), sums in parentheses. */
function termTex(coef: Expr, differential: string): string | null {
  if (isZero(coef)) return null;
  if (isOne(coef)) return differential;
  return `${factorTex(coef)}\\,${differential}`;
}

/** Joins terms with +, turning "+ -" into "−"; empty → 0. */
export function sumTex(terms: readonly (string | null)[]): string {
  const kept = terms.filter((t): t is string => t !== null && t !== '');
  if (kept.length === 0) return '0';
  return kept.reduce((acc, t) => (t.startsWith('-') ? `${acc} - ${t.slice(1)}` : `${acc} + ${t}`));
}

export function differentialSteps(r: ChainRuleAtPoint, mids: readonly string[], inputs: readonly string[]): DifferentialStep[] {
  const z = CHAIN_OUTPUT;
  const dz = `d${z}`;
  const letter = (i: number) => INNER_LETTERS[i] ?? `g_{${i + 1}}`;
  const outer = (m: string): ChainEdge => r.outerEdges.find((e) => e.from === m)!;
  const inner = (x: string, m: string): ChainEdge => r.innerEdges.find((e) => e.from === x && e.to === m)!;
  const innerGeneralSum = (i: number) => sumTex(inputs.map((x) => `${partial(letter(i), x)}\\,${d(x)}`));
  const innerInstanceSum = (m: string) => sumTex(inputs.map((x) => termTex(inner(x, m).partial, d(x))));

  // 1. dz = ∂f/∂u du + ∂f/∂v dv
  const outerStep: DifferentialStep = {
    id: 'outer',
    general: [{ lhs: dz, terms: mids.map((m) => `${partial('f', m)}\\,${d(m)}`) }],
    instance: [{ lhs: dz, terms: mids.map((m) => termTex(outer(m).partial, d(m))) }],
  };

  // 2. du = ∂g/∂x dx + ∂g/∂y dy, dv = …
  const innerStep: DifferentialStep = {
    id: 'inner',
    general: mids.map((m, i) => ({ lhs: d(m), terms: inputs.map((x) => `${partial(letter(i), x)}\\,${d(x)}`), noBreak: true })),
    instance: mids.map((m) => ({ lhs: d(m), terms: inputs.map((x) => termTex(inner(x, m).partial, d(x))), noBreak: true })),
  };

  // 3. substitute du and dv into dz
  const substituteStep: DifferentialStep = {
    id: 'substitute',
    general: [{ lhs: dz, terms: mids.map((m, i) => `${partial('f', m)}\\left(${innerGeneralSum(i)}\\right)`) }],
    instance: [
      {
        lhs: dz,
        terms: mids.map((m) => {
          const c = outer(m).partial;
          if (isZero(c)) return null;
          const bracket = `\\left(${innerInstanceSum(m)}\\right)`;
          return isOne(c) ? bracket : `${factorTex(c)}${bracket}`;
        }),
      },
    ],
  };

  // 4. collect the dx and dy terms
  const collectStep: DifferentialStep = {
    id: 'collect',
    general: [{ lhs: dz, terms: inputs.map((x) => `\\left(${sumTex(mids.map((m, i) => `${partial('f', m)}${partial(letter(i), x)}`))}\\right)${d(x)}`) }],
    instance: [
      {
        lhs: dz,
        terms: inputs.map((x) => `\\left(${sumTex(mids.map((m) => `${factorTex(outer(m).partial)} \\cdot ${factorTex(inner(x, m).partial)}`))}\\right)${d(x)}`),
      },
    ],
  };

  // 5. read off the coefficients: ∂z/∂x = Σ ∂z/∂m ∂m/∂x, with the numbers at the point
  const readStep: DifferentialStep = {
    id: 'read',
    general: inputs.map((x) => ({ lhs: partial(z, x), terms: mids.map((m) => `${partial(z, m)}${partial(variableLatex(m), x)}`), noBreak: true })),
    instance: inputs.map((x) => ({
      lhs: partial(z, x),
      terms: mids.map((m) => `${latexNumber(outer(m).value, 6, true)} \\cdot ${latexNumber(inner(x, m).value, 6, true)}`),
      result: latexNumber(r.partials.find((q) => q.input === x)?.pathSum ?? Number.NaN, 8),
      noBreak: true,
    })),
  };

  return [outerStep, innerStep, substituteStep, collectStep, readStep];
}
