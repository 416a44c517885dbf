/**
 * Example surfaces from the deck's gradient-descent chapter (DESIGN.md §3.5), each with a domain
 * that frames its interesting part. The first one is what the app opens on.
 */
import type { MessageKey } from '../../i18n/messages';
import type { Domain } from './world-frame';

export interface SurfacePreset {
  readonly id: string;
  readonly name: MessageKey;
  readonly formula: string;
  readonly domain: Domain;
}

export const SURFACE_PRESETS: readonly SurfacePreset[] = [
  { id: 'bowl', name: 'preset.bowl', formula: 'x^2 + y^2', domain: { xMin: -3, xMax: 3, yMin: -3, yMax: 3 } },
  { id: 'ill-bowl', name: 'preset.illBowl', formula: '0.5x^2 + 5y^2', domain: { xMin: -3, xMax: 3, yMin: -3, yMax: 3 } },
  { id: 'saddle', name: 'preset.saddle', formula: 'x^2 - y^2', domain: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 } },
  { id: 'ripple', name: 'preset.ripple', formula: 'sin(x) cos(y) + 0.1(x^2 + y^2)', domain: { xMin: -5, xMax: 5, yMin: -5, yMax: 5 } },
  { id: 'rosenbrock', name: 'preset.rosenbrock', formula: '(1 - x)^2 + 100(y - x^2)^2', domain: { xMin: -2, xMax: 2, yMin: -1, yMax: 3 } },
  { id: 'himmelblau', name: 'preset.himmelblau', formula: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2', domain: { xMin: -5, xMax: 5, yMin: -5, yMax: 5 } },
];

export const DEFAULT_PRESET: SurfacePreset = SURFACE_PRESETS[0]!;
