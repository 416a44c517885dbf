import { describe, expect, it } from 'vitest';
import { finite, PLUS_INFINITY } from './approach-point';
import { exampleById } from './examples';
import { frameFor, LimitsSession } from './limits-session.svelte';
import { WALK_END, WALK_START } from './walkers';

const example = (id: string) => {
  const e = exampleById(id);
  if (!e) throw new Error(id);
  return e;
};

describe('LimitsSession', () => {
  it('starts on the deck example x² at 3 with its limit 9', () => {
    const s = new LimitsSession();
    expect(s.f.text).toBe('x^2');
    expect(s.point).toEqual(finite(3));
    expect(s.analysis.ok && s.analysis.value.value).toBe(9);
    expect(s.L).toBe(9);
    expect(s.deckSquare).toBe(true);
  });

  it('keeps the last valid formula while the text is invalid', () => {
    const s = new LimitsSession();
    s.setFormula('x^2 +* 1');
    expect(s.f.result.ok).toBe(false);
    expect(s.f.text).toBe('x^2 +* 1');
    expect(s.f.fn(2)).toBe(4);
    s.setFormula('x^3');
    expect(s.f.fn(2)).toBe(8);
    expect(s.exampleId).toBeNull();
  });

  it('keeps the last valid point while the text is invalid, and re-frames the window for a new point', () => {
    const s = new LimitsSession();
    s.setPointText('2+');
    expect(s.pointResult.ok).toBe(false);
    expect(s.point).toEqual(finite(3));
    s.setPointText('40');
    expect(s.point).toEqual(finite(40));
    expect(s.baseView.xMin).toBeLessThan(40);
    expect(s.baseView.xMax).toBeGreaterThan(40);
    s.setPoint(PLUS_INFINITY);
    expect(s.pointText).toBe('∞');
    expect(frameFor(PLUS_INFINITY, s.baseView).xMax).toBeGreaterThan(10);
  });

  it('steps the walkers row by row, and the playing clock stops at the last row', () => {
    const s = new LimitsSession();
    expect(s.progress).toBe(WALK_START);
    s.stepForward();
    expect(s.progress).toBe(0);
    s.stepForward();
    s.stepBack();
    expect(s.progress).toBe(0);
    s.advance(1); // half a row per second
    expect(s.progress).toBeCloseTo(0.5, 12);
    s.setProgress(WALK_END - 0.1);
    s.playing = true;
    s.advance(1);
    expect(s.progress).toBe(WALK_END);
    expect(s.playing).toBe(false);
    // The walkers stand on the table's row 3 at progress 3.
    s.setProgress(3);
    const row = s.analysis.ok ? s.analysis.value.rows[3] : undefined;
    expect(s.walkers.left?.x).toBeCloseTo(row?.left?.x ?? Number.NaN, 12);
  });

  it('tests a typed L instead of the estimate, and refuses a bad δ', () => {
    const s = new LimitsSession();
    s.setLimitText('9.5');
    expect(s.L).toBe(9.5);
    expect(s.deckSquare).toBe(false);
    // With ε = 1 even L = 9.5 has a δ (|9 − 9.5| < 1); with ε = 0.1 no δ works: the violation
    // sits right next to 3.
    expect(s.instrument?.ok && s.instrument.value.kind).toBe('delta');
    s.setEpsilon(0.1);
    expect(s.instrument?.ok && s.instrument.value.kind).toBe('none');
    s.setEpsilon(1);
    s.setLimitText('');
    expect(s.L).toBe(9);
    s.setProposalText('-1');
    expect(s.submitProposal()).not.toBeNull();
    expect(s.proposal).toBeNull();
    s.setProposalText('0.2');
    expect(s.submitProposal()).toBeNull();
    expect(s.check?.ok && s.check.value.kind).toBe('counterexample');
    s.setEpsilon(2); // √11 − 3 = 0.3166 > 0.2: the same δ now works
    expect(s.check?.ok && s.check.value.kind).toBe('confirmed');
  });

  it('has no L for a function without a limit', () => {
    const s = new LimitsSession();
    s.applyExample(example('wild'));
    expect(s.L).toBeUndefined();
    expect(s.instrument).toBeNull();
  });

  it('snapshots and restores all settable state', () => {
    const s = new LimitsSession();
    s.applyExample(example('water'));
    s.section = 'epsilon';
    s.setEpsilon(0.5);
    s.setProposalText('30');
    s.submitProposal();
    s.hideAnswer = true;
    s.lawsMode = 'composition';
    s.setLawF('sin(x)');
    s.setX0Text('pi');
    s.stepForward();
    const snap = s.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);

    const t = new LimitsSession();
    t.restore(snap);
    expect(t.snapshot()).toEqual(snap);
    expect(t.point).toEqual(PLUS_INFINITY);
    expect(t.f.variable).toBe('t');
    expect(t.x0).toBeCloseTo(Math.PI, 15);
    expect(t.check?.ok && t.check.value.kind).toBe('confirmed');
  });

  it('laws and composition follow their presets', () => {
    const s = new LimitsSession();
    expect(s.laws.A?.value).toBe(4);
    s.setLawAText('oops');
    expect(s.lawAResult.ok).toBe(false);
    expect(s.lawA).toBe(2);
    expect(s.composition.status).toBe('theorem');
  });

  it('survives hostile input without throwing (undefined everywhere, poles, huge a, tiny δ)', () => {
    const s = new LimitsSession();
    for (const [formula, point] of [
      ['sqrt(-1 - x^2)', '0'],
      ['1/0', '2'],
      ['x', '1000000'],
      ['tan(x)', 'pi/2'],
      ['e^(x^2)', '∞'],
      ['sin(x)', '-∞'],
    ] as const) {
      s.setFormula(formula);
      s.setPointText(point);
      s.setLimitText('0');
      s.setProposalText('1e-300');
      s.submitProposal();
      for (const p of [WALK_START, 0, 5.5, WALK_END]) {
        s.setProgress(p);
        void s.walkers;
        void s.view;
      }
      void s.analysis;
      void s.instrument;
      void s.check;
    }
    expect(s.analysis.ok).toBe(true);
  });
});
