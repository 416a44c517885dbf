import { describe, expect, it } from 'vitest';
import { DerivativesSession, SECANT_EXAMPLES } from './derivatives-session.svelte';
import { RULE_EXAMPLES } from './rules';

describe('DerivativesSession', () => {
  it('computes the secant of x³ at 1 with h = 0.1', () => {
    const s = new DerivativesSession();
    s.setSecantFormula('x^3');
    s.setX(1);
    s.setHExp(-1);
    expect(s.h).toBe(0.1);
    expect(s.secant.exact).toBe(3);
    expect(s.secant.slope).toBeCloseTo((1.1 ** 3 - 1) / 0.1, 12);
    s.hSign = -1;
    expect(s.secant.slope).toBeCloseTo((0.9 ** 3 - 1) / -0.1, 12);
  });

  it('keeps the last valid formula while the text is broken', () => {
    const s = new DerivativesSession();
    s.setSecantFormula('x^2');
    expect(s.secantModel.df(3)).toBe(6);
    s.setSecantFormula('x^2 +');
    expect(s.secantParse.ok).toBe(false);
    expect(s.secantModel.df(3)).toBe(6);
  });

  it('snapshot → restore round-trips every section', () => {
    const a = new DerivativesSession();
    a.section = 'table';
    a.openSecantExample('ln');
    a.setHExp(-4.5);
    a.hSign = -1;
    a.setDerivation('exp');
    a.nextStep();
    a.nextStep();
    a.selectRow('log');
    a.setRowParam(3);
    a.setTableX(2.5);
    a.setRulesFormula('x^2 sin(x)');
    a.setPartialAxis('y');
    a.setPartialHExp(-3);
    const snap = a.snapshot();
    const b = new DerivativesSession();
    b.restore(JSON.parse(JSON.stringify(snap)));
    expect(b.snapshot()).toEqual(snap);
    expect(b.rowModel.p).toBe(3);
    expect(b.trace.rule).toBe('product');
  });

  it('skips c = 1 on a logarithm row and moves the point back into the domain', () => {
    const s = new DerivativesSession();
    s.selectRow('log');
    s.setRowParam(0.9);
    s.setRowParam(1);
    expect(s.rowParam).toBe(1.1);
    s.selectRow('root');
    s.setRowParam(3);
    s.setTableX(-1);
    expect(s.rowCheck.inDomain).toBe(true);
    s.setRowParam(4);
    // Even n: x > 0 only, so x = −1 goes back to the row's start.
    expect(s.tableX).toBe(s.row.x0);
  });

  it('first principles: x³ at 1.5 with h = 0.1 — terms 6.75, 0.45, 0.01 (by hand)', () => {
    const s = new DerivativesSession();
    s.setN(3);
    s.setPx(1.5);
    s.setPHExp(-1);
    const v = s.powerQ.terms.map((t) => t.value);
    expect(v[0]).toBeCloseTo(6.75, 12);
    expect(v[1]).toBeCloseTo(0.45, 12);
    expect(v[2]).toBeCloseTo(0.01, 12);
    s.setDerivation('ln');
    expect(s.principlesQuotient.limit).toBeCloseTo(1 / 1.5, 15);
  });

  it('built-in examples all parse', () => {
    const s = new DerivativesSession();
    for (const ex of SECANT_EXAMPLES) {
      s.openSecantExample(ex.id);
      expect(s.secantParse.ok, ex.text).toBe(true);
    }
    for (const ex of RULE_EXAMPLES) {
      s.setRulesFormula(ex.text);
      expect(s.rulesParse.ok, ex.text).toBe(true);
    }
  });
});
