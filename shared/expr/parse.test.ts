import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Expr } from './ast';
import { add, call, div, exprEquals, konst, mul, neg, num, pow, sub, variable } from './ast';
import { parseExpr } from './parse';
import type { ExprError } from './errors';

const x = variable('x');
const y = variable('y');
const V = ['x', 'y'];

function parsed(text: string, variables: readonly string[] | null = V): Expr {
  const r = parseExpr(text, variables ? { variables } : {});
  if (!r.ok) throw new Error(`${text}: ${r.error.message.en}`);
  return r.value;
}

function failure(text: string, variables: readonly string[] | null = V): ExprError {
  const r = parseExpr(text, variables ? { variables } : {});
  if (r.ok) throw new Error(`${text} unexpectedly parsed`);
  return r.error;
}

function wellFormed(text: string, e: ExprError): void {
  expect(e.start).toBeGreaterThanOrEqual(0);
  expect(e.start).toBeLessThanOrEqual(e.end);
  expect(e.end).toBeLessThanOrEqual(text.length);
  expect(e.message.en.length).toBeGreaterThan(0);
  expect(e.message['zh-CN'].length).toBeGreaterThan(0);
}

describe('parseExpr: what students type', () => {
  // Expected trees are written by hand from the conventions in shared/README.md.
  const cases: [string, Expr][] = [
    ['x^2', pow(x, num(2))],
    ['2x', mul(num(2), x)],
    ['2 x y', mul(mul(num(2), x), y)],
    ['2x^2', mul(num(2), pow(x, num(2)))],
    ['-x^2', neg(pow(x, num(2)))],
    ['2^-1', pow(num(2), neg(num(1)))],
    ['x^-1', pow(x, neg(num(1)))],
    ['1/2x', mul(div(num(1), num(2)), x)],
    ['x/2y', div(x, mul(num(2), y))],
    ['2^3^2', pow(num(2), pow(num(3), num(2)))],
    ['e^x', pow(konst('e'), x)],
    ['exp(x)', call('exp', x)],
    ['pi x', mul(konst('pi'), x)],
    ['π', konst('pi')],
    ['sin x', call('sin', x)],
    ['sin x^2', call('sin', pow(x, num(2)))],
    ['sin 2x', call('sin', mul(num(2), x))],
    ['sin x + 1', add(call('sin', x), num(1))],
    ['sin x cos x', mul(call('sin', x), call('cos', x))],
    ['ln x/2', div(call('ln', x), num(2))],
    ['sin(x)^2', pow(call('sin', x), num(2))],
    ['sin^2 x', pow(call('sin', x), num(2))],
    ['sin^2(x) + cos^2(x)', add(pow(call('sin', x), num(2)), pow(call('cos', x), num(2)))],
    ['sin^-1 x', call('asin', x)],
    ['sin⁻¹(x)', call('asin', x)],
    ['ln x', call('ln', x)],
    ['log(x)', call('ln', x)],
    ['log x', call('ln', x)],
    ['log(x, 2)', call('log', x, num(2))],
    ['log10(x) + log2(y)', add(call('log10', x), call('log2', y))],
    ['sqrt(x) + cbrt(y)', add(call('sqrt', x), call('cbrt', y))],
    ['√x', call('sqrt', x)],
    ['nthRoot(x, 3)', call('nthRoot', x, num(3))],
    ['abs(x)', call('abs', x)],
    ['|x|', call('abs', x)],
    ['|x - y| + 2|x|', add(call('abs', sub(x, y)), mul(num(2), call('abs', x)))],
    ['cot x + sec x + csc x', add(add(call('cot', x), call('sec', x)), call('csc', x))],
    ['coth(x) - sech(x) * csch(x)', sub(call('coth', x), mul(call('sech', x), call('csch', x)))],
    ['arcsin(x) + asin(y)', add(call('asin', x), call('asin', y))],
    ['arctan x', call('atan', x)],
    ['tanh(x)', call('tanh', x)],
    ['sigmoid(x) + σ(y)', add(call('sigmoid', x), call('sigmoid', y))],
    ['relu(x) + ReLU(y)', add(call('relu', x), call('relu', y))],
    ['x^x', pow(x, x)],
    ['x·y × 2', mul(mul(x, y), num(2))],
    ['x − y', sub(x, y)],
    ['x² + y³', add(pow(x, num(2)), pow(y, num(3)))],
    ['x⁻¹', pow(x, neg(num(1)))],
    ['x ÷ y', div(x, y)],
    ['x**2', pow(x, num(2))],
    ['xy', mul(x, y)],
    ['2xy^2', mul(mul(num(2), x), pow(y, num(2)))],
    ['sinx', call('sin', x)],
    ['x(y + 1)', mul(x, add(y, num(1)))],
    ['(x + 1)(y - 1)', mul(add(x, num(1)), sub(y, num(1)))],
    ['2(x)', mul(num(2), x)],
    ['+x', x],
    ['--x', neg(neg(x))],
    ['  x  +  y  ', add(x, y)],
    ['.5x', mul(num(0.5), x)],
    ['2.5e3', num(2500)],
    ['2e', mul(num(2), konst('e'))],
  ];
  it.each(cases)('%s', (text, expected) => {
    const got = parsed(text);
    expect(exprEquals(got, expected), JSON.stringify(got)).toBe(true);
  });

  it('reads the deck network loss with subscripts and a hat', () => {
    const vars = ['w₁', 'w₂', 'x₁', 'x₂', 'ŷ', 'y'];
    const got = parsed('1/2 (σ(w₁x₁ + w₂x₂) - y)^2', vars);
    const u = add(mul(variable('w1'), variable('x1')), mul(variable('w2'), variable('x2')));
    expect(exprEquals(got, mul(div(num(1), num(2)), pow(sub(call('sigmoid', u), y), num(2))))).toBe(true);
    expect(exprEquals(parsed('ŷ - y', vars), sub(variable('ŷ'), y))).toBe(true);
  });

  it('accepts any variable name when no list is given', () => {
    expect(exprEquals(parsed('loss + w_2', null), add(variable('loss'), variable('w_2')))).toBe(true);
    expect(exprEquals(parsed('a(b+1)', null), mul(variable('a'), add(variable('b'), num(1))))).toBe(true);
  });

  it('treats e and pi as constants', () => {
    expect(exprEquals(parsed('e + pi'), add(konst('e'), konst('pi')))).toBe(true);
  });
});

