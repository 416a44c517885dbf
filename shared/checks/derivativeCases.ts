/**
 * The cases of the three-way derivative check (derivatives.test.ts): the deck's whole derivative
 * table (each row instantiated with concrete c and n, sometimes several times), its worked chain
 * rule and network examples, and further functions. Each case carries the derivative written by
 * hand from the deck (corrected where the deck is wrong, DESIGN.md §4) as an independent closed
 * form, and points inside the function's domain, away from poles.
 */

export interface DerivativeCase {
  /** What is checked, for the test title. */
  readonly name: string;
  /** The function as a student types it. */
  readonly text: string;
  /** Its variables, in the order of each point's coordinates. */
  readonly variables: readonly string[];
  /** The variable to differentiate with respect to. */
  readonly wrt: string;
  /** The derivative by hand, at a point (coordinates in `variables` order). */
  readonly closedForm: (p: readonly number[]) => number;
  /** Points inside the domain. */
  readonly points: readonly (readonly number[])[];
  /** True for rows of the deck's derivative table and its worked examples. */
  readonly fromDeck: boolean;
}

const X = ['x'] as const;
const at = (p: readonly number[], i = 0): number => p[i] ?? Number.NaN;
const pts = (...xs: number[]): number[][] => xs.map((x) => [x]);
const POS = pts(0.3, 0.8, 1.7, 3.2);
const ANY = pts(-2.3, -0.6, 0.4, 1.9);
const sec = (x: number): number => 1 / Math.cos(x);
const csc = (x: number): number => 1 / Math.sin(x);
const cot = (x: number): number => 1 / Math.tan(x);
const sech = (x: number): number => 1 / Math.cosh(x);
const csch = (x: number): number => 1 / Math.sinh(x);
const coth = (x: number): number => 1 / Math.tanh(x);
/** Real n-th root, also of negative x for odd n (as the app defines it). */
const root = (x: number, n: number): number => (x < 0 && n % 2 === 1 ? -Math.pow(-x, 1 / n) : Math.pow(x, 1 / n));
const sig = (z: number): number => 1 / (1 + Math.exp(-z));

const one = (
  name: string,
  text: string,
  closedForm: (x: number) => number,
  points: readonly (readonly number[])[],
  fromDeck = true,
): DerivativeCase => ({ name, text, variables: X, wrt: 'x', closedForm: (p) => closedForm(at(p)), points, fromDeck });

