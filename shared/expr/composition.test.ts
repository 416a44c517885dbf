import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expr } from './ast';
import { exprEquals, freeVariables } from './ast';
import { compile } from './compile';
import { isAffineIn, splitComposition, type CompositionSplit } from './composition';
import { evaluateExpr } from './evaluate';
import { parseExpr } from './parse';
import { substitute } from './substitute';
import { tameExprArb } from './test-arbitrary';
import { toText } from './print';

const parse = (s: string, variables: readonly string[] = ['x']): Expr => {
  const r = parseExpr(s, { variables: [...variables] });
  if (!r.ok) throw new Error(`${s}: ${r.error.message.en}`);
  return r.value;
};

function expectSplit(s: string, outer: string, inner: string, name = 'u'): void {
  const r = splitComposition(parse(s), 'x');
  if (r.kind !== 'composition') throw new Error(`${s} was not split: ${r.reason}`);
  expect(r.innerName).toBe(name);
  expect(toText(r.outer)).toBe(toText(parse(outer, [name])));
  expect(exprEquals(r.outer, parse(outer, [name]))).toBe(true);
  expect(exprEquals(r.inner, parse(inner))).toBe(true);
}

/** outer(inner(x)) evaluated as two separate functions, the way the chain rule reads it. */
function composedValue(r: Extract<CompositionSplit, { kind: 'composition' }>, x: number): number {
  const g = compile(r.inner, ['x']);
  const f = compile(r.outer, [r.innerName]);
  if (!g.ok || !f.ok) throw new Error('compile failed');
  return f.value.evaluate([g.value.evaluate([x])]);
}

const POINTS = Array.from({ length: 41 }, (_, i) => -3 + 0.15 * i + 0.0123);

