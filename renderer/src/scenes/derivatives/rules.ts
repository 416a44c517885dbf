/**
 * The rules section as data: the deck's rules (sum/difference, product, quotient) with their
 * general formulas, the worked examples a student can open, and the general form of each rule a
 * step of a rule trace uses (shown beside the step, so "which rule applies here" reads as a
 * formula, not only a name).
 */
import type { MessageKey } from '../../i18n/messages';
import { variable } from '$shared/expr/ast';
import { BINARY, UNARY, isBinaryFn, type FnName } from '$shared/expr/functions';
import { toLatex } from '$shared/expr/latex';
import type { DerivativeRule, RuleStep } from '$shared/expr/ruleTrace';

export interface RuleExample {
  readonly id: string;
  readonly label: MessageKey;
  readonly text: string;
}

export const RULE_EXAMPLES: readonly RuleExample[] = [
  { id: 'sum', label: 'derivatives.rules.example.sum', text: 'x^3 + sin(x)' },
  { id: 'difference', label: 'derivatives.rules.example.difference', text: 'e^x - 2 ln(x)' },
  { id: 'product', label: 'derivatives.rules.example.product', text: 'x^2 sin(x)' },
  { id: 'quotient', label: 'derivatives.rules.example.quotient', text: '(x^2 + 1)/(x - 3)' },
  { id: 'mixed', label: 'derivatives.rules.example.mixed', text: 'x e^x / (1 + x^2)' },
];

export const DEFAULT_RULE_EXAMPLE: RuleExample = RULE_EXAMPLES[3]!;

/** The deck's rules, as the app states them (the quotient rule with its prime, DESIGN.md §4). */
export const DECK_RULES: readonly { readonly id: 'sum' | 'product' | 'quotient'; readonly name: MessageKey; readonly tex: string }[] = [
  { id: 'sum', name: 'derivatives.rules.deck.sum', tex: "(f \\pm g)' = f' \\pm g'" },
  { id: 'product', name: 'derivatives.rules.deck.product', tex: "(f \\cdot g)' = f'g + fg'" },
  { id: 'quotient', name: 'derivatives.rules.deck.quotient', tex: "\\left(\\frac{f}{g}\\right)' = \\frac{f'g - fg'}{g^2}" },
];

/** The deck's printed quotient rule (no prime on the left) and the correct statement. */
export const QUOTIENT_ERRATUM = {
  deckTex: "\\frac{f(x)}{g(x)} = \\frac{f'(x)g(x) - f(x)g'(x)}{[g(x)]^2}",
  correctTex: "\\left(\\frac{f(x)}{g(x)}\\right)' = \\frac{f'(x)g(x) - f(x)g'(x)}{[g(x)]^2}",
} as const;

const GENERAL: Readonly<Record<Exclude<DerivativeRule, 'function'>, string>> = {
  constant: "c' = 0",
  identity: "x' = 1",
  negation: "(-f)' = -f'",
  sum: "(f + g)' = f' + g'",
  difference: "(f - g)' = f' - g'",
  'constant-multiple': "(c f)' = c f'",
  product: "(f g)' = f'g + fg'",
  quotient: "\\left(\\frac{f}{g}\\right)' = \\frac{f'g - fg'}{g^2}",
  power: "(f^{c})' = c f^{c-1} f'",
  exponential: "(c^{g})' = c^{g} \\ln c \\cdot g'",
  'general-power': "(f^{g})' = f^{g}\\left(g' \\ln f + \\frac{g f'}{f}\\right)",
};

/** F(g)′ = F′(g)·g′ for a named function, written with that function (sin → cos g · g′). */
function functionRuleTex(fn: FnName, chain: boolean): string {
  const g = variable('g');
  if (isBinaryFn(fn)) {
    const spec = BINARY[fn];
    const lhs = spec.latex('g', 'b');
    const [dg] = spec.dsym(g, variable('b'));
    return chain ? `\\left(${lhs}\\right)' = ${toLatex(dg)} \\cdot g'` : `\\left(${spec.latex('x', 'b')}\\right)' = ${toLatex(spec.dsym(variable('x'), variable('b'))[0])}`;
  }
  const spec = UNARY[fn];
  if (!chain) return `\\left(${spec.latex('x')}\\right)' = ${toLatex(spec.dsym(variable('x')))}`;
  return `\\left(${spec.latex('g')}\\right)' = ${toLatex(spec.dsym(g))} \\cdot g'`;
}

/** The general rule a step applies, as LaTeX (chain rule folded in where the step has one). */
export function ruleFormulaTex(step: Pick<RuleStep, 'rule' | 'fn' | 'chain'>): string {
  if (step.rule === 'function') return step.fn ? functionRuleTex(step.fn, step.chain) : "(F(g))' = F'(g) \\cdot g'";
  if (step.rule === 'power' && !step.chain) return "(x^{c})' = c x^{c-1}";
  if (step.rule === 'exponential' && !step.chain) return "(c^{x})' = c^{x} \\ln c";
  return GENERAL[step.rule];
}

/** Steps worth showing as their own line: leaves x′ = 1 and c′ = 0 are read inside their parent. */
export function visibleChildren(step: RuleStep): readonly RuleStep[] {
  return step.children.filter((c) => c.rule !== 'identity' && c.rule !== 'constant');
}