/** The deck's table (lines with \frac{d}{dx}), row by row. */
export const DECK_TABLE: readonly DerivativeCase[] = [
  one('d/dx c = 0 (c = 7)', '7', () => 0, ANY),
  one('d/dx c = 0 (c = −2.5)', '-2.5', () => 0, ANY),
  one('d/dx cx = c (c = 3)', '3x', () => 3, ANY),
  one('d/dx cx = c (c = −0.75)', '-0.75*x', () => -0.75, ANY),
  one('d/dx x^c = c x^(c−1) (c = 3)', 'x^3', (x) => 3 * x ** 2, ANY),
  one('d/dx x^c = c x^(c−1) (c = 2.5)', 'x^2.5', (x) => 2.5 * x ** 1.5, POS),
  one('d/dx x^c = c x^(c−1) (c = −3)', 'x^(-3)', (x) => -3 * x ** -4, ANY),
  one('d/dx c^x = c^x ln c (c = 2)', '2^x', (x) => 2 ** x * Math.log(2), ANY),
  one('d/dx c^x = c^x ln c (c = 0.5)', '0.5^x', (x) => 0.5 ** x * Math.log(0.5), ANY),
  one('d/dx x^x = x^x (1 + ln x)', 'x^x', (x) => x ** x * (1 + Math.log(x)), POS),
  one('d/dx e^x = e^x', 'e^x', (x) => Math.exp(x), ANY),
  one('d/dx exp(x) = e^x', 'exp(x)', (x) => Math.exp(x), ANY),
  one('d/dx 1/x = −1/x²', '1/x', (x) => -1 / x ** 2, ANY),
  one('d/dx 1/x² = −2/x³', '1/x^2', (x) => -2 / x ** 3, ANY),
  one('d/dx 1/xⁿ = −n/x^(n+1) (n = 4)', '1/x^4', (x) => -4 / x ** 5, ANY),
  one('d/dx 1/xⁿ = −n/x^(n+1) (n = 7)', '1/x^7', (x) => -7 / x ** 8, ANY),
  one('d/dx √x = 1/(2√x)', 'sqrt(x)', (x) => 1 / (2 * Math.sqrt(x)), POS),
  one('d/dx ∛x = 1/(3∛(x²))', 'cbrt(x)', (x) => 1 / (3 * Math.cbrt(x ** 2)), ANY),
  one('d/dx ⁿ√x = 1/(n ⁿ√(x^(n−1))) (n = 4)', 'nthRoot(x, 4)', (x) => 1 / (4 * root(x ** 3, 4)), POS),
  one('d/dx ⁿ√x = 1/(n ⁿ√(x^(n−1))) (n = 5)', 'nthRoot(x, 5)', (x) => 1 / (5 * root(x ** 4, 5)), ANY),
  one('d/dx 1/√x = −1/(2√(x³))', '1/sqrt(x)', (x) => -1 / (2 * Math.sqrt(x ** 3)), POS),
  one('d/dx 1/∛x = −1/(3∛(x⁴))', '1/cbrt(x)', (x) => -1 / (3 * Math.cbrt(x ** 4)), ANY),
  one('d/dx 1/ⁿ√x = −1/(n ⁿ√(x^(n+1))) (n = 4)', '1/nthRoot(x, 4)', (x) => -1 / (4 * root(x ** 5, 4)), POS),
  one('d/dx 1/ⁿ√x = −1/(n ⁿ√(x^(n+1))) (n = 6)', '1/nthRoot(x, 6)', (x) => -1 / (6 * root(x ** 7, 6)), POS),
  one('d/dx ln x = 1/x', 'ln(x)', (x) => 1 / x, POS),
  one('d/dx x ln x = ln x + 1', 'x*ln(x)', (x) => Math.log(x) + 1, POS),
  one('d/dx log_c x = 1/(x ln c) (c = 3)', 'log(x, 3)', (x) => 1 / (x * Math.log(3)), POS),
  one('d/dx log_c x = 1/(x ln c) (c = 0.5)', 'log(x, 0.5)', (x) => 1 / (x * Math.log(0.5)), POS),
  one('d/dx 1/ln x = −1/(x (ln x)²)', '1/ln(x)', (x) => -1 / (x * Math.log(x) ** 2), POS),
  one('d/dx 1/(x ln x) = −(ln x + 1)/(x ln x)²', '1/(x*ln(x))', (x) => -(Math.log(x) + 1) / (x * Math.log(x)) ** 2, POS),
  one(
    'd/dx 1/log_c x = −1/(x ln c (log_c x)²) (c = 10)', '1/log(x, 10)',
    (x) => -1 / (x * Math.log(10) * (Math.log(x) / Math.log(10)) ** 2), POS,
  ),
  one('d/dx 1/(x+1) = −1/(x+1)²', '1/(x+1)', (x) => -1 / (x + 1) ** 2, ANY),
  one('d/dx 1/(x+1)² = −2/(x+1)³', '1/(x+1)^2', (x) => -2 / (x + 1) ** 3, ANY),
  one('d/dx 1/(x+1)ⁿ = −n/(x+1)^(n+1) (n = 5)', '1/(x+1)^5', (x) => -5 / (x + 1) ** 6, ANY),
  one('d/dx 1/√(x+1) = −1/(2√((x+1)³))', '1/sqrt(x+1)', (x) => -1 / (2 * Math.sqrt((x + 1) ** 3)), POS),
  one('d/dx 1/∛(x+1) = −1/(3∛((x+1)⁴))', '1/cbrt(x+1)', (x) => -1 / (3 * Math.cbrt((x + 1) ** 4)), ANY),
  one(
    'd/dx 1/ⁿ√(x+1) = −1/(n ⁿ√((x+1)^(n+1))) (n = 4)', '1/nthRoot(x+1, 4)',
    (x) => -1 / (4 * root((x + 1) ** 5, 4)), POS,
  ),
  one('d/dx sin x = cos x', 'sin(x)', Math.cos, ANY),
  one('d/dx cos x = −sin x', 'cos(x)', (x) => -Math.sin(x), ANY),
  one('d/dx tan x = sec² x = 1/cos² x', 'tan(x)', (x) => sec(x) ** 2, ANY),
  one('d/dx cot x = −csc² x = −1/sin² x', 'cot(x)', (x) => -(csc(x) ** 2), ANY),
  one('d/dx csc x = −csc x cot x', 'csc(x)', (x) => -csc(x) * cot(x), ANY),
  one('d/dx sec x = sec x tan x', 'sec(x)', (x) => sec(x) * Math.tan(x), ANY),
  one('d/dx sinh x = cosh x', 'sinh(x)', Math.cosh, ANY),
  one('d/dx cosh x = sinh x', 'cosh(x)', Math.sinh, ANY),
  one('d/dx tanh x = 1 − tanh² x = sech² x', 'tanh(x)', (x) => sech(x) ** 2, ANY),
  one('d/dx coth x = −csch² x', 'coth(x)', (x) => -(csch(x) ** 2), ANY),
  one('d/dx csch x = −csch x coth x', 'csch(x)', (x) => -csch(x) * coth(x), ANY),
  one('d/dx sech x = −sech x tanh x', 'sech(x)', (x) => -sech(x) * Math.tanh(x), ANY),
];

