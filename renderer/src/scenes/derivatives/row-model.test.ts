import { describe, expect, it } from 'vitest';
import { DECK_ROWS, rowById } from './deck-table';
import { checkRow, createRowModel } from './row-model';

describe('row model and its three-number check', () => {
  it('ln x at 2: symbolic 1/x, central difference and the deck’s 1/x all give 0.5', () => {
    const row = rowById('ln');
    if (!row) throw new Error('no ln row');
    const c = checkRow(createRowModel(row, Number.NaN), 2);
    expect(c.symbolic).toBe(0.5);
    expect(c.deck).toEqual([0.5]);
    expect(Math.abs(c.central - 0.5)).toBeLessThan(1e-9);
    expect(c.agree).toBe(true);
  });

  it('keeps the parameter as a letter in the symbolic derivative', () => {
    const row = rowById('exponential');
    if (!row) throw new Error('no row');
    const m = createRowModel(row, 3);
    expect(m.derivativeLatex).toBe('c^{x} \\ln\\left(c\\right)');
    // 3^x ln 3 at x = 1, by hand.
    expect(m.df(1)).toBeCloseTo(3 * Math.log(3), 14);
  });

  it('agrees at every row’s starting point, for its initial parameter', () => {
    for (const row of DECK_ROWS) {
      const c = checkRow(createRowModel(row, row.param?.initial ?? Number.NaN), row.x0);
      expect(c.agree, `${row.id} at ${row.x0}: ${c.symbolic} ${c.central} ${c.deck.join(' ')}`).toBe(true);
    }
  });

  it('does not claim agreement outside the domain', () => {
    const row = rowById('ln');
    if (!row) throw new Error('no row');
    const c = checkRow(createRowModel(row, Number.NaN), -1);
    expect(c.inDomain).toBe(false);
    expect(c.agree).toBe(false);
  });
});
