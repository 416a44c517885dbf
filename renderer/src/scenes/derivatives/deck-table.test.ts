/**
 * Every row of the deck's derivative table, checked three ways at points of its domain: the deck's
 * printed form(s) against the app's symbolic derivative and against a central difference, for
 * several values of the row's parameter; and against the hand-written closed forms of the shared
 * three-way suite (shared/checks/derivativeCases.ts), reusing its cases and points.
 */
import { describe, expect, it } from 'vitest';
import { DECK_TABLE } from '$shared/checks/derivativeCases';
import { compile } from '$shared/expr/compile';
import { differentiate } from '$shared/expr/derivative';
import { parseExpr } from '$shared/expr/parse';
import { acceptParam, DECK_ROWS, rowVariables, type DeckRow } from './deck-table';

function compiled(text: string, vars: readonly string[]): (x: number, p: number) => number {
  const e = parseExpr(text, { variables: vars });
  if (!e.ok) throw new Error(`${text}: ${e.error.message.en}`);
  const c = compile(e.value, vars);
  if (!c.ok) throw new Error(text);
  return (x, p) => c.value.evaluate([x, p]);
}

function symbolic(row: DeckRow): (x: number, p: number) => number {
  const vars = rowVariables(row);
  const e = parseExpr(row.text, { variables: vars });
  if (!e.ok) throw new Error(row.text);
  const c = compile(differentiate(e.value, 'x'), vars);
  if (!c.ok) throw new Error(row.text);
  return (x, p) => c.value.evaluate([x, p]);
}

/** Parameter values to try: the initial one and a spread over the slider (integers for n). */
function paramValues(row: DeckRow): number[] {
  const p = row.param;
  if (!p) return [Number.NaN];
  if (p.name === 'n') return [1, 2, 3, 4, 5, 7, 8].filter((n) => n >= p.min && n <= p.max);
  return [p.initial, p.min, p.max, 0.5, 2.7, -1.3].filter((c) => c >= p.min && c <= p.max && c !== p.excluded);
}

/** Sample points in the plot window, inside the domain and away from poles. */
function points(row: DeckRow, p: number): number[] {
  const { xMin, xMax } = row.view;
  const breaks = row.breaks?.(p) ?? [];
  const out: number[] = [];
  for (let i = 1; i < 24; i++) {
    const x = xMin + ((xMax - xMin) * i) / 24 + 0.0137;
    if (row.inDomain(x, p) && breaks.every((b) => Math.abs(x - b) > 0.15)) out.push(x);
  }
  return out;
}

const agree = (a: number, b: number, rel: number): boolean => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

