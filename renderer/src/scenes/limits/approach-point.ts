/**
 * Where x goes: a finite number a, or ±∞ (the water-temperature story, t → ∞). Typed by the
 * student as a constant expression ("3", "pi/2", "-sqrt 2") or as an infinity ("∞", "inf", "-∞").
 */
import { evaluateExpr } from '$shared/expr/evaluate';
import { parseExpr } from '$shared/expr/parse';
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';
import { formatSig } from '../surface/explorer/format';

export type ApproachPoint = { readonly kind: 'finite'; readonly a: number } | { readonly kind: 'infinity'; readonly sign: 1 | -1 };

export const finite = (a: number): ApproachPoint => ({ kind: 'finite', a });
export const PLUS_INFINITY: ApproachPoint = { kind: 'infinity', sign: 1 };
export const MINUS_INFINITY: ApproachPoint = { kind: 'infinity', sign: -1 };

const INFINITY_TEXT = /^([+\-−])?\s*(∞|inf|infinity|oo)$/i;

/** Reads the point: ±∞ spellings first, otherwise a constant formula that must evaluate to a finite number. */
export function parsePoint(input: string): Result<ApproachPoint, LocalizedText> {
  const s = input.trim();
  const inf = INFINITY_TEXT.exec(s);
  if (inf) return ok(inf[1] === '-' || inf[1] === '−' ? MINUS_INFINITY : PLUS_INFINITY);
  const parsed = parseExpr(s, { variables: [] });
  if (!parsed.ok) return err(parsed.error.message);
  const a = evaluateExpr(parsed.value, [], []);
  if (!Number.isFinite(a)) return err(text('The point must be a finite number (or ∞, −∞).', '趋近点必须是有限的数（或 ∞、−∞）。'));
  if (Math.abs(a) > 1e6) return err(text('Choose a point with |a| ≤ 10⁶.', '请选择 |a| ≤ 10⁶ 的点。'));
  return ok(finite(a));
}

/** The point as the student would type it back. */
export function pointText(p: ApproachPoint): string {
  if (p.kind === 'infinity') return p.sign > 0 ? '∞' : '−∞';
  return formatSig(p.a, 10);
}

/** The point in LaTeX: 3, -2, +\infty. */
export function pointLatex(p: ApproachPoint): string {
  if (p.kind === 'infinity') return p.sign > 0 ? '+\\infty' : '-\\infty';
  return formatSig(p.a, 8).replace(/−/g, '-');
}

export function samePoint(p: ApproachPoint, q: ApproachPoint): boolean {
  return p.kind === 'finite' ? q.kind === 'finite' && q.a === p.a : q.kind === 'infinity' && q.sign === p.sign;
}
