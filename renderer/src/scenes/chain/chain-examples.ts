/**
 * The chapter's presets as data (lesson steps and saved documents pick them by id): one-variable
 * compositions with a window and a starting x, and several-variable z(u, v), u(x, y), v(x, y).
 */

export interface SingleExample {
  readonly id: string;
  /** What the student would type. */
  readonly formula: string;
  /** Short display form for the menu (plain Unicode). */
  readonly label: string;
  readonly x: number;
  readonly xMin: number;
  readonly xMax: number;
}

export const SINGLE_EXAMPLES: readonly SingleExample[] = [
  { id: 'deck', formula: '(3x^2 + 1)^5', label: '(3x² + 1)⁵', x: 1, xMin: -1.2, xMax: 1.2 },
  { id: 'sin-square', formula: 'sin(x^2)', label: 'sin(x²)', x: 1, xMin: -3, xMax: 3 },
  { id: 'gaussian', formula: 'e^(-x^2)', label: 'e^(−x²)', x: 0.7, xMin: -2.5, xMax: 2.5 },
  { id: 'log', formula: 'ln(1 + x^2)', label: 'ln(1 + x²)', x: 1, xMin: -3, xMax: 3 },
  { id: 'sqrt', formula: 'sqrt(x^2 + 1)', label: '√(x² + 1)', x: 1, xMin: -3, xMax: 3 },
  { id: 'neuron', formula: 'sigmoid(2x - 1)', label: 'σ(2x − 1)', x: 0.5, xMin: -3, xMax: 4 },
];

export const DEFAULT_SINGLE: SingleExample = SINGLE_EXAMPLES[0]!;

export interface MultiExample {
  readonly id: string;
  readonly z: string;
  readonly u: string;
  readonly v: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
}

export const MULTI_EXAMPLES: readonly MultiExample[] = [
  { id: 'deck', z: 'u^2 + v^3', u: 'x y', v: 'x + y^2', label: 'z = u² + v³, u = xy, v = x + y²', x: 1, y: 2 },
  // The two paths of ∂z/∂y cancel: z = x² does not depend on the angle y.
  { id: 'polar', z: 'u^2 + v^2', u: 'x cos(y)', v: 'x sin(y)', label: 'z = u² + v², u = x cos y, v = x sin y', x: 1.5, y: 0.7 },
  { id: 'product', z: 'u v', u: 'x + y', v: 'x - y', label: 'z = uv, u = x + y, v = x − y', x: 2, y: 1 },
  { id: 'neuron', z: 'sigmoid(u + v)', u: '0.5 x', v: '-0.25 y', label: 'z = σ(u + v), u = 0.5x, v = −0.25y', x: 1, y: 2 },
];

export const DEFAULT_MULTI: MultiExample = MULTI_EXAMPLES[0]!;
