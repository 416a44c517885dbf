/**
 * The deck's table of common derivatives ("常见导数"), every row, as data: the function as a
 * student types it (with its parameter c or n as a variable, so the app's symbolic derivative
 * keeps the parameter, like the deck), the deck's derivative in LaTeX exactly as printed, the same
 * form(s) as formula text for the numeric check, the deck's printed conditions and the domain
 * where the derivative exists. Rows appear in the deck's order: 9 rows of 3 columns, then the
 * trigonometric (left) and hyperbolic (right) functions in 6 rows of 2.
 *
 * Every deck form is checked against the symbolic derivative in deck-table.test.ts; none of the
 * table's rows is wrong. Where the deck leaves something out (a missing condition), the row has
 * a `note` (a message key).
 */
import type { MessageKey } from '../../i18n/messages';

export type TableGroup = 'basic' | 'trig';

/** The row's parameter: c (a real constant) or n (a positive integer). */
export interface RowParam {
  readonly name: 'c' | 'n';
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly initial: number;
  /** A value the slider skips (c = 1 for logarithms and exponentials: base 1 is not allowed). */
  readonly excluded?: number;
}

export interface DeckRow {
  readonly id: string;
  readonly group: TableGroup;
  /** f as typed (variables x and the parameter's name). */
  readonly text: string;
  /** f in LaTeX, as the deck writes it. */
  readonly fTex: string;
  /** The deck's derivative, as printed (several forms joined by =). */
  readonly deckTex: string;
  /** Each of the deck's forms as formula text, all checked numerically. */
  readonly deckForms: readonly string[];
  /** The condition the deck prints beside the row, if any (LaTeX). */
  readonly deckConditionTex?: string;
  /** Where f′ exists, for this parameter value (LaTeX; language-neutral). */
  readonly domainTex: (p: number) => string;
  /** Membership of that domain, for picking check points and refusing the cursor outside it. */
  readonly inDomain: (x: number, p: number) => boolean;
  readonly param?: RowParam;
  /** Plot window. */
  readonly view: { readonly xMin: number; readonly xMax: number; readonly yMin?: number; readonly yMax?: number };
  /** Where the numeric check starts (inside the domain). */
  readonly x0: number;
  /** Poles and other points the plot must not draw across (for this parameter value). */
  readonly breaks?: (p: number) => readonly number[];
  /** A remark on what the deck leaves unsaid (not an error). */
  readonly note?: MessageKey;
}

const ALL = (): string => 'x \\in \\mathbb{R}';
const always = (): boolean => true;
const POS = (): string => 'x > 0';
const positive = (x: number): boolean => x > 0;
const NONZERO = (): string => 'x \\neq 0';
const nonzero = (x: number): boolean => x !== 0;
const isOdd = (n: number): boolean => Number.isInteger(n) && Math.abs(n % 2) === 1;
const zero = (): readonly number[] => [0];
const minusOne = (): readonly number[] => [-1];
const C_REAL: RowParam = { name: 'c', min: -3, max: 3, step: 0.1, initial: 1.5 };
const C_POWER: RowParam = { name: 'c', min: -3, max: 4, step: 0.1, initial: 2.5 };
/** Base of an exponential or a logarithm: c > 0, c ≠ 1. */
const C_BASE = (initial: number): RowParam => ({ name: 'c', min: 0.1, max: 5, step: 0.1, initial, excluded: 1 });
const N_INT = (initial: number, min = 1): RowParam => ({ name: 'n', min, max: 8, step: 1, initial });
/** Multiples of π/2 (odd) or π in the window, where tan/sec or cot/csc have poles. */
const poles = (offset: number) => (): readonly number[] => [-3, -2, -1, 0, 1, 2].map((k) => offset + k * Math.PI).filter((x) => x > -7 && x < 7);
const TRIG_VIEW = { xMin: -2 * Math.PI, xMax: 2 * Math.PI, yMin: -4, yMax: 4 };

