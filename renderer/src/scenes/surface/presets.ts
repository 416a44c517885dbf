/**
 * Example surfaces from the deck's gradient-descent chapter (DESIGN.md §3.5) and the classic
 * optimisation test functions, each with a domain that frames its interesting part. A preset may
 * name its two axes (the deck's loss is a function of w₁, w₂) and carry parameters the student
 * edits with sliders (the data point x₁, x₂, y of that loss). The first preset opens the app.
 */
import type { MessageKey } from '../../i18n/messages';
import type { Domain } from './world-frame';

export interface PresetParam {
  readonly name: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

export interface SurfacePreset {
  readonly id: string;
  readonly name: MessageKey;
  readonly formula: string;
  readonly axes: readonly [string, string];
  readonly params: readonly PresetParam[];
  readonly domain: Domain;
  /** Where the point (a, b) starts. */
  readonly point: readonly [number, number];
}

const XY = ['x', 'y'] as const;
const square = (r: number): Domain => ({ xMin: -r, xMax: r, yMin: -r, yMax: r });

export const SURFACE_PRESETS: readonly SurfacePreset[] = [
  { id: 'bowl', name: 'preset.bowl', formula: 'x^2 + y^2', axes: XY, params: [], domain: square(3), point: [1.5, 1] },
  { id: 'ill-bowl', name: 'preset.illBowl', formula: '0.5x^2 + 5y^2', axes: XY, params: [], domain: square(3), point: [-2.5, 1.5] },
  { id: 'saddle', name: 'preset.saddle', formula: 'x^2 - y^2', axes: XY, params: [], domain: square(2), point: [0.8, 0.5] },
  { id: 'rosenbrock', name: 'preset.rosenbrock', formula: '(1 - x)^2 + 100(y - x^2)^2', axes: XY, params: [], domain: { xMin: -2, xMax: 2, yMin: -1, yMax: 3 }, point: [-1.2, 1] },
  { id: 'himmelblau', name: 'preset.himmelblau', formula: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2', axes: XY, params: [], domain: square(5), point: [0, 0] },
  {
    id: 'beale',
    name: 'preset.beale',
    formula: '(1.5 - x + x y)^2 + (2.25 - x + x y^2)^2 + (2.625 - x + x y^3)^2',
    axes: XY,
    params: [],
    domain: square(4.5),
    point: [1, 1],
  },
  { id: 'rastrigin', name: 'preset.rastrigin', formula: '20 + x^2 - 10cos(2pi x) + y^2 - 10cos(2pi y)', axes: XY, params: [], domain: square(5.12), point: [2.2, -1.3] },
  {
    id: 'deck-loss',
    name: 'preset.deckLoss',
    formula: '1/2 (sigmoid(w1 x1 + w2 x2) - y)^2',
    axes: ['w1', 'w2'],
    params: [
      { name: 'x1', value: 1, min: -3, max: 3, step: 0.1 },
      { name: 'x2', value: 2, min: -3, max: 3, step: 0.1 },
      { name: 'y', value: 1, min: 0, max: 1, step: 0.05 },
    ],
    domain: square(6),
    point: [0, 0],
  },
  { id: 'ripple', name: 'preset.ripple', formula: 'sin(x) cos(y) + 0.1(x^2 + y^2)', axes: XY, params: [], domain: square(5), point: [1, 0.5] },
];

export const DEFAULT_PRESET: SurfacePreset = SURFACE_PRESETS[0]!;
