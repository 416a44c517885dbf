import { afterEach, describe, expect, it, vi } from 'vitest';
import { compile } from '$shared/expr/compile';
import { differentiate } from '$shared/expr/derivative';
import { DerivativesSession, PLAY_TARGET_EXP } from '../scenes/derivatives/derivatives-session.svelte';
import { SURFACE_PRESETS } from '../scenes/surface/presets';
import { SurfaceSession } from '../scenes/surface/surface-session.svelte';
import { derivativesLectureTarget } from './derivatives-lecture';
import { DERIVATIVES_LECTURE } from './steps/derivatives';

const steps = DERIVATIVES_LECTURE.steps;
const at = (needle: string): number => {
  const i = steps.findIndex((s) => s.caption.en.includes(needle));
  if (i < 0) throw new Error(`no step says ${needle}`);
  return i;
};
const sessions: DerivativesSession[] = [];
function fresh(surface: SurfaceSession | null = null): DerivativesSession {
  const s = new DerivativesSession(surface);
  sessions.push(s);
  return s;
}
afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
  vi.useRealTimers();
});

describe("chapter 2's lecture on the derivatives scene", () => {
  it('has a caption in both languages for every step, and names only surfaces that exist', () => {
    expect(DERIVATIVES_LECTURE.chapterId).toBe('derivatives');
    const ids = new Set(SURFACE_PRESETS.map((p) => p.id));
    for (const s of steps) {
      expect(s.caption.en.length).toBeGreaterThan(20);
      expect(s.caption.en.length).toBeLessThan(220);
      expect(s.caption['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(s.caption['zh-CN']).toMatch(/。$/);
      expect(s.caption['zh-CN']).not.toMatch(/[\u4e00-\u9fff][,.:;]/);
      for (const e of s.action.effects ?? []) if (e.kind === 'surface') expect(ids.has(e.presetId)).toBe(true);
    }
  });

  it('opens the secant of sin at 1 with h = 1, then plays h → 0 towards cos 1', () => {
    vi.useFakeTimers();
    const s = fresh();
    const t = derivativesLectureTarget(s);
    t.show(0, null);
    expect(s.section).toBe('secant');
    expect(s.h).toBe(1);
    const avg = Math.sin(2) - Math.sin(1);
    expect(s.secant.slope).toBeCloseTo(avg, 12);
    expect(steps[0]!.caption.en).toContain(avg.toFixed(4));
    t.show(1, 0);
    expect(s.playing).toBe('secant');
    vi.advanceTimersByTime(60_000);
    expect(s.playing).toBeNull();
    expect(s.hExp).toBe(PLAY_TARGET_EXP);
    expect(s.secant.slope).toBeCloseTo(Math.cos(1), 7);
    expect(steps[1]!.caption.en).toContain(Math.cos(1).toFixed(4));
  });

  it('shows a falling sin at 2.5 and the table where h = 10⁻¹⁶ gives 0', () => {
    const s = fresh();
    const t = derivativesLectureTarget(s);
    const k = at('sign of f′');
    t.show(k, null);
    expect(s.x).toBe(2.5);
    expect(s.secant.exact).toBeCloseTo(Math.cos(2.5), 12);
    expect(steps[k]!.caption.en).toContain(Math.cos(2.5).toFixed(3).replace('-', '−'));
    const tiny = at('h = 10⁻¹⁶');
    t.show(tiny, null);
    expect(s.secantPane).toBe('errors');
    expect(s.x).toBe(1);
    const last = s.errorTable.rows[s.errorTable.rows.length - 1]!;
    expect(last.h).toBe(1e-16);
    expect(1 + 1e-16).toBe(1);
    expect(last.forward).toBe(0);
    // The slider stands on that row too.
    expect(s.h).toBe(1e-16);
    expect(s.secant.slope).toBe(0);
    // The best forward step is near 10⁻⁸, as the previous caption says.
    expect(Math.log10(s.errorTable.rows[s.errorTable.bestForwardRow]!.h)).toBeGreaterThanOrEqual(-9);
    expect(Math.log10(s.errorTable.rows[s.errorTable.bestForwardRow]!.h)).toBeLessThanOrEqual(-7);
  });

  it('advances the derivations step by step to the limits the captions quote', () => {
    const s = fresh();
    const t = derivativesLectureTarget(s);
    const p = at('for f(x) = xⁿ');
    t.show(p, null);
    expect([s.section, s.derivation, s.stepIndex]).toEqual(['principles', 'power', 0]);
    for (let k = p + 1; k <= p + 3; k++) t.show(k, k - 1);
    expect(s.stepIndex).toBe(s.steps.length - 1);
    expect(s.principlesQuotient.limit).toBeCloseTo(3 * 1.5 ** 2, 12);
    expect(3 * 1.5 ** 2).toBe(6.75);
    t.show(at('(eˣ)′ = eˣ'), null);
    expect(s.derivation).toBe('exp');
    expect(s.stepIndex).toBe(s.steps.length - 1);
    expect(s.principlesQuotient.limit).toBeCloseTo(Math.E, 12);
    t.show(at('(ln x)′ = 1/x'), null);
    expect(s.derivation).toBe('ln');
    expect(s.stepIndex).toBe(s.steps.length - 1);
    expect(s.principlesQuotient.limit).toBe(0.5);
  });

  it('checks table rows and traces the rules on the formulas the captions name', () => {
    const s = fresh();
    const t = derivativesLectureTarget(s);
    t.show(at('xᶜ first'), null);
    expect(s.row.id).toBe('power');
    expect(s.rowCheck.agree).toBe(true);
    const k = at('(xˣ)′');
    t.show(k, null);
    const expected = 1.5 ** 1.5 * (1 + Math.log(1.5));
    expect(s.rowCheck.symbolic).toBeCloseTo(expected, 12);
    expect(s.rowCheck.agree).toBe(true);
    expect(steps[k]!.caption.en).toContain(expected.toFixed(3));
    t.show(at('quotient rule on'), null);
    expect(s.section).toBe('rules');
    const d = compile(differentiate(s.rulesExpr, 'x'), ['x']);
    expect(d.ok).toBe(true);
    if (d.ok) for (const x of [0, 1, 2, -1.5]) expect(d.value.evaluate([x])).toBeCloseTo((2 * x * (x - 3) - (x * x + 1)) / (x - 3) ** 2, 12);
  });

  it('freezes one variable on the bowl at (1.5, 1): ∂f/∂x = 3, then ∂f/∂y = 2', () => {
    vi.useFakeTimers();
    const surface = new SurfaceSession();
    surface.applyPreset(SURFACE_PRESETS.find((p) => p.id === 'rastrigin')!);
    const s = fresh(surface);
    const t = derivativesLectureTarget(s);
    const k = at('freeze y');
    t.show(k, null);
    expect(surface.preset.id).toBe('bowl');
    expect(s.partialAxis).toBe('x');
    expect(s.partial?.symbolic).toBeCloseTo(2 * 1.5, 12);
    // The presenter moves the point; the next step keeps it.
    surface.setPoint(1, -1);
    t.show(k + 1, k);
    expect([surface.a, surface.b]).toEqual([1, -1]);
    expect(s.partialAxis).toBe('y');
    expect(s.partial?.symbolic).toBeCloseTo(2 * -1, 12);
    // A jump back into the step rebuilds the bowl at (1.5, 1).
    t.show(k + 1, null);
    expect([surface.a, surface.b]).toEqual([1.5, 1]);
    expect(s.partial?.symbolic).toBeCloseTo(2 * 1, 12);
    t.show(k + 2, k + 1);
    expect(s.playing).toBe('partials');
    vi.advanceTimersByTime(60_000);
    expect(s.partial?.quotient).toBeCloseTo(2, 7);
  });

  it('keeps what the presenter changed when stepping forward by one, and rebuilds on a jump', () => {
    const s = fresh();
    const t = derivativesLectureTarget(s);
    t.show(0, null);
    s.setSecantFormula('x^3');
    t.show(1, 0);
    s.stop();
    t.show(2, 1);
    expect(s.secantFormula).toBe('x^3');
    expect(s.x).toBe(2.5);
    t.show(2, null);
    expect(s.secantFormula).toBe('sin(x)');
  });
});