export const DECK_ROWS: readonly DeckRow[] = [
  // Row 1: c, cx, x^c
  {
    id: 'const', group: 'basic', text: 'c', fTex: 'c', deckTex: '0', deckForms: ['0'],
    domainTex: ALL, inDomain: always, param: C_REAL, view: { xMin: -3, xMax: 3, yMin: -4, yMax: 4 }, x0: 1,
  },
  {
    id: 'linear', group: 'basic', text: 'c x', fTex: 'cx', deckTex: 'c', deckForms: ['c'],
    domainTex: ALL, inDomain: always, param: C_REAL, view: { xMin: -3, xMax: 3, yMin: -4, yMax: 4 }, x0: 1,
  },
  {
    id: 'power', group: 'basic', text: 'x^c', fTex: 'x^c', deckTex: 'cx^{c-1}', deckForms: ['c x^(c-1)'],
    domainTex: (c) => (Number.isInteger(c) ? (c >= 1 ? 'x \\in \\mathbb{R}' : 'x \\neq 0') : 'x > 0'),
    inDomain: (x, c) => (Number.isInteger(c) ? c >= 1 || x !== 0 : x > 0),
    param: C_POWER, view: { xMin: -2, xMax: 3 }, x0: 1.2, breaks: zero, note: 'derivatives.table.note.power',
  },
  // Row 2: c^x, x^x, e^x
  {
    id: 'exponential', group: 'basic', text: 'c^x', fTex: 'c^x', deckTex: 'c^x \\ln(c)', deckForms: ['c^x ln(c)'],
    deckConditionTex: 'c > 0', domainTex: ALL, inDomain: always, param: C_BASE(2), view: { xMin: -3, xMax: 3, yMin: -2, yMax: 8 }, x0: 0.5,
    note: 'derivatives.table.note.exponential',
  },
  {
    id: 'selfPower', group: 'basic', text: 'x^x', fTex: 'x^x', deckTex: 'x^x(1 + \\ln x)', deckForms: ['x^x (1 + ln(x))'],
    domainTex: POS, inDomain: positive, view: { xMin: 0, xMax: 2.5, yMin: -2, yMax: 6 }, x0: 1.5,
  },
  {
    id: 'exp', group: 'basic', text: 'e^x', fTex: 'e^x', deckTex: 'e^x', deckForms: ['e^x'],
    domainTex: ALL, inDomain: always, view: { xMin: -3, xMax: 2.5, yMin: -1, yMax: 8 }, x0: 1,
  },
  // Row 3: 1/x, 1/x², 1/xⁿ
  {
    id: 'reciprocal', group: 'basic', text: '1/x', fTex: '\\frac{1}{x}', deckTex: '-\\frac{1}{x^2}', deckForms: ['-1/x^2'],
    domainTex: NONZERO, inDomain: nonzero, view: { xMin: -4, xMax: 4, yMin: -5, yMax: 5 }, x0: 1.5, breaks: zero,
  },
  {
    id: 'reciprocalSquare', group: 'basic', text: '1/x^2', fTex: '\\frac{1}{x^2}', deckTex: '-\\frac{2}{x^3}', deckForms: ['-2/x^3'],
    domainTex: NONZERO, inDomain: nonzero, view: { xMin: -4, xMax: 4, yMin: -5, yMax: 5 }, x0: 1.5, breaks: zero,
  },
  {
    id: 'reciprocalPower', group: 'basic', text: '1/x^n', fTex: '\\frac{1}{x^n}', deckTex: '-\\frac{n}{x^{n+1}}', deckForms: ['-n/x^(n+1)'],
    domainTex: NONZERO, inDomain: nonzero, param: N_INT(3), view: { xMin: -4, xMax: 4, yMin: -5, yMax: 5 }, x0: 1.5, breaks: zero,
  },
  // Row 4: √x, ∛x, ⁿ√x
  {
    id: 'sqrt', group: 'basic', text: 'sqrt(x)', fTex: '\\sqrt{x}', deckTex: '\\frac{1}{2\\sqrt{x}}', deckForms: ['1/(2 sqrt(x))'],
    deckConditionTex: 'x > 0', domainTex: POS, inDomain: positive, view: { xMin: -0.5, xMax: 4, yMin: -0.5, yMax: 2.5 }, x0: 1,
  },
  {
    id: 'cbrt', group: 'basic', text: 'cbrt(x)', fTex: '\\sqrt[3]{x}', deckTex: '\\frac{1}{3 \\cdot \\sqrt[3]{x^2}}', deckForms: ['1/(3 cbrt(x^2))'],
    domainTex: NONZERO, inDomain: nonzero, view: { xMin: -3, xMax: 3, yMin: -2, yMax: 2.5 }, x0: 1, breaks: zero,
    note: 'derivatives.table.note.cbrt',
  },
  {
    id: 'root', group: 'basic', text: 'nthRoot(x, n)', fTex: '\\sqrt[n]{x}', deckTex: '\\frac{1}{n \\cdot \\sqrt[n]{x^{n-1}}}',
    deckForms: ['1/(n nthRoot(x^(n-1), n))'],
    domainTex: (n) => (n === 1 ? ALL() : isOdd(n) ? 'x \\neq 0' : 'x > 0'),
    inDomain: (x, n) => (n === 1 ? true : isOdd(n) ? x !== 0 : x > 0),
    param: N_INT(4), view: { xMin: -3, xMax: 3, yMin: -2, yMax: 2.5 }, x0: 1, breaks: zero, note: 'derivatives.table.note.root',
  },
  // Row 5: 1/√x, 1/∛x, 1/ⁿ√x
  {
    id: 'invSqrt', group: 'basic', text: '1/sqrt(x)', fTex: '\\frac{1}{\\sqrt{x}}', deckTex: '-\\frac{1}{2\\sqrt{x^3}}', deckForms: ['-1/(2 sqrt(x^3))'],
    domainTex: POS, inDomain: positive, view: { xMin: -0.5, xMax: 4, yMin: -3, yMax: 4 }, x0: 1, breaks: zero,
  },
  {
    id: 'invCbrt', group: 'basic', text: '1/cbrt(x)', fTex: '\\frac{1}{\\sqrt[3]{x}}', deckTex: '-\\frac{1}{3 \\cdot \\sqrt[3]{x^4}}', deckForms: ['-1/(3 cbrt(x^4))'],
    domainTex: NONZERO, inDomain: nonzero, view: { xMin: -3, xMax: 3, yMin: -4, yMax: 4 }, x0: 1, breaks: zero,
  },
  {
    id: 'invRoot', group: 'basic', text: '1/nthRoot(x, n)', fTex: '\\frac{1}{\\sqrt[n]{x}}', deckTex: '-\\frac{1}{n \\cdot \\sqrt[n]{x^{n+1}}}',
    deckForms: ['-1/(n nthRoot(x^(n+1), n))'],
    domainTex: (n) => (isOdd(n) ? 'x \\neq 0' : 'x > 0'),
    inDomain: (x, n) => (isOdd(n) ? x !== 0 : x > 0),
    param: N_INT(4), view: { xMin: -3, xMax: 3, yMin: -4, yMax: 4 }, x0: 1, breaks: zero,
  },
  // Row 6: ln x, x ln x, log_c x
  {
    id: 'ln', group: 'basic', text: 'ln(x)', fTex: '\\ln x', deckTex: '\\frac{1}{x}', deckForms: ['1/x'],
    deckConditionTex: 'x > 0', domainTex: POS, inDomain: positive, view: { xMin: -0.5, xMax: 5, yMin: -3, yMax: 3 }, x0: 2, breaks: zero,
  },
  {
    id: 'xln', group: 'basic', text: 'x ln(x)', fTex: 'x \\cdot \\ln x', deckTex: '\\ln x + 1', deckForms: ['ln(x) + 1'],
    domainTex: POS, inDomain: positive, view: { xMin: -0.5, xMax: 4, yMin: -2, yMax: 4 }, x0: 1.5,
  },
  {
    id: 'log', group: 'basic', text: 'log(x, c)', fTex: '\\log_c x', deckTex: '\\frac{1}{x \\ln c}', deckForms: ['1/(x ln(c))'],
    deckConditionTex: 'c > 0 \\quad c \\neq 1', domainTex: POS, inDomain: positive, param: C_BASE(2),
    view: { xMin: -0.5, xMax: 5, yMin: -3, yMax: 3 }, x0: 2, breaks: zero,
  },
  // Row 7: 1/ln x, 1/(x ln x), 1/log_c x
  {
    id: 'invLn', group: 'basic', text: '1/ln(x)', fTex: '\\frac{1}{\\ln x}', deckTex: '\\frac{-1}{x(\\ln x)^2}', deckForms: ['-1/(x ln(x)^2)'],
    domainTex: () => 'x > 0,\\ x \\neq 1', inDomain: (x) => x > 0 && x !== 1, view: { xMin: -0.2, xMax: 4, yMin: -5, yMax: 5 }, x0: 2,
    breaks: () => [0, 1],
  },
  {
    id: 'invXln', group: 'basic', text: '1/(x ln(x))', fTex: '\\frac{1}{x \\cdot \\ln x}', deckTex: '\\frac{-(\\ln x + 1)}{(x \\cdot \\ln x)^2}',
    deckForms: ['-(ln(x) + 1)/(x ln(x))^2'],
    domainTex: () => 'x > 0,\\ x \\neq 1', inDomain: (x) => x > 0 && x !== 1, view: { xMin: -0.2, xMax: 4, yMin: -6, yMax: 6 }, x0: 2,
    breaks: () => [0, 1],
  },
  {
    id: 'invLog', group: 'basic', text: '1/log(x, c)', fTex: '\\frac{1}{\\log_c x}', deckTex: '\\frac{-1}{x \\cdot \\ln c \\cdot (\\log_c x)^2}',
    deckForms: ['-1/(x ln(c) log(x, c)^2)'],
    domainTex: () => 'x > 0,\\ x \\neq 1', inDomain: (x) => x > 0 && x !== 1, param: C_BASE(10),
    view: { xMin: -0.2, xMax: 4, yMin: -6, yMax: 6 }, x0: 2, breaks: () => [0, 1],
  },
  // Row 8: 1/(x+1), 1/(x+1)², 1/(x+1)ⁿ
  {
    id: 'shiftReciprocal', group: 'basic', text: '1/(x+1)', fTex: '\\frac{1}{x+1}', deckTex: '\\frac{-1}{(x+1)^2}', deckForms: ['-1/(x+1)^2'],
    domainTex: () => 'x \\neq -1', inDomain: (x) => x !== -1, view: { xMin: -4, xMax: 3, yMin: -5, yMax: 5 }, x0: 0.5, breaks: minusOne,
  },
  {
    id: 'shiftReciprocalSquare', group: 'basic', text: '1/(x+1)^2', fTex: '\\frac{1}{(x+1)^2}', deckTex: '\\frac{-2}{(x+1)^3}', deckForms: ['-2/(x+1)^3'],
    domainTex: () => 'x \\neq -1', inDomain: (x) => x !== -1, view: { xMin: -4, xMax: 3, yMin: -5, yMax: 5 }, x0: 0.5, breaks: minusOne,
  },
  {
    id: 'shiftReciprocalPower', group: 'basic', text: '1/(x+1)^n', fTex: '\\frac{1}{(x+1)^n}', deckTex: '\\frac{-n}{(x+1)^{n+1}}', deckForms: ['-n/(x+1)^(n+1)'],
    domainTex: () => 'x \\neq -1', inDomain: (x) => x !== -1, param: N_INT(3), view: { xMin: -4, xMax: 3, yMin: -5, yMax: 5 }, x0: 0.5,
    breaks: minusOne,
  },
  // Row 9: 1/√(x+1), 1/∛(x+1), 1/ⁿ√(x+1)
  {
    id: 'shiftInvSqrt', group: 'basic', text: '1/sqrt(x+1)', fTex: '\\frac{1}{\\sqrt{x+1}}', deckTex: '\\frac{-1}{2 \\cdot \\sqrt{(x+1)^3}}',
    deckForms: ['-1/(2 sqrt((x+1)^3))'],
    domainTex: () => 'x > -1', inDomain: (x) => x > -1, view: { xMin: -1.5, xMax: 3, yMin: -3, yMax: 4 }, x0: 0.5, breaks: minusOne,
  },
  {
    id: 'shiftInvCbrt', group: 'basic', text: '1/cbrt(x+1)', fTex: '\\frac{1}{\\sqrt[3]{x+1}}', deckTex: '\\frac{-1}{3 \\cdot \\sqrt[3]{(x+1)^4}}',
    deckForms: ['-1/(3 cbrt((x+1)^4))'],
    domainTex: () => 'x \\neq -1', inDomain: (x) => x !== -1, view: { xMin: -4, xMax: 2, yMin: -4, yMax: 4 }, x0: 0.5, breaks: minusOne,
  },
  {
    id: 'shiftInvRoot', group: 'basic', text: '1/nthRoot(x+1, n)', fTex: '\\frac{1}{\\sqrt[n]{x+1}}', deckTex: '\\frac{-1}{n \\cdot \\sqrt[n]{(x+1)^{n+1}}}',
    deckForms: ['-1/(n nthRoot((x+1)^(n+1), n))'],
    domainTex: (n) => (isOdd(n) ? 'x \\neq -1' : 'x > -1'),
    inDomain: (x, n) => (isOdd(n) ? x !== -1 : x > -1),
    param: N_INT(4), view: { xMin: -3, xMax: 2, yMin: -4, yMax: 4 }, x0: 0.5, breaks: minusOne,
  },
  // Trigonometric (left column) and hyperbolic (right column), in the deck's row order.
  {
    id: 'sin', group: 'trig', text: 'sin(x)', fTex: '\\sin x', deckTex: '\\cos x', deckForms: ['cos(x)'],
    domainTex: ALL, inDomain: always, view: TRIG_VIEW, x0: 1,
  },
  {
    id: 'sinh', group: 'trig', text: 'sinh(x)', fTex: '\\sinh x', deckTex: '\\cosh x', deckForms: ['cosh(x)'],
    domainTex: ALL, inDomain: always, view: { xMin: -3, xMax: 3, yMin: -5, yMax: 5 }, x0: 1,
  },
  {
    id: 'cos', group: 'trig', text: 'cos(x)', fTex: '\\cos x', deckTex: '-\\sin x', deckForms: ['-sin(x)'],
    domainTex: ALL, inDomain: always, view: TRIG_VIEW, x0: 1,
  },
  {
    id: 'cosh', group: 'trig', text: 'cosh(x)', fTex: '\\cosh x', deckTex: '\\sinh x', deckForms: ['sinh(x)'],
    domainTex: ALL, inDomain: always, view: { xMin: -3, xMax: 3, yMin: -5, yMax: 5 }, x0: 1,
  },
  {
    id: 'tan', group: 'trig', text: 'tan(x)', fTex: '\\tan x', deckTex: '\\sec^2 x = \\frac{1}{\\cos^2 x}', deckForms: ['sec(x)^2', '1/cos(x)^2'],
    domainTex: () => 'x \\neq \\tfrac{\\pi}{2} + k\\pi', inDomain: (x) => Math.abs(Math.cos(x)) > 1e-12, view: TRIG_VIEW, x0: 1,
    breaks: poles(Math.PI / 2),
  },
  {
    id: 'tanh', group: 'trig', text: 'tanh(x)', fTex: '\\tanh x', deckTex: '1 - \\tanh^2 x = \\operatorname{sech}^2 x', deckForms: ['1 - tanh(x)^2', 'sech(x)^2'],
    domainTex: ALL, inDomain: always, view: { xMin: -3, xMax: 3, yMin: -1.5, yMax: 1.5 }, x0: 0.5,
  },
  {
    id: 'cot', group: 'trig', text: 'cot(x)', fTex: '\\cot x', deckTex: '-\\csc^2 x = -\\frac{1}{\\sin^2 x}', deckForms: ['-csc(x)^2', '-1/sin(x)^2'],
    domainTex: () => 'x \\neq k\\pi', inDomain: (x) => Math.abs(Math.sin(x)) > 1e-12, view: TRIG_VIEW, x0: 1, breaks: poles(0),
  },
  {
    id: 'coth', group: 'trig', text: 'coth(x)', fTex: '\\coth x', deckTex: '-\\operatorname{csch}^2 x', deckForms: ['-csch(x)^2'],
    domainTex: NONZERO, inDomain: nonzero, view: { xMin: -3, xMax: 3, yMin: -5, yMax: 5 }, x0: 1, breaks: zero,
  },
  {
    id: 'csc', group: 'trig', text: 'csc(x)', fTex: '\\csc x', deckTex: '-\\csc x \\cot x', deckForms: ['-csc(x) cot(x)'],
    domainTex: () => 'x \\neq k\\pi', inDomain: (x) => Math.abs(Math.sin(x)) > 1e-12, view: TRIG_VIEW, x0: 1, breaks: poles(0),
  },
  {
    id: 'csch', group: 'trig', text: 'csch(x)', fTex: '\\operatorname{csch} x', deckTex: '-\\operatorname{csch} x \\coth x', deckForms: ['-csch(x) coth(x)'],
    domainTex: NONZERO, inDomain: nonzero, view: { xMin: -3, xMax: 3, yMin: -5, yMax: 5 }, x0: 1, breaks: zero,
  },
  {
    id: 'sec', group: 'trig', text: 'sec(x)', fTex: '\\sec x', deckTex: '\\sec x \\tan x', deckForms: ['sec(x) tan(x)'],
    domainTex: () => 'x \\neq \\tfrac{\\pi}{2} + k\\pi', inDomain: (x) => Math.abs(Math.cos(x)) > 1e-12, view: TRIG_VIEW, x0: 1,
    breaks: poles(Math.PI / 2),
  },
  {
    id: 'sech', group: 'trig', text: 'sech(x)', fTex: '\\operatorname{sech} x', deckTex: '-\\operatorname{sech} x \\tanh x', deckForms: ['-sech(x) tanh(x)'],
    domainTex: ALL, inDomain: always, view: { xMin: -3, xMax: 3, yMin: -1.5, yMax: 1.5 }, x0: 1,
  },
];

export const DEFAULT_ROW: DeckRow = DECK_ROWS[0]!;

export function rowById(id: string): DeckRow | undefined {
  return DECK_ROWS.find((r) => r.id === id);
}

/** The variables a row's formulas use: x and, if it has one, its parameter. */
export function rowVariables(row: DeckRow): readonly string[] {
  return row.param ? ['x', row.param.name] : ['x'];
}

/**
 * A parameter value the row accepts: clamped to the slider's range, an integer for n, and never
 * the excluded value (c = 1 moves one step on, away from where the slider came from).
 */
export function acceptParam(param: RowParam, value: number, previous: number = param.initial): number {
  if (!Number.isFinite(value)) return previous;
  let v = Math.min(param.max, Math.max(param.min, value));
  if (param.name === 'n') v = Math.round(v);
  else v = Math.round(v / param.step) * param.step;
  v = Number(v.toFixed(6));
  if (param.excluded !== undefined && Math.abs(v - param.excluded) < param.step / 2) {
    const up = v >= previous;
    v = Number((param.excluded + (up ? param.step : -param.step)).toFixed(6));
  }
  return v;
}