function agrees(a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Number.isNaN(a) ? Number.isNaN(b) : a === b || Number.isNaN(b);
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

describe('splitComposition: the examples of the chapter', () => {
  it('splits the deck\'s (3x² + 1)⁵ as u⁵ with u = 3x² + 1', () => expectSplit('(3x^2+1)^5', 'u^5', '3x^2+1'));
  it('splits sin(x²) as sin u, u = x²', () => expectSplit('sin(x^2)', 'sin(u)', 'x^2'));
  it('splits e^(−x²) as e^u, u = −x² (the whole exponent, not just x²)', () => expectSplit('e^(-x^2)', 'e^u', '-x^2'));
  it('splits exp(−x²) the same way', () => expectSplit('exp(-x^2)', 'exp(u)', '-x^2'));
  it('splits ln(1 + x²) and sqrt(x² + 1)', () => {
    expectSplit('ln(1+x^2)', 'ln(u)', '1+x^2');
    expectSplit('sqrt(x^2+1)', 'sqrt(u)', 'x^2+1');
  });
  it('splits a reciprocal 1/(1 + x²) as 1/u', () => expectSplit('1/(1+x^2)', '1/u', '1+x^2'));
  it('takes the outermost layer only: sin(cos x) → sin u, u = cos x', () => expectSplit('sin(cos(x))', 'sin(u)', 'cos(x)'));
  it('splits a power of a function: (sin x)² → u², u = sin x', () => expectSplit('sin(x)^2', 'u^2', 'sin(x)'));
  it('splits an inner linear function: sin(2x + 1) → sin u', () => expectSplit('sin(2x+1)', 'sin(u)', '2x+1'));
  it('keeps constant factors and terms in the outer function: 2 sin(x²) + 1', () => expectSplit('2sin(x^2)+1', '2sin(u)+1', 'x^2'));
  it('keeps a minus sign outside: −(3x² + 1)⁵', () => expectSplit('-(3x^2+1)^5', '-u^5', '3x^2+1'));
  it('finds a common inner expression under a sum: sin(x²) + cos(x²)', () => expectSplit('sin(x^2)+cos(x^2)', 'sin(u)+cos(u)', 'x^2'));
  it('picks a name the formula does not use for the inner function', () => {
    const r = splitComposition(parse('sin(u^2)', ['u']), 'u');
    expect(r.kind).toBe('composition');
    if (r.kind === 'composition') {
      expect(r.innerName).toBe('v');
      expect(exprEquals(r.inner, parse('u^2', ['u']))).toBe(true);
    }
  });
  it('treats other names as constants: sin(a x²) → sin u, u = a x²', () => {
    const r = splitComposition(parse('sin(a x^2)', ['x', 'a']), 'x');
    expect(r.kind).toBe('composition');
    if (r.kind === 'composition') expect(exprEquals(r.inner, parse('a x^2', ['x', 'a']))).toBe(true);
  });
});

describe('splitComposition: what is not a composition, and why', () => {
  const reason = (s: string, vars: readonly string[] = ['x']) => {
    const r = splitComposition(parse(s, vars), 'x');
    return r.kind === 'composition' ? 'composition' : r.reason;
  };
  it('names constants, x itself and linear functions', () => {
    expect(reason('5')).toBe('constant');
    expect(reason('x')).toBe('identity');
    expect(reason('2x+1')).toBe('linear');
    expect(reason('-x/3')).toBe('linear');
  });
  it('does not split a basic function of x with constant coefficients', () => {
    for (const s of ['3x^2+1', 'sin(x)', 'e^x', '2^x', 'ln(x)', '1/x', '5 - 2cos(x)', 'log(x, 2)']) expect(reason(s), s).toBe('elementary');
  });
  it('explains sums, products and quotients at the top', () => {
    expect(reason('x^2 + x')).toBe('sum');
    expect(reason('x sin(x)')).toBe('product');
    expect(reason('sin(x)/x')).toBe('quotient');
  });
  it('explains f^g with both varying, and two-input functions', () => {
    expect(reason('x^x')).toBe('variable-power');
    expect(reason('log(x, x+1)')).toBe('two-inputs');
  });
  it('offers the largest composed factor of a product', () => {
    const r = splitComposition(parse('x sin(x^2)'), 'x');
    expect(r.kind).toBe('not-composition');
    if (r.kind !== 'not-composition' || !r.part) throw new Error('expected a part');
    expect(exprEquals(r.part.expr, parse('sin(x^2)'))).toBe(true);
    expect(exprEquals(r.part.split.outer, parse('sin(u)', ['u']))).toBe(true);
    expect(exprEquals(r.part.split.inner, parse('x^2'))).toBe(true);
  });
  it('offers the largest composed term of a sum, and nothing when no term is composed', () => {
    const r = splitComposition(parse('x + sin(x^2) + e^(3x^2+1)'), 'x');
    if (r.kind !== 'not-composition' || !r.part) throw new Error('expected a part');
    expect(exprEquals(r.part.expr, parse('e^(3x^2+1)'))).toBe(true);
    const none = splitComposition(parse('x^2 + sin(x)'), 'x');
    expect(none.kind === 'not-composition' && none.part === undefined).toBe(true);
  });
  it('says so in both languages, naming the variable', () => {
    const r = splitComposition(parse('x sin(x)'), 'x');
    if (r.kind !== 'not-composition') throw new Error('expected an explanation');
    expect(r.message.en).toMatch(/product rule/);
    expect(r.message['zh-CN']).toMatch(/积的求导法则/);
  });
});

describe('isAffineIn', () => {
  it('recognises a·u + b and nothing else', () => {
    for (const s of ['u', '3u+1', '-(u-2)/5', '2(u+1)', 'pi u - e']) expect(isAffineIn(parse(s, ['u']), 'u'), s).toBe(true);
    for (const s of ['u^2', 'sin(u)', '1/u', 'u u', 'e^u', 'abs(u)']) expect(isAffineIn(parse(s, ['u']), 'u'), s).toBe(false);
  });
});

describe('splitComposition: properties', () => {
  const innerArb = tameExprArb(['x'], 3).filter((g) => g.kind !== 'var' && freeVariables(g).includes('x'));
  const outerArb = tameExprArb(['u'], 3).filter((f) => freeVariables(f).includes('u') && !isAffineIn(f, 'u'));

  it('every composition F(g(x)) is split, and the parts recombine to the original tree and values', () => {
    fc.assert(
      fc.property(outerArb, innerArb, (F, g) => {
        const e = substitute(F, { u: g });
        const r = splitComposition(e, 'x');
        expect(r.kind).toBe('composition');
        if (r.kind !== 'composition') return;
        expect(freeVariables(r.outer)).not.toContain('x');
        expect(r.inner.kind).not.toBe('var');
        expect(isAffineIn(r.outer, r.innerName)).toBe(false);
        expect(exprEquals(substitute(r.outer, { [r.innerName]: r.inner }), e)).toBe(true);
        for (const x of POINTS) expect(agrees(composedValue(r, x), evaluateExpr(e, ['x'], [x])), `x = ${x}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('whatever the formula, a reported split recombines to it (numerically at many points)', () => {
    fc.assert(
      fc.property(tameExprArb(['x'], 4), (e) => {
        const r = splitComposition(e, 'x');
        if (r.kind === 'not-composition') {
          if (r.part) {
            const p = r.part;
            expect(exprEquals(substitute(p.split.outer, { [p.split.innerName]: p.split.inner }), p.expr)).toBe(true);
          }
          return;
        }
        expect(freeVariables(r.outer)).not.toContain('x');
        for (const x of POINTS) expect(agrees(composedValue(r, x), evaluateExpr(e, ['x'], [x])), `x = ${x}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
