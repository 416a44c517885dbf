import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChainSession, DIFFERENTIAL_STEP_COUNT, DX_EXPONENT_MIN } from '../scenes/chain/chain-session.svelte';
import { chainLectureTarget } from './chain-lecture';
import { CHAIN_LECTURE } from './steps/chain';

const steps = CHAIN_LECTURE.steps;
const at = (needle: string): number => {
  const i = steps.findIndex((s) => s.caption.en.includes(needle));
  if (i < 0) throw new Error(`no step says ${needle}`);
  return i;
};
const sessions: ChainSession[] = [];
function fresh(): ChainSession {
  const s = new ChainSession();
  sessions.push(s);
  return s;
}
afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
  vi.useRealTimers();
});

// The deck's example by hand: y = u⁵, u = 3x² + 1.
const u = (x: number): number => 3 * x * x + 1;
const dydu = (x: number): number => 5 * u(x) ** 4;
const dudx = (x: number): number => 6 * x;

describe("chapter 3's lecture on the chain-rule scene", () => {
  it('has a caption in both languages for every step', () => {
    expect(CHAIN_LECTURE.chapterId).toBe('chain-rule');
    for (const s of steps) {
      expect(s.caption.en.length).toBeGreaterThan(20);
      expect(s.caption.en.length).toBeLessThan(220);
      expect(s.caption['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(s.caption['zh-CN']).toMatch(/。$/);
      expect(s.caption['zh-CN']).not.toMatch(/[\u4e00-\u9fff][,.:;]/);
    }
  });

  it('splits (3x² + 1)⁵ and multiplies the slopes at x = 1 into 7680', () => {
    const s = fresh();
    const t = chainLectureTarget(s);
    t.show(0, null);
    expect(s.section).toBe('single');
    expect(s.isDeck).toBe(true);
    expect(s.chain).not.toBeNull();
    const k = at('= 7680');
    for (let i = 1; i <= k; i++) t.show(i, i - 1);
    expect(s.point?.u).toBe(u(1));
    expect(s.point?.dudx).toBeCloseTo(dudx(1), 12);
    expect(s.point?.dydu).toBeCloseTo(dydu(1), 9);
    expect(dydu(1) * dudx(1)).toBe(7680);
    expect(s.point?.dydx).toBeCloseTo(7680, 8);
    expect(steps[at('dy/du = 5u⁴ = 1280')]!.caption.en).toContain(String(dydu(1)));
    t.show(k + 1, k);
    expect(s.point?.dydx).toBeCloseTo(dydu(0.5) * dudx(0.5), 9);
    expect(steps[k + 1]!.caption.en).toContain(dydu(0.5).toFixed(2));
    expect(steps[k + 1]!.caption.en).toContain((dydu(0.5) * dudx(0.5)).toFixed(1));
  });

  it('propagates Δx = 0.1, sweeps Δx → 0 onto the derivatives, and finds Δu = 0 where the caption says', () => {
    vi.useFakeTimers();
    const s = fresh();
    const t = chainLectureTarget(s);
    const k = at('nudge x by Δx = 0.1');
    t.show(k, null);
    expect(s.section).toBe('propagation');
    expect(s.dx).toBeCloseTo(0.1, 15);
    const du = u(1.1) - u(1);
    expect(s.row?.du).toBeCloseTo(du, 12);
    expect(s.row?.ratioY).toBeCloseTo(((u(1.1) ** 5 - u(1) ** 5) / 0.1), 6);
    t.show(k + 1, k);
    expect(s.sweeping).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(s.sweeping).toBe(false);
    expect(s.dxExponent).toBe(DX_EXPONENT_MIN);
    expect(s.row?.ratioU).toBeCloseTo(6, 6);
    expect(s.row?.ratioY).toBeCloseTo(7680, 2);
    const zero = at('exactly 0');
    t.show(zero, null);
    expect(s.x).toBe(0.05);
    expect(s.dx).toBe(-0.1);
    expect(s.row?.duZero).toBe(true);
    t.show(zero + 1, zero);
    expect([s.lowerPane, s.proofStep]).toEqual(['proof', 4]);
  });

  it('gives the path products and sums 83 and 304 at (1, 2), and walks the derivation to its end', () => {
    const s = fresh();
    const t = chainLectureTarget(s);
    const k = at('Several variables');
    t.show(k, null);
    expect(s.multi.ok).toBe(true);
    if (!s.multi.ok) return;
    const [x, y] = [1, 2];
    const [uu, vv] = [x * y, x + y * y];
    expect(s.multi.value.values['u']).toBe(uu);
    expect(s.multi.value.values['v']).toBe(vv);
    const sum = (input: string) => s.multi.ok && s.multi.value.partials.find((p) => p.input === input)?.pathSum;
    expect(sum('x')).toBeCloseTo(2 * uu * y + 3 * vv ** 2 * 1, 12);
    expect(sum('y')).toBeCloseTo(2 * uu * x + 3 * vv ** 2 * 2 * y, 12);
    expect(2 * uu * y + 3 * vv ** 2).toBe(83);
    expect(2 * uu * x + 3 * vv ** 2 * 2 * y).toBe(304);
    const paths = s.multi.value.paths.filter((p) => p.input === 'x').map((p) => p.product);
    expect(paths).toEqual([8, 75]);
    const d = at('Step 1:');
    t.show(d, null);
    expect(s.multiPane).toBe('derivation');
    for (let i = d + 1; i < d + DIFFERENTIAL_STEP_COUNT; i++) t.show(i, i - 1);
    expect(s.differentialStep).toBe(DIFFERENTIAL_STEP_COUNT - 1);
    expect(d + DIFFERENTIAL_STEP_COUNT).toBe(steps.length);
  });

  it('keeps what the presenter changed when stepping forward by one, and rebuilds on a jump', () => {
    const s = fresh();
    const t = chainLectureTarget(s);
    const d = at('Step 1:');
    t.show(d, null);
    s.setPoint(2, 1);
    t.show(d + 1, d);
    expect([s.px, s.py]).toEqual([2, 1]);
    expect(s.differentialStep).toBe(1);
    t.show(d + 1, null);
    expect([s.px, s.py]).toEqual([1, 2]);
    // Back in the one-variable section, a step back rebuilds the deck's formula.
    t.show(0, null);
    s.setFormula('sin(x^2)');
    t.show(1, 0);
    expect(s.formula).toBe('sin(x^2)');
    t.show(1, null);
    expect(s.formula).toBe('(3x^2 + 1)^5');
  });
});