const XY = ['x', 'y'] as const;
const DECK_NET = ['w1', 'w2', 'x1', 'x2', 'y'] as const;
const NET_POINTS = [[0.5, -0.25, 1, 2, 1], [0.3, -0.8, 1.5, 0.25, 1], [-2, 1, -0.5, 2, 0], [1.2, 0.7, -1, 3, 0]];
/** ŷ = σ(w₁x₁ + w₂x₂) at a point of DECK_NET. */
const yhat = (p: readonly number[]): number => sig(at(p, 0) * at(p, 2) + at(p, 1) * at(p, 3));

/** The deck's worked examples, with the chain-rule erratum corrected: 30x(3x²+1)⁴, not 30x(3²+1)⁴. */
export const DECK_EXAMPLES: readonly DerivativeCase[] = [
  one('chain rule: d/dx (3x²+1)⁵ = 30x(3x²+1)⁴', '(3x^2+1)^5', (x) => 30 * x * (3 * x ** 2 + 1) ** 4, pts(-1.1, -0.3, 0.5, 1.2)),
  {
    name: 'multivariable chain rule: ∂/∂x [(xy)² + (x+y²)³] = 2xy² + 3(x+y²)²',
    text: '(x*y)^2 + (x + y^2)^3', variables: XY, wrt: 'x', fromDeck: true,
    closedForm: (p) => 2 * at(p, 0) * at(p, 1) ** 2 + 3 * (at(p, 0) + at(p, 1) ** 2) ** 2,
    points: [[1, 2], [-0.5, 1.5], [2, -1], [0.3, -0.7]],
  },
  {
    name: 'multivariable chain rule: ∂/∂y [(xy)² + (x+y²)³] = 2x²y + 6y(x+y²)²',
    text: '(x*y)^2 + (x + y^2)^3', variables: XY, wrt: 'y', fromDeck: true,
    closedForm: (p) => 2 * at(p, 0) ** 2 * at(p, 1) + 6 * at(p, 1) * (at(p, 0) + at(p, 1) ** 2) ** 2,
    points: [[1, 2], [-0.5, 1.5], [2, -1], [0.3, -0.7]],
  },
  {
    name: 'deck network: ∂L/∂w₁ = (ŷ−y)·ŷ(1−ŷ)·x₁',
    text: '1/2*(sigmoid(w1*x1 + w2*x2) - y)^2', variables: DECK_NET, wrt: 'w1', fromDeck: true,
    closedForm: (p) => (yhat(p) - at(p, 4)) * yhat(p) * (1 - yhat(p)) * at(p, 2),
    points: NET_POINTS,
  },
  {
    name: 'deck network: ∂L/∂w₂ = (ŷ−y)·ŷ(1−ŷ)·x₂',
    text: '1/2*(sigmoid(w1*x1 + w2*x2) - y)^2', variables: DECK_NET, wrt: 'w2', fromDeck: true,
    closedForm: (p) => (yhat(p) - at(p, 4)) * yhat(p) * (1 - yhat(p)) * at(p, 3),
    points: NET_POINTS,
  },
];