describe('parseExpr: errors point at the problem', () => {
  const cases: [string, string, string][] = [
    // [input, code, underlined text]
    ['(x + 1', 'unbalanced-paren', '('],
    ['x + 1)', 'unbalanced-paren', ')'],
    ['|x', 'unbalanced-bar', '|'],
    ['x +', 'syntax', ''],
    ['x + * y', 'syntax', '*'],
    ['1 2', 'syntax', '2'],
    ['()', 'syntax', '()'],
    ['q + x', 'unknown-variable', 'q'],
    ['x + cm', 'unknown-variable', 'cm'],
    ['foo(x)', 'unknown-function', 'foo'],
    ['sin', 'missing-argument', 'sin'],
    ['sin + x', 'missing-argument', 'sin'],
    ['log(x, 2, 3)', 'wrong-arity', 'log(x, 2, 3)'],
    ['nthRoot(x)', 'wrong-arity', 'nthRoot(x)'],
    ['sin(x, y)', 'wrong-arity', 'sin(x, y)'],
    ['(x, y)', 'syntax', ','],
    ['x = 2', 'unexpected-character', '='],
    ['x.y', 'unexpected-character', '.'],
    ['x!', 'unexpected-character', '!'],
    ['1e400', 'bad-number', '1e400'],
    ['', 'empty', ''],
    ['x + constructor', 'reserved-name', 'constructor'],
    ['x + __proto__', 'unexpected-character', '_'],
  ];
  it.each(cases)('%s -> %s', (text, code, underlined) => {
    const e = failure(text);
    wellFormed(text, e);
    expect(e.code).toBe(code);
    expect(text.slice(e.start, e.end)).toBe(underlined);
  });

  it('suggests the closest function name', () => {
    expect(failure('sinn(x)').message.en).toContain("did you mean 'sin'");
    expect(failure('sqr(x)').message.en).toContain("did you mean 'sqrt'");
    expect(failure('sinn(x)').message['zh-CN']).toContain('sin');
  });

  it('lists the scene variables for an unknown one', () => {
    const e = failure('q', ['x', 'y']);
    expect(e.message.en).toContain('x, y');
    expect(e.message['zh-CN']).toContain('x, y');
  });

  it('caps length and nesting', () => {
    const long = 'x+'.repeat(300) + 'x';
    const e = failure(long);
    expect(e.code).toBe('too-long');
    expect(e.start).toBe(500);
    expect(parseExpr('x+x', { maxLength: 2 }).ok).toBe(false);
    const deep = '('.repeat(65) + 'x' + ')'.repeat(65);
    const d = failure(deep);
    expect(d.code).toBe('too-deep');
    expect(d.start).toBe(64);
    expect(parseExpr('('.repeat(10) + 'x' + ')'.repeat(10), { maxDepth: 10 }).ok).toBe(true);
    expect(parseExpr('('.repeat(11) + 'x' + ')'.repeat(11), { maxDepth: 10 }).ok).toBe(false);
  });
});

describe('parseExpr never throws (property)', () => {
  const TOKENS = [
    'x', 'y', '2', '0.5', 'e', 'pi', 'π', 'sin', 'log', 'nthRoot', 'σ', '√', '(', ')', '|', ',', '+', '-', '*', '/', '^',
    '²', '⁻¹', ' ', '·', '−', '=', '.', '[', ']', '{', '}', '"', "'", ';', ':', '?', '!', 'constructor', '__proto__',
    'import', 'evaluate', 'a.b', 'mod', 'to', 'cm', '1e999', 'w₁', 'ŷ', '\n', '\u0000', '𝑥', '😀',
  ];
  const grammarish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((ts) => ts.join(''));

  for (const [name, arb] of [
    ['fc.string', fc.string({ maxLength: 80 })],
    ['full unicode', fc.string({ unit: 'binary', maxLength: 80 })],
    ['token soup', grammarish],
  ] as const) {
    it(`${name}: ok or a well-formed error`, () => {
      fc.assert(
        fc.property(arb, fc.boolean(), (text, withVars) => {
          // A hang or exponential blow-up trips the test's timeout; speed itself is the fuzz e2e's and the
          // benchmark's business, never a wall-clock assertion here.
          const r = parseExpr(text, withVars ? { variables: V } : {});
          if (!r.ok) wellFormed(text, r.error);
        }),
        { numRuns: 400 },
      );
    });
  }

  it('handles non-string input defensively', () => {
    const r = parseExpr(undefined as unknown as string);
    expect(r.ok).toBe(false);
  });
});
