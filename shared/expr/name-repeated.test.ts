import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binary, call, exprEquals, exprSize, freeVariables, neg, type BinaryOp, type Expr } from './ast';
import { differentiate } from './derivative';
import { toLatex } from './latex';
import { nameRepeated, type Factored } from './name-repeated';
import { parseExpr } from './parse';
import { simplify } from './simplify';
import { substitute } from './substitute';
import { exprArb } from './test-arbitrary';

const parse = (s: string): Expr => {
  const r = parseExpr(s);
  if (!r.ok) throw new Error(`parse ${s}`);
  return r.value;
};

/** The parts put back, the last named first (a later part's value may use an earlier name). */
function unfold(f: Factored): Expr {
  let e = f.body;
  for (let i = f.parts.length - 1; i >= 0; i--) {
    const p = f.parts[i];
    if (p) e = substitute(e, { [p.name]: p.value });
  }
  return e;
}

function occurrences(e: Expr, name: string): number {
  switch (e.kind) {
    case 'var':
      return e.name === name ? 1 : 0;
    case 'neg':
      return occurrences(e.arg, name);
    case 'binary':
      return occurrences(e.left, name) + occurrences(e.right, name);
    case 'call':
      return e.args.reduce((n, a) => n + occurrences(a, name), 0);
    default:
      return 0;
  }
}

/** Trees that reuse one subtree at random places, as the chain and product rules do. */
const withRepeats: fc.Arbitrary<Expr> = exprArb(['x', 'y', 'w1', 'u'], 2).chain((shared) => {
  const { tree } = fc.letrec<{ tree: Expr }>((tie) => ({
    tree: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'r' },
      fc.constant(shared),
      exprArb(['x', 'y', 'w1', 'u'], 1),
      tie('tree').map(neg),
      fc.tuple(fc.constantFrom<BinaryOp>('add', 'sub', 'mul', 'div', 'pow'), tie('tree'), tie('tree')).map(([op, l, r]) => binary(op, l, r)),
      tie('tree').map((a) => call('sigmoid', a)),
    ),
  }));
  return tree;
});

describe('nameRepeated', () => {
  it("names σ(…) once in the deck loss's derivative, and gives back the same tree", () => {
    const loss = parse('1/2 (sigmoid(1.284 w1 + 0.5 w2) - 1)^2 + 0.013 w1^2');
    const d = simplify(differentiate(loss, 'w1'));
    const f = nameRepeated(d);
    expect(f.parts).toHaveLength(1);
    expect(f.parts[0]?.name).toBe('u');
    expect(exprEquals(f.parts[0]?.value ?? d, parse('sigmoid(1.284 w1 + 0.5 w2)'))).toBe(true);
    expect(freeVariables(f.body).sort()).toEqual(['u', 'w1']);
    expect(exprEquals(unfold(f), d)).toBe(true);
    // Three σ(…) became one: the TeX is much shorter.
    const named = [toLatex(f.body), ...f.parts.map((p) => toLatex(p.value))].join('');
    expect(named.length).toBeLessThan(toLatex(d).length * 0.6);
  });

  it('leaves a formula without repeats, or with only small ones, whole', () => {
    for (const s of ['sin(x) cos(y)', '(x + 1)^2 + (x + 1)', 'x^2 + y^2', 'exp(x y) + 1']) {
      const e = parse(s);
      const f = nameRepeated(e);
      expect(f.parts).toEqual([]);
      expect(f.body).toBe(e);
    }
  });

  it('never takes a letter the formula uses, alone or with an index', () => {
    const e = parse('sin(u1 + v^2 + 1) * sin(u1 + v^2 + 1) + cos(s t x) * cos(s t x)');
    const f = nameRepeated(e);
    const names = f.parts.map((p) => p.name);
    expect(names.length).toBe(2);
    for (const n of names) expect(['u', 'v', 's', 't']).not.toContain(n);
    expect(exprEquals(unfold(f), e)).toBe(true);
  });

  it('property: substituting the parts back gives the tree; every part is large, repeated and a fresh letter', () => {
    fc.assert(
      fc.property(withRepeats, (e) => {
        const f = nameRepeated(e);
        expect(exprEquals(unfold(f), e)).toBe(true);
        expect(f.parts.length).toBeLessThanOrEqual(2);
        const vars = freeVariables(e);
        f.parts.forEach((p, i) => {
          expect(vars.some((v) => v === p.name || v.replace(/[_\d]+$/, '') === p.name)).toBe(false);
          expect(exprSize(p.value)).toBeGreaterThanOrEqual(4);
          // It stood for at least two places: count them with the parts named after it put back.
          expect(occurrences(unfold({ body: f.body, parts: f.parts.slice(i + 1) }), p.name)).toBeGreaterThanOrEqual(2);
        });
      }),
      { numRuns: 300 },
    );
  });
});
