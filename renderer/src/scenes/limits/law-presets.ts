/**
 * Presets of the limit-laws section as data: pairs f, g at a for the four arithmetic laws (one
 * where every law holds, and the quotient cases B = 0 the law leaves out: 0/0 can be 1, 0 or ∞,
 * and A ≠ 0 over B = 0 has no limit), and inner/outer pairs for the composition law.
 */
import type { MessageKey } from '../../i18n/messages';

export interface LawPreset {
  readonly id: string;
  readonly label: MessageKey;
  readonly f: string;
  readonly g: string;
  readonly a: number;
}

export const LAW_PRESETS: readonly LawPreset[] = [
  { id: 'polynomials', label: 'limits.lawPreset.polynomials', f: 'x^2', g: 'x + 1', a: 2 },
  { id: 'same', label: 'limits.lawPreset.same', f: 'x', g: 'x', a: 0 },
  { id: 'faster', label: 'limits.lawPreset.faster', f: 'x^2', g: 'x', a: 0 },
  { id: 'slower', label: 'limits.lawPreset.slower', f: 'x', g: 'x^2', a: 0 },
  { id: 'one', label: 'limits.lawPreset.one', f: '1', g: 'x', a: 0 },
];

export interface CompositionPreset {
  readonly id: string;
  readonly label: MessageKey;
  /** Inner function f(x). */
  readonly inner: string;
  /** Outer function g(u). */
  readonly outer: string;
  readonly x0: number;
  /** Half-widths of the two plots' x windows: around x₀ (top) and around u = a (bottom). */
  readonly span: number;
  readonly uSpan: number;
}

export const COMPOSITION_PRESETS: readonly CompositionPreset[] = [
  { id: 'continuous', label: 'limits.compPreset.continuous', inner: '3x^2 + 1', outer: 'u^5', x0: 0, span: 0.6, uSpan: 0.6 },
  { id: 'constant', label: 'limits.compPreset.constant', inner: '0', outer: '|sign(u)|', x0: 0, span: 2, uSpan: 2 },
  { id: 'avoids', label: 'limits.compPreset.avoids', inner: 'x', outer: '|sign(u)|', x0: 0, span: 2, uSpan: 2 },
];

export const DEFAULT_LAW_PRESET: LawPreset = LAW_PRESETS[0]!;
export const DEFAULT_COMPOSITION_PRESET: CompositionPreset = COMPOSITION_PRESETS[0]!;