/** Further functions: the rest of the allow-list and the sum/product/quotient rules. */
export const EXTRA: readonly DerivativeCase[] = [
  one('arcsin', 'asin(x)', (x) => 1 / Math.sqrt(1 - x * x), pts(-0.7, 0.1, 0.6), false),
  one('arccos', 'acos(x)', (x) => -1 / Math.sqrt(1 - x * x), pts(-0.7, 0.1, 0.6), false),
  one('arctan', 'atan(x)', (x) => 1 / (1 + x * x), ANY, false),
  one('arsinh', 'asinh(x)', (x) => 1 / Math.sqrt(x * x + 1), ANY, false),
  one('arcosh', 'acosh(x)', (x) => 1 / Math.sqrt(x * x - 1), pts(1.2, 2, 3.5), false),
  one('artanh', 'atanh(x)', (x) => 1 / (1 - x * x), pts(-0.7, 0.1, 0.6), false),
  one('log10', 'log10(x)', (x) => 1 / (x * Math.LN10), POS, false),
  one('log2', 'log2(x)', (x) => 1 / (x * Math.LN2), POS, false),
  one('sigmoid: σ′ = σ(1 − σ)', 'sigmoid(x)', (x) => sig(x) * (1 - sig(x)), ANY, false),
  one('softplus′ = σ', 'softplus(x)', sig, ANY, false),
  one('relu (away from 0)', 'relu(x)', (x) => (x > 0 ? 1 : 0), ANY, false),
  one('|x| (away from 0)', 'abs(x)', Math.sign, ANY, false),
  one('product rule: x² sin x', 'x^2*sin(x)', (x) => 2 * x * Math.sin(x) + x * x * Math.cos(x), ANY, false),
  one(
    'quotient rule (f′g − fg′)/g²: (x²+1)/(x−3)', '(x^2+1)/(x-3)',
    (x) => (2 * x * (x - 3) - (x * x + 1)) / (x - 3) ** 2, ANY, false,
  ),
  one('sin(x)/x', 'sin(x)/x', (x) => (x * Math.cos(x) - Math.sin(x)) / (x * x), ANY, false),
  one('e^(sin x)', 'exp(sin(x))', (x) => Math.exp(Math.sin(x)) * Math.cos(x), ANY, false),
  one('ln(1 + x²)', 'ln(1 + x^2)', (x) => (2 * x) / (1 + x * x), ANY, false),
  one('√(1 + x²)', 'sqrt(1 + x^2)', (x) => x / Math.sqrt(1 + x * x), ANY, false),
  one('tan(x²)', 'tan(x^2)', (x) => 2 * x * sec(x * x) ** 2, pts(-1.1, -0.3, 0.5, 1.2), false),
  one('sigmoid(3x − 1)²', 'sigmoid(3x - 1)^2', (x) => 2 * sig(3 * x - 1) ** 2 * (1 - sig(3 * x - 1)) * 3, ANY, false),
  one('x³ − 2x + 1', 'x^3 - 2x + 1', (x) => 3 * x * x - 2, ANY, false),
  one('tanh(2x)·cos(x)', 'tanh(2x)*cos(x)', (x) => 2 * sech(2 * x) ** 2 * Math.cos(x) - Math.tanh(2 * x) * Math.sin(x), ANY, false),
  {
    name: 'Rosenbrock ∂/∂x = −2(1−x) − 400x(y−x²)', text: '(1 - x)^2 + 100*(y - x^2)^2', variables: XY, wrt: 'x',
    closedForm: (p) => -2 * (1 - at(p, 0)) - 400 * at(p, 0) * (at(p, 1) - at(p, 0) ** 2),
    points: [[1, 2], [-0.5, 1.5], [2, -1]], fromDeck: false,
  },
  {
    name: 'Rosenbrock ∂/∂y = 200(y − x²)', text: '(1 - x)^2 + 100*(y - x^2)^2', variables: XY, wrt: 'y',
    closedForm: (p) => 200 * (at(p, 1) - at(p, 0) ** 2),
    points: [[1, 2], [-0.5, 1.5], [2, -1]], fromDeck: false,
  },
  {
    name: 'x^y ∂/∂y = x^y ln x', text: 'x^y', variables: XY, wrt: 'y',
    closedForm: (p) => at(p, 0) ** at(p, 1) * Math.log(at(p, 0)),
    points: [[1.5, 2], [0.5, -1.3], [3, 0.4]], fromDeck: false,
  },
  {
    name: 'sin(xy) ∂/∂x = y cos(xy)', text: 'sin(x*y)', variables: XY, wrt: 'x',
    closedForm: (p) => at(p, 1) * Math.cos(at(p, 0) * at(p, 1)),
    points: [[1, 2], [-0.5, 1.5], [2, -1]], fromDeck: false,
  },
];

export const ALL_CASES: readonly DerivativeCase[] = [...DECK_TABLE, ...DECK_EXAMPLES, ...EXTRA];
