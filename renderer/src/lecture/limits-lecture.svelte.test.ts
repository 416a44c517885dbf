import { describe, expect, it } from 'vitest';
import { finite } from '../scenes/limits/approach-point';
import { LimitsSession } from '../scenes/limits/limits-session.svelte';
import { WALK_START } from '../scenes/limits/walkers';
import { limitsLectureTarget } from './limits-lecture';
import { LIMITS_LECTURE } from './steps/limits';

const steps = LIMITS_LECTURE.steps;
const at = (needle: string): number => {
  const i = steps.findIndex((s) => s.caption.en.includes(needle));
  if (i < 0) throw new Error(`no step says ${needle}`);
  return i;
};
/** The deck's δ for x² at 3, written without cancellation: √(9+ε) − 3 = ε/(√(9+ε) + 3). */
const deckDelta = (eps: number): number => eps / (Math.sqrt(9 + eps) + 3);
const delta = (s: LimitsSession): number => (s.instrument?.ok && s.instrument.value.kind === 'delta' ? s.instrument.value.delta : Number.NaN);

describe("chapter 1's lecture on the limits scene", () => {
  it('has a caption in both languages for every step, written for the hall', () => {
    expect(LIMITS_LECTURE.chapterId).toBe('limits');
    for (const s of steps) {
      expect(s.caption.en.length).toBeGreaterThan(20);
      expect(s.caption.en.length).toBeLessThan(220);
      expect(s.caption['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(s.caption['zh-CN']).toMatch(/[。）]$/);
      expect(s.caption['zh-CN']).not.toMatch(/[\u4e00-\u9fff][,.:;]/);
    }
  });

  it('walks towards 3 on x² and plays the walkers', () => {
    const s = new LimitsSession();
    const t = limitsLectureTarget(s);
    t.show(0, null);
    expect(s.section).toBe('approach');
    expect(s.point).toEqual(finite(3));
    expect(s.analysis.ok && s.analysis.value.value).toBe(9);
    expect(s.progress).toBe(WALK_START);
    t.show(1, 0);
    expect(s.playing).toBe(true);
    t.show(0, null);
    expect(s.playing).toBe(false);
  });

  it('shows the examples with the verdicts the captions name', () => {
    const s = new LimitsSession();
    const t = limitsLectureTarget(s);
    const verdict = (): string | undefined => (s.analysis.ok ? s.analysis.value.verdict : undefined);
    t.show(at('removable hole'), null);
    expect(s.exampleId).toBe('hole');
    expect(verdict()).toBe('exists');
    expect(s.analysis.ok && s.analysis.value.value).toBe(4);
    expect(s.analysis.ok && s.analysis.value.removable).toBe(true);
    expect(s.f.fn(2)).toBeNaN();
    expect(s.playing).toBe(true);
    t.show(at('|x|/x'), null);
    expect(verdict()).toBe('one-sided-only');
    t.show(at('1/x grows'), null);
    expect(verdict()).toBe('infinite');
    t.show(at('sin(1/x)'), null);
    expect(verdict()).toBe('oscillates');
    // The y window of the oscillating example is its own, not left over from 1/x's.
    expect(s.baseView).toEqual({ xMin: -1, xMax: 1, yMin: -1.5, yMax: 1.5 });
  });

  it('finds the largest δ the captions quote for x² at 3, which is the deck’s √(9+ε) − 3', () => {
    const s = new LimitsSession();
    const t = limitsLectureTarget(s);
    const one = at('ε = 1: the band');
    t.show(one, null);
    expect(s.section).toBe('epsilon');
    expect(s.deckSquare).toBe(true);
    expect(delta(s)).toBeCloseTo(deckDelta(1), 9);
    expect(deckDelta(1).toFixed(4)).toBe('0.1623');
    expect(steps[one]!.caption.en).toContain(deckDelta(1).toFixed(4));
    t.show(one + 1, one);
    expect(s.epsilon).toBe(0.1);
    expect(delta(s)).toBeCloseTo(deckDelta(0.1), 10);
    expect(steps[one + 1]!.caption.en).toContain(deckDelta(0.1).toPrecision(4));
  });

  it('answers the challenge δ = 0.5 with a counterexample and accepts δ = 0.15', () => {
    const s = new LimitsSession();
    const t = limitsLectureTarget(s);
    const k = at('claims δ = 0.5');
    t.show(k, null);
    expect(s.hideAnswer).toBe(true);
    expect(s.check?.ok && s.check.value.kind).toBe('counterexample');
    if (s.check?.ok && s.check.value.kind === 'counterexample') {
      const p = s.check.value.point;
      expect(Math.abs(p.x - 3)).toBeLessThan(0.5);
      expect(Math.abs(p.x * p.x - 9)).toBeGreaterThanOrEqual(1);
    }
    t.show(k + 1, k);
    expect(0.15).toBeLessThan(deckDelta(1));
    expect(s.check?.ok && s.check.value.kind).toBe('confirmed');
    expect(2.85 ** 2).toBeCloseTo(8.1225, 12);
    expect(3.15 ** 2).toBeCloseTo(9.9225, 12);
  });

  it('states the laws with the numbers the captions give, and the composition law’s missing condition', () => {
    const s = new LimitsSession();
    const t = limitsLectureTarget(s);
    const k = at('A + B = 7');
    t.show(k, null);
    const row = (op: string) => s.laws.rows.find((r) => r.op === op);
    expect(s.laws.A?.value).toBe(2 ** 2);
    expect(s.laws.B?.value).toBe(2 + 1);
    expect(row('sum')?.numeric?.value).toBeCloseTo(7, 9);
    expect(row('difference')?.numeric?.value).toBeCloseTo(1, 9);
    expect(row('product')?.numeric?.value).toBeCloseTo(12, 9);
    expect(row('quotient')?.numeric?.value).toBeCloseTo(4 / 3, 9);
    t.show(k + 1, k);
    expect(s.lawOp).toBe('product');
    t.show(at('B = 0 the quotient'), null);
    expect(row('quotient')?.status).toBe('zero-denominator');
    expect(row('quotient')?.numeric?.value).toBeCloseTo(1, 9);
    t.show(at('Composition:'), null);
    expect(s.lawsMode).toBe('composition');
    expect(s.composition.status).toBe('theorem');
    expect(s.composition.composed?.value).toBeCloseTo(1, 9);
    t.show(at('gives no condition'), null);
    expect(s.composition.status).toBe('not-covered');
    expect(s.composition.outer?.value).toBeCloseTo(1, 9);
    expect(s.composition.composed?.value).toBe(0);
  });

  it('keeps what the presenter changed when stepping forward by one, and rebuilds on a jump', () => {
    const s = new LimitsSession();
    const t = limitsLectureTarget(s);
    const one = at('ε = 1: the band');
    t.show(one, null);
    s.setLimitText('9');
    s.hideAnswer = true;
    t.show(one + 1, one);
    expect(s.epsilon).toBe(0.1);
    expect(s.limitText).toBe('9');
    expect(s.hideAnswer).toBe(true);
    t.show(one + 1, null);
    expect(s.limitText).toBe('');
    expect(s.hideAnswer).toBe(false);
    // A presenter's typed formula survives a step that does not set one.
    t.show(0, null);
    s.setFormula('x^3');
    t.show(1, 0);
    expect(s.f.text).toBe('x^3');
    s.destroy();
  });
});