describe('the deck’s derivative table', () => {
  it('has every row of the deck: 27 in three columns, 12 trigonometric/hyperbolic', () => {
    expect(DECK_ROWS.filter((r) => r.group === 'basic')).toHaveLength(27);
    expect(DECK_ROWS.filter((r) => r.group === 'trig')).toHaveLength(12);
    expect(new Set(DECK_ROWS.map((r) => r.id)).size).toBe(DECK_ROWS.length);
  });

  for (const row of DECK_ROWS) {
    it(`${row.text}: the deck’s ${row.deckForms.join(' = ')} agrees with the symbolic derivative and a central difference`, () => {
      const vars = rowVariables(row);
      const f = compiled(row.text, vars);
      const dsym = symbolic(row);
      const forms = row.deckForms.map((t) => compiled(t, vars));
      let checked = 0;
      for (const p of paramValues(row)) {
        const xs = points(row, p);
        expect(xs.length, `points for p = ${p}`).toBeGreaterThanOrEqual(4);
        for (const x of xs) {
          const s = dsym(x, p);
          if (!Number.isFinite(s)) continue;
          const h = 1e-5 * Math.max(1, Math.abs(x));
          const fd = (f(x + h, p) - f(x - h, p)) / (2 * h);
          expect(agree(fd, s, 1e-4), `${row.text} at x = ${x}, p = ${p}: FD ${fd} vs symbolic ${s}`).toBe(true);
          for (const [i, deck] of forms.entries()) {
            const d = deck(x, p);
            expect(agree(d, s, 1e-9), `${row.deckForms[i]} at x = ${x}, p = ${p}: deck ${d} vs symbolic ${s}`).toBe(true);
          }
          checked++;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(4);
    });
  }

  it('the comparison would catch a wrong form (1/(3∛x) for ∛x′)', () => {
    const row = DECK_ROWS.find((r) => r.id === 'cbrt');
    if (!row) throw new Error('no cbrt row');
    const wrong = compiled('1/(3 cbrt(x))', ['x']);
    const dsym = symbolic(row);
    expect(agree(wrong(2, Number.NaN), dsym(2, Number.NaN), 1e-6)).toBe(false);
  });
});

describe('the deck’s forms against the shared suite’s hand-written derivatives', () => {
  // Which row (and parameter) each instantiated case of derivativeCases.ts is.
  const MAP: Readonly<Record<string, readonly [string, number]>> = {
    '7': ['const', 7], '-2.5': ['const', -2.5], '3x': ['linear', 3], '-0.75*x': ['linear', -0.75],
    'x^3': ['power', 3], 'x^2.5': ['power', 2.5], 'x^(-3)': ['power', -3], '2^x': ['exponential', 2], '0.5^x': ['exponential', 0.5],
    'x^x': ['selfPower', Number.NaN], 'e^x': ['exp', Number.NaN], 'exp(x)': ['exp', Number.NaN], '1/x': ['reciprocal', Number.NaN],
    '1/x^2': ['reciprocalSquare', Number.NaN], '1/x^4': ['reciprocalPower', 4], '1/x^7': ['reciprocalPower', 7],
    'sqrt(x)': ['sqrt', Number.NaN], 'cbrt(x)': ['cbrt', Number.NaN], 'nthRoot(x, 4)': ['root', 4], 'nthRoot(x, 5)': ['root', 5],
    '1/sqrt(x)': ['invSqrt', Number.NaN], '1/cbrt(x)': ['invCbrt', Number.NaN], '1/nthRoot(x, 4)': ['invRoot', 4], '1/nthRoot(x, 6)': ['invRoot', 6],
    'ln(x)': ['ln', Number.NaN], 'x*ln(x)': ['xln', Number.NaN], 'log(x, 3)': ['log', 3], 'log(x, 0.5)': ['log', 0.5],
    '1/ln(x)': ['invLn', Number.NaN], '1/(x*ln(x))': ['invXln', Number.NaN], '1/log(x, 10)': ['invLog', 10],
    '1/(x+1)': ['shiftReciprocal', Number.NaN], '1/(x+1)^2': ['shiftReciprocalSquare', Number.NaN], '1/(x+1)^5': ['shiftReciprocalPower', 5],
    '1/sqrt(x+1)': ['shiftInvSqrt', Number.NaN], '1/cbrt(x+1)': ['shiftInvCbrt', Number.NaN], '1/nthRoot(x+1, 4)': ['shiftInvRoot', 4],
    'sin(x)': ['sin', Number.NaN], 'cos(x)': ['cos', Number.NaN], 'tan(x)': ['tan', Number.NaN], 'cot(x)': ['cot', Number.NaN],
    'csc(x)': ['csc', Number.NaN], 'sec(x)': ['sec', Number.NaN], 'sinh(x)': ['sinh', Number.NaN], 'cosh(x)': ['cosh', Number.NaN],
    'tanh(x)': ['tanh', Number.NaN], 'coth(x)': ['coth', Number.NaN], 'csch(x)': ['csch', Number.NaN], 'sech(x)': ['sech', Number.NaN],
  };

  it('covers every case of the shared suite’s deck table and every row of ours', () => {
    for (const c of DECK_TABLE) expect(MAP[c.text], c.text).toBeDefined();
    const rows = new Set(Object.values(MAP).map(([id]) => id));
    for (const r of DECK_ROWS) expect(rows.has(r.id), r.id).toBe(true);
  });

  for (const c of DECK_TABLE) {
    it(c.name, () => {
      const [id, p] = MAP[c.text] ?? ['', Number.NaN];
      const row = DECK_ROWS.find((r) => r.id === id);
      if (!row) throw new Error(`no row for ${c.text}`);
      const forms = row.deckForms.map((t) => compiled(t, rowVariables(row)));
      for (const pt of c.points) {
        const x = pt[0] ?? Number.NaN;
        const want = c.closedForm(pt);
        for (const deck of forms) expect(agree(deck(x, p), want, 1e-9), `${row.deckForms.join(', ')} at ${x}`).toBe(true);
      }
    });
  }
});

describe('acceptParam', () => {
  const base = { name: 'c' as const, min: 0.1, max: 5, step: 0.1, initial: 2, excluded: 1 };
  it('skips the excluded base c = 1 in the direction the slider moved', () => {
    expect(acceptParam(base, 1, 0.9)).toBe(1.1);
    expect(acceptParam(base, 1, 1.2)).toBe(0.9);
    expect(acceptParam(base, 1.02, 0.9)).toBe(1.1);
  });
  it('clamps, rounds n to an integer and rejects non-numbers', () => {
    expect(acceptParam(base, 9)).toBe(5);
    expect(acceptParam(base, -1)).toBe(0.1);
    expect(acceptParam({ name: 'n', min: 1, max: 8, step: 1, initial: 3 }, 2.6)).toBe(3);
    expect(acceptParam(base, Number.NaN, 2.5)).toBe(2.5);
  });
});
