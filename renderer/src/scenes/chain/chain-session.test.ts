import { afterEach, describe, expect, it, vi } from 'vitest';
import { toText } from '$shared/expr/print';
import { ChainSession, DIFFERENTIAL_STEP_COUNT, DX_EXPONENT_MIN } from './chain-session.svelte';

describe('ChainSession', () => {
  afterEach(() => vi.useRealTimers());

  it('opens on the deck\'s (3x² + 1)⁵ at x = 1: slopes 6 and 5·4⁴ multiply to 30·4⁴', () => {
    const s = new ChainSession();
    expect(s.isDeck).toBe(true);
    expect(s.point?.dudx).toBe(6);
    expect(s.point?.dydu).toBe(5 * 4 ** 4);
    expect(s.point?.product).toBe(30 * 4 ** 4);
    expect(s.point?.dydx).toBe(30 * 4 ** 4);
  });

  it('splits what is typed, and keeps the last good formula while the text is broken', () => {
    const s = new ChainSession();
    s.setFormula('sin(x^2)');
    expect(s.chain && toText(s.chain.split.outer)).toBe('sin(u)');
    expect(s.chain && toText(s.chain.split.inner)).toBe('x^2');
    s.setFormula('sin(x^2');
    expect(s.parse.ok).toBe(false);
    expect(s.chain && toText(s.chain.split.inner)).toBe('x^2');
    s.setFormula('x sin(x^2)');
    expect(s.chain).toBeNull();
    expect(s.analysis.kind === 'none' && s.analysis.split.part !== undefined).toBe(true);
    if (s.analysis.kind === 'none' && s.analysis.split.part) s.focusPart(s.analysis.split.part.expr);
    expect(s.formula).toBe('sin(x^2)');
  });

  it('finds the stationary point of u = 3x² + 1 and shows Δu/Δx → 0 there', () => {
    const s = new ChainSession();
    expect(s.stationaryX).toBeCloseTo(0, 12);
    s.goToStationary();
    expect(s.x).toBe(0);
    s.setDxExponent(-3);
    expect(s.row?.ratioU).toBeCloseTo(3e-3, 9);
    s.setDxExponent(-9);
    expect(s.row?.duZero).toBe(true);
    expect(s.table.map((r) => r.dx)).toEqual([0.1, 0.01, 0.001, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9]);
  });

  it('computes the several-variables panel at (1, 2): 83 and 304, with five derivation steps', () => {
    const s = new ChainSession();
    expect(s.multi.ok).toBe(true);
    if (!s.multi.ok) return;
    expect(s.multi.value.partials.map((p) => p.pathSum)).toEqual([83, 304]);
    expect(s.steps).toHaveLength(DIFFERENTIAL_STEP_COUNT);
    s.setPoint(2, -1);
    // By hand: u = −2, v = 3; ∂z/∂x = 2u·y + 3v² = 4 + 27 = 31; ∂z/∂y = 2u·x + 3v²·2y = −8 − 54 = −62.
    expect(s.multi.ok && s.multi.value.partials.map((p) => p.pathSum)).toEqual([31, -62]);
  });

  it('refuses an empty or inverted window and keeps the cursor inside', () => {
    const s = new ChainSession();
    expect(s.setWindow(2, 1)).toBe(false);
    expect(s.setWindow(-0.5, 0.5)).toBe(true);
    expect(s.x).toBe(0.5);
    s.setX(7);
    expect(s.x).toBe(0.5);
  });

  it('sweeps Δx down to 10⁻⁹ and stops', () => {
    vi.useFakeTimers();
    const s = new ChainSession();
    s.sweep();
    expect(s.sweeping).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(s.sweeping).toBe(false);
    expect(s.dxExponent).toBe(DX_EXPONENT_MIN);
  });

  it('round-trips its state as plain data', () => {
    const a = new ChainSession();
    a.section = 'multi';
    a.applySingleExample('gaussian');
    a.setX(-0.4);
    a.setDxExponent(-4.5);
    a.setDxSign(-1);
    a.setProofStep(3);
    a.applyMultiExample('polar');
    a.setDifferentialStep(2);
    const snap = a.snapshot();
    const b = new ChainSession();
    b.restore(JSON.parse(JSON.stringify(snap)));
    expect(b.snapshot()).toEqual(snap);
    expect(b.formula).toBe('e^(-x^2)');
    expect(b.dx).toBeCloseTo(-Math.pow(10, -4.5), 18);
  });
});
