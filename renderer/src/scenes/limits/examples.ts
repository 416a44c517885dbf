/**
 * The chapter's examples as data: the deck's opening picture (x² at 3 is its ε-δ example), the
 * classic cases of every verdict, and the deck's two stories (water heating towards 100 °C, a
 * braking car whose speed goes to 0) as functions of time t.
 */
import type { MessageKey } from '../../i18n/messages';
import { finite, PLUS_INFINITY, type ApproachPoint } from './approach-point';

export type ExampleVariable = 'x' | 't';

export interface LimitExample {
  readonly id: string;
  /** Chip text (formula examples are written in plain Unicode; stories are translated). */
  readonly label: MessageKey;
  readonly formula: string;
  readonly variable: ExampleVariable;
  readonly point: ApproachPoint;
  /** The plot's x window (and y window when the automatic one would not frame the story). */
  readonly view: { readonly xMin: number; readonly xMax: number; readonly yMin?: number; readonly yMax?: number };
  /** ε the ε-δ section starts with. */
  readonly eps: number;
  /** A story told beside the plot, with axis names and units. */
  readonly story?: { readonly title: MessageKey; readonly body: MessageKey; readonly xLabel: MessageKey; readonly yLabel: MessageKey; readonly fn: string };
}

export const LIMIT_EXAMPLES: readonly LimitExample[] = [
  { id: 'square', label: 'limits.ex.square', formula: 'x^2', variable: 'x', point: finite(3), view: { xMin: 0, xMax: 6 }, eps: 1 },
  { id: 'sinc', label: 'limits.ex.sinc', formula: 'sin(x)/x', variable: 'x', point: finite(0), view: { xMin: -10, xMax: 10 }, eps: 0.1 },
  { id: 'hole', label: 'limits.ex.hole', formula: '(x^2 - 4)/(x - 2)', variable: 'x', point: finite(2), view: { xMin: -1, xMax: 5 }, eps: 0.5 },
  { id: 'sign', label: 'limits.ex.sign', formula: '|x|/x', variable: 'x', point: finite(0), view: { xMin: -3, xMax: 3, yMin: -2, yMax: 2 }, eps: 0.5 },
  { id: 'reciprocal', label: 'limits.ex.reciprocal', formula: '1/x', variable: 'x', point: finite(0), view: { xMin: -3, xMax: 3, yMin: -10, yMax: 10 }, eps: 1 },
  { id: 'wild', label: 'limits.ex.wild', formula: 'sin(1/x)', variable: 'x', point: finite(0), view: { xMin: -1, xMax: 1, yMin: -1.5, yMax: 1.5 }, eps: 0.5 },
  {
    id: 'water',
    label: 'limits.ex.water',
    formula: '100 - 80e^(-t/5)',
    variable: 't',
    point: PLUS_INFINITY,
    view: { xMin: 0, xMax: 40, yMin: 0, yMax: 110 },
    eps: 1,
    story: { title: 'limits.story.water.title', body: 'limits.story.water.body', xLabel: 'limits.story.water.x', yLabel: 'limits.story.water.y', fn: 'T' },
  },
  {
    id: 'car',
    label: 'limits.ex.car',
    formula: 'relu(20 - 5t)',
    variable: 't',
    point: finite(4),
    view: { xMin: 0, xMax: 6, yMin: -2, yMax: 22 },
    eps: 1,
    story: { title: 'limits.story.car.title', body: 'limits.story.car.body', xLabel: 'limits.story.car.x', yLabel: 'limits.story.car.y', fn: 'v' },
  },
];

export const DEFAULT_EXAMPLE: LimitExample = LIMIT_EXAMPLES[0]!;

export function exampleById(id: string): LimitExample | undefined {
  return LIMIT_EXAMPLES.find((e) => e.id === id);
}
