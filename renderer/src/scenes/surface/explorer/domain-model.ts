/**
 * Validation of what the student types into the domain and point boxes. A refused value comes
 * back as a bilingual message and the caller keeps its last good value.
 */
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';
import type { Domain } from '../world-frame';

/** Largest |coordinate| accepted: beyond it float32 GPU positions lose the surface's detail. */
export const MAX_ABS_COORD = 1e6;
/** Smallest span relative to the coordinates' magnitude: below it samples collapse onto equal floats. */
export const MIN_RELATIVE_SPAN = 1e-6;
/** Resolutions offered (grid points per side). */
export const RESOLUTIONS = [64, 128, 256] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** The four range boxes as typed. */
export interface DomainDraft {
  readonly xMin: string;
  readonly xMax: string;
  readonly yMin: string;
  readonly yMax: string;
}

/**
 * A number typed by a person: accepts a Unicode minus, surrounding spaces and exponent form
 * (1e-3); refuses empty text, words, NaN and infinities.
 */
export function parseNumber(raw: string): Result<number, LocalizedText> {
  const s = raw.trim().replace(/[−–]/g, '-');
  if (s === '') return err(text('Enter a number.', '请输入一个数。'));
  // Number('') is 0 and Number('0x10') is 16: accept plain decimal notation only.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return err(text(`"${raw.trim()}" is not a number.`, `“${raw.trim()}”不是一个数。`));
  const v = Number(s);
  if (!Number.isFinite(v)) return err(text('The number is too large.', '这个数太大了。'));
  return ok(v);
}

/** `v` clamped into [lo, hi]. */
export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function checkAxis(name: 'x' | 'y', lo: number, hi: number): LocalizedText | null {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    return text(`The ${name} range must be made of finite numbers.`, `${name} 的范围必须是有限的数。`);
  }
  if (Math.abs(lo) > MAX_ABS_COORD || Math.abs(hi) > MAX_ABS_COORD) {
    return text(`The ${name} range must stay within ±1,000,000.`, `${name} 的范围必须在 ±1,000,000 以内。`);
  }
  if (lo === hi) return text(`The ${name} range is empty: the minimum equals the maximum.`, `${name} 的范围是空的：最小值等于最大值。`);
  if (lo > hi) return text(`The ${name} minimum must be smaller than the maximum.`, `${name} 的最小值必须小于最大值。`);
  if (hi - lo < MIN_RELATIVE_SPAN * Math.max(1, Math.abs(lo), Math.abs(hi))) {
    return text(`The ${name} range is too narrow to draw.`, `${name} 的范围太窄，无法绘制。`);
  }
  return null;
}

/** Checks a domain: finite, within ±MAX_ABS_COORD, min < max, and a drawable span on each axis. */
export function validateDomain(d: Domain): Result<Domain, LocalizedText> {
  const problem = checkAxis('x', d.xMin, d.xMax) ?? checkAxis('y', d.yMin, d.yMax);
  return problem ? err(problem) : ok({ xMin: d.xMin, xMax: d.xMax, yMin: d.yMin, yMax: d.yMax });
}

/** Parses and checks the four typed boxes; the first problem is reported, naming the box. */
export function validateDomainDraft(draft: DomainDraft): Result<Domain, LocalizedText> {
  const names: Record<keyof DomainDraft, readonly [string, string]> = {
    xMin: ['x minimum', 'x 最小值'],
    xMax: ['x maximum', 'x 最大值'],
    yMin: ['y minimum', 'y 最小值'],
    yMax: ['y maximum', 'y 最大值'],
  };
  const values: Partial<Record<keyof DomainDraft, number>> = {};
  for (const key of ['xMin', 'xMax', 'yMin', 'yMax'] as const) {
    const r = parseNumber(draft[key]);
    if (!r.ok) {
      const [en, zh] = names[key];
      return err(text(`${en}: ${r.error.en}`, `${zh}：${r.error['zh-CN']}`));
    }
    values[key] = r.value;
  }
  return validateDomain({ xMin: values.xMin ?? NaN, xMax: values.xMax ?? NaN, yMin: values.yMin ?? NaN, yMax: values.yMax ?? NaN });
}

/** True when `n` is one of the offered resolutions. */
export function isResolution(n: number): n is Resolution {
  return (RESOLUTIONS as readonly number[]).includes(n);
}

/** A slider step for a range: about 1/400 of the span, rounded down to 1, 2 or 5 × 10^k. */
export function sliderStep(lo: number, hi: number): number {
  const raw = (hi - lo) / 400;
  if (!(raw > 0) || !Number.isFinite(raw)) return 0.01;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const n = raw / mag;
  return (n < 2 ? 1 : n < 5 ? 2 : 5) * mag;
}
